#include "graphpage.h"

#include "changeassessor.h"

#include "enumkeys.h"
#include "graphexport.h"
#include "graphlayout.h"
#include "graphpaint.h"
#include "graphpanels.h"
#include "graphscene.h"
#include "graphview.h"
#include "project.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace uw {
namespace {

QString legendEntry(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2").arg(colour.name(), text);
}

} // namespace

GraphPage::GraphPage(ChangeAssessor *assessor, QWidget *parent)
    : Page(parent)
    , m_assessor(assessor)
    , m_layouter(new GraphLayouter(this))
    , m_scene(new GraphScene(this))
    , m_findings(new GraphFindingsPanel(this))
    , m_order(new GraphOrderPanel(this))
    , m_names(new QStringListModel(this))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { showReport(m_report); });
    connect(m_assessor, &ChangeAssessor::compatibilityChanged, this,
            &GraphPage::onCompatibilityChecked);
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(0);
    connect(&m_syncTimer, &QTimer::timeout, this, &GraphPage::continueSync);
    m_panelsTimer.setSingleShot(true);
    m_panelsTimer.setInterval(0);
    connect(&m_panelsTimer, &QTimer::timeout, this, &GraphPage::refreshPanels);
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(0);
    connect(&m_layoutTimer, &QTimer::timeout, this, &GraphPage::continueLayout);
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(1000);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &GraphPage::relayout);
    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(150);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] { m_busy->show(); });

    connect(m_layouter, &GraphLayouter::finished, this, &GraphPage::onLayoutFinished);
    connect(m_layouter, &GraphLayouter::failed, this, &GraphPage::onLayoutFailed);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphPage::onSelectionChanged);
    connect(m_findings, &GraphFindingsPanel::findingActivated, this,
            [this](Id systemId, Id requiredSystemId) {
                reveal({systemId, requiredSystemId});
            });
    connect(m_order, &GraphOrderPanel::systemsActivated, this, &GraphPage::reveal);
    connect(m_order, &GraphOrderPanel::generateRequested, this, &GraphPage::generateSteps);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("graphBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel#graphBanner { background: #fff4ce; color: #5c4400; padding: 8px 12px; "
        "border: 1px solid #e0c96b; border-radius: 4px; }"));
    m_banner->hide();

    auto *panels = new QSplitter(Qt::Vertical, this);
    panels->addWidget(m_findings);
    panels->addWidget(m_order);
    panels->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createCanvas());
    splitter->addWidget(panels);
    splitter->setStretchFactor(0, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1000, 340});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setProject(nullptr);
}

GraphPage::~GraphPage() = default;

QWidget *GraphPage::createToolbar()
{
    auto *toolbar = new QWidget(this);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find a system…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    auto *completer = new QCompleter(m_names, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &GraphPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });

    const auto combo = [toolbar](const QString &objectName, const QString &all) {
        auto *box = new QComboBox(toolbar);
        box->setObjectName(objectName);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->addItem(all);
        return box;
    };
    m_siteFilter = combo(QStringLiteral("graphSiteFilter"), tr("All sites"));
    m_environmentFilter = combo(QStringLiteral("graphEnvironmentFilter"), tr("All environments"));
    m_kindFilter = combo(QStringLiteral("graphKindFilter"), tr("All kinds"));
    for (const QString &key : enumKeys<SystemKind>())
        m_kindFilter->addItem(enumDisplayName(*enumFromKey<SystemKind>(key)), key);
    m_onlyChanging = new QCheckBox(tr("Only changing systems and what they touch"), toolbar);
    m_onlyChanging->setObjectName(QStringLiteral("graphOnlyChanging"));
    for (QComboBox *box : {m_siteFilter, m_environmentFilter, m_kindFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &GraphPage::onFiltersChanged);
    connect(m_onlyChanging, &QCheckBox::toggled, this, &GraphPage::onFiltersChanged);

    const auto action = [this](const QString &objectName, const QString &text,
                               const QKeySequence &shortcut, auto slot) {
        auto *result = new QAction(text, this);
        result->setObjectName(objectName);
        result->setShortcut(shortcut);
        result->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        result->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(result, &QAction::triggered, this, slot);
        addAction(result);
        return result;
    };
    const auto button = [toolbar](QAction *action) {
        auto *result = new QToolButton(toolbar);
        result->setDefaultAction(action);
        return result;
    };
    QAction *zoomOut = action(QStringLiteral("graphZoomOut"), tr("Zoom Out"), QKeySequence::ZoomOut,
                              [this] { m_view->zoomBy(1 / 1.25); });
    zoomOut->setText(tr("−"));
    QAction *zoomIn = action(QStringLiteral("graphZoomIn"), tr("Zoom In"), QKeySequence::ZoomIn,
                             [this] { m_view->zoomBy(1.25); });
    zoomIn->setText(tr("+"));
    QAction *fit = action(QStringLiteral("graphFit"), tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0),
                          [this] { m_view->fit(m_scene->graphBounds()); });
    auto *relayoutButton = new QToolButton(toolbar);
    relayoutButton->setObjectName(QStringLiteral("graphRelayout"));
    relayoutButton->setText(tr("Re-layout"));
    relayoutButton->setToolTip(tr("Arrange the graph again, e.g. after renaming systems"));
    connect(relayoutButton, &QToolButton::clicked, this, &GraphPage::relayout);

    m_export = new QToolButton(toolbar);
    m_export->setObjectName(QStringLiteral("graphExport"));
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_export->setText(tr("Export"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    const auto exportAction = [this, menu](const QString &objectName, const QString &text,
                                           GraphExportFormat format) {
        QAction *result = menu->addAction(text, this, [this, format] {
            if (m_project)
                exportGraph(this, m_scene, shownData(), format);
        });
        result->setObjectName(objectName);
    };
    exportAction(QStringLiteral("exportPng"), tr("PNG Image…"), GraphExportFormat::Png);
    exportAction(QStringLiteral("exportSvg"), tr("SVG Drawing…"), GraphExportFormat::Svg);
    exportAction(QStringLiteral("exportPdf"), tr("PDF Document…"), GraphExportFormat::Pdf);
    exportAction(QStringLiteral("exportDot"), tr("Graphviz DOT…"), GraphExportFormat::Dot);
    m_export->setMenu(menu);

    auto *layout = new QHBoxLayout(toolbar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_search, m_siteFilter, m_environmentFilter, m_kindFilter,
                                          m_onlyChanging})
        layout->addWidget(widget);
    layout->addStretch();
    for (QAction *zoom : {zoomOut, zoomIn, fit})
        layout->addWidget(button(zoom));
    layout->addWidget(relayoutButton);
    layout->addWidget(m_export);
    return toolbar;
}

QWidget *GraphPage::createCanvas()
{
    auto *canvas = new QWidget(this);
    m_view = new GraphView(canvas);
    m_view->setObjectName(QStringLiteral("graphView"));
    m_view->setScene(m_scene);
    connect(m_view, &GraphView::backgroundClicked, m_scene, &QGraphicsScene::clearSelection);
    connect(m_view, &GraphView::nodeActivated, this, &GraphPage::systemActivated);

    m_busy = new QFrame(canvas);
    m_busy->setObjectName(QStringLiteral("graphBusy"));
    m_busy->setStyleSheet(QStringLiteral("QFrame#graphBusy { background: white; border: 1px solid "
                                         "#c5cbd3; border-radius: 6px; }"));
    m_busyLabel = new QLabel(m_busy);
    auto *progress = new QProgressBar(m_busy);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setMaximumHeight(8);
    auto *busyLayout = new QVBoxLayout(m_busy);
    busyLayout->setContentsMargins(18, 12, 18, 14);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(progress);
    m_busy->hide();

    m_summary = new QLabel(canvas);
    m_summary->setObjectName(QStringLiteral("graphSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *legend = new QLabel(canvas);
    legend->setTextFormat(Qt::RichText);
    legend->setText(QStringList{legendEntry(graphColours::dependant, tr("depends on selection")),
                                legendEntry(graphColours::need, tr("needed by selection")),
                                legendEntry(graphColours::changing, tr("changes version")),
                                legendEntry(graphColours::unchanged, tr("keeps its version")),
                                legendEntry(graphColours::violation, tr("violation")),
                                legendEntry(graphColours::unknown, tr("cannot evaluate"))}
                        .join(QStringLiteral("&nbsp;&nbsp; ")));

    auto *layout = new QGridLayout(canvas);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 0, 0);
    // The indicator floats over the view, which stays usable behind it.
    layout->addWidget(m_busy, 0, 0, Qt::AlignCenter);
    layout->addWidget(m_summary, 1, 0);
    layout->addWidget(legend, 2, 0);
    return canvas;
}

void GraphPage::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_layouter->cancel();
    endLayout();
    m_relayoutTimer.stop();
    m_layoutTimer.stop();
    m_relayoutAfterSync = false;
    m_layoutReady = false;
    m_firstFit = true;
    m_pendingFocus.clear();
    m_banner->hide();
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            if (change.touches(EntityKind::System, SystemField::Site | SystemField::Environment))
                refreshFilterChoices();
            // On screen, what compatibility reads is redrawn when the assessor's check of it
            // arrives; a hidden page catches up when it is shown.
            if (changesTheGraph(change)
                && !(isVisible() && ChangeAssessor::changesCompatibility(change)))
                refreshWhenShown();
        });
    }
    clearFilters();
    refreshFilterChoices();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_search, m_siteFilter, m_environmentFilter, m_kindFilter,
                                          m_onlyChanging, m_export})
        widget->setEnabled(m_project);
    if (m_project && !isVisible())
        m_refreshPending = true;
    else
        startRefresh();
    relayout();
    emit editActionsChanged();
}

bool GraphPage::isLayoutReady() const
{
    return m_layoutReady && !m_layoutPending && !m_relayoutTimer.isActive() && !m_relayoutAfterSync
           && !m_layoutTimer.isActive() && !m_syncTimer.isActive();
}

QList<Id> GraphPage::selectedSystems() const
{
    return m_scene->selectedSystems();
}

void GraphPage::showVerdict(const Verdict *verdict)
{
    m_findings->showVerdict(verdict);
}

void GraphPage::relayout()
{
    m_relayoutTimer.stop();
    if (!m_project)
        return;
    // A hidden page lays out when it is shown: dot's time is not spent on a graph nobody sees.
    if (!isVisible()) {
        m_layoutPending = true;
        return;
    }
    m_layoutPending = false;
    m_layoutTimer.stop();
    m_layoutReady = false;
    // The layout makes room for each node's box, which the scene knows once it is built.
    if (m_syncTimer.isActive() || awaitingReport()) {
        m_relayoutAfterSync = true;
        return;
    }
    m_relayoutAfterSync = false;
    m_scene->takeStructureChanged();
    ProjectData shown = shownData();
    const int count = int(shown.systems.size());
    m_busyLabel->setText(count == 1 ? tr("Laying out 1 system…")
                                    : tr("Laying out %n systems…", nullptr, count));
    m_busyTimer.start();
    m_layouter->start(std::move(shown), m_scene->nodeSizes());
}

void GraphPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_refreshPending)
        startRefresh();
    if (m_layoutPending)
        relayout();
    else if (!m_pendingFocus.isEmpty())
        focusSystems(m_pendingFocus);
}

void GraphPage::onLayoutFinished(std::shared_ptr<const GraphLayout> layout)
{
    m_layoutBeingApplied = std::move(layout);
    m_scene->restartLayout();
    continueLayout();
}

void GraphPage::continueLayout()
{
    // Moving thousands of items goes in parts between repaints, like building them.
    constexpr int partMilliseconds = 3;
    if (!m_scene->applyLayoutPart(*m_layoutBeingApplied, QDeadlineTimer(partMilliseconds))) {
        m_layoutTimer.start();
        return;
    }
    m_layoutBeingApplied.reset();
    endLayout();
    m_banner->hide();
    const QRectF bounds = m_scene->graphBounds();
    m_view->setGraphBounds(bounds);
    m_layoutReady = true;
    const QList<Id> focus = !m_pendingFocus.isEmpty() ? m_pendingFocus : selectedSystems();
    if (!focus.isEmpty())
        focusSystems(focus);
    else if (m_firstFit)
        fitReadably(bounds);
    else
        m_view->fit(bounds);
    m_firstFit = false;
    emit layoutReady();
}

void GraphPage::onLayoutFailed(const QString &message)
{
    endLayout();
    m_banner->setText(
        tr("The graph cannot be laid out, so the systems are shown in a grid: %1").arg(message));
    m_banner->show();
    m_scene->showUnplaced();
    m_view->setGraphBounds(m_scene->graphBounds());
    m_view->fit(m_scene->graphBounds());
    if (!m_pendingFocus.isEmpty())
        focusSystems(m_pendingFocus);
}

void GraphPage::endLayout()
{
    m_busyTimer.stop();
    m_busy->hide();
}

void GraphPage::onSelectionChanged()
{
    m_dependants.clear();
    m_needs.clear();
    // Until the next refresh the scene may still show a system that was just removed.
    QList<Id> selected = selectedSystems();
    selected.removeIf([this](Id id) { return !m_project || !m_project->find<System>(id); });
    for (Id id : std::as_const(selected)) {
        const Impact impact = impactOf(m_project->data(), id);
        m_dependants.unite(QSet<Id>(impact.dependants.begin(), impact.dependants.end()));
        m_needs.unite(QSet<Id>(impact.needs.begin(), impact.needs.end()));
    }
    // With several selected, one selected system depending on another is not news.
    for (Id id : std::as_const(selected)) {
        m_dependants.remove(id);
        m_needs.remove(id);
    }
    m_scene->setHighlight(QSet<Id>(selected.begin(), selected.end()), m_dependants, m_needs);
    updateSummary(selected);
}

void GraphPage::updateSummary(const QList<Id> &selected)
{
    if (!m_project || selected.isEmpty()) {
        m_summary->setText(m_project ? tr("Select a system to see what depends on it and what "
                                          "it needs; double-click opens it on the Systems page.")
                                     : QString());
        return;
    }
    int critical = 0;
    std::set<QString> processes;
    for (Id id : std::as_const(m_dependants)) {
        if (const System *system = m_project->find<System>(id)) {
            critical += system->criticality == Level::Critical;
            processes.insert(system->businessProcesses.begin(), system->businessProcesses.end());
        }
    }
    for (Id id : selected) {
        if (const System *system = m_project->find<System>(id))
            processes.insert(system->businessProcesses.begin(), system->businessProcesses.end());
    }
    const int dependants = int(m_dependants.size());
    const int needs = int(m_needs.size());
    const QString subject = selected.size() == 1
                                ? m_project->find<System>(selected.first())->name
                                : tr("%n selected systems", nullptr, int(selected.size()));
    const QString down = dependants == 1
                             ? tr("1 system depends on it, %1 critical").arg(critical)
                             : tr("%n systems depend on it, %1 critical", nullptr, dependants)
                                   .arg(critical);
    const QString needText = needs == 1 ? tr("needs 1 system")
                                        : tr("needs %n systems", nullptr, needs);
    const QString processText
        = processes.empty()
              ? tr("no business processes recorded")
              : tr("processes: %1")
                    .arg(QStringList(processes.begin(), processes.end()).join(tr(", ")));
    m_summary->setText(
        tr("<b>%1</b> — down: %2; %3 · %4")
            .arg(subject.toHtmlEscaped(), down, processText.toHtmlEscaped(), needText));
}

void GraphPage::selectSystem(Id id)
{
    reveal({id});
}

void GraphPage::reveal(const QList<Id> &ids)
{
    if (!m_project)
        return;
    // The scene must show the document as it is now, e.g. a system added a moment ago.
    if (isStale())
        refresh();
    const bool hidden = std::any_of(ids.begin(), ids.end(),
                                    [this](Id id) { return !m_scene->node(id); });
    if (hidden) {
        clearFilters();
        refresh();
        relayout();
    }
    m_scene->selectSystems(ids);
    focusSystems(ids);
}

void GraphPage::fitReadably(const QRectF &all)
{
    // A large graph fitted whole shows boxes without legible names: the first view shows the
    // systems that change and their neighbours instead (Fit shows everything).
    if (m_view->fitZoom(all) >= GraphView::readableZoom || !m_project) {
        m_view->fit(all);
        return;
    }
    const std::set<Id> changing = changingSystemsAndNeighbours(m_project->data());
    const QRectF preferred = m_scene->boundsOf(QList<Id>(changing.begin(), changing.end()));
    m_view->fit(preferred.isEmpty() ? all : preferred.adjusted(-40, -40, 40, 40),
                GraphView::readableZoom);
}

void GraphPage::focusSystems(const QList<Id> &ids)
{
    if (!isVisible() || m_layoutPending || m_layouter->isRunning() || m_layoutTimer.isActive()
        || m_relayoutAfterSync) {
        m_pendingFocus = ids;
        return;
    }
    m_pendingFocus.clear();
    m_view->focusOn(m_scene->boundsOf(ids));
}

void GraphPage::search(const QString &text)
{
    const QString wanted = text.trimmed();
    if (!m_project || wanted.isEmpty())
        return;
    Id match = 0;
    for (const auto &[id, system] : m_project->data().systems) {
        if (system.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            match = id;
            break;
        }
        if (!match && system.name.contains(wanted, Qt::CaseInsensitive))
            match = id;
    }
    if (match)
        selectSystem(match);
}

} // namespace uw
