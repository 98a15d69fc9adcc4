#include "planpage.h"

#include "commands.h"
#include "dialogs.h"
#include "enumkeys.h"
#include "ganttview.h"
#include "planedits.h"
#include "planmodel.h"
#include "project.h"
#include "runbooktemplates.h"
#include "zonedtime.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace uw {
namespace {

/**
 * Gives every row the Gantt's row height, so that table and timeline line up, and edits
 * owners with a list of people and estimates with a spin box.
 */
class PlanDelegate : public QStyledItemDelegate
{
public:
    PlanDelegate(const PlanModel *model, int rowHeight, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
        , m_rowHeight(rowHeight)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {QStyledItemDelegate::sizeHint(option, index).width(), m_rowHeight};
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const int column = index.column();
        if (column == PlanModel::OwnerColumn && m_model->project()) {
            auto *combo = new QComboBox(parent);
            combo->addItem(QCoreApplication::translate("uw::PlanPage", "(nobody)"), Id(0));
            for (const auto &[id, person] : m_model->project()->data().people)
                combo->addItem(person.name, id);
            return combo;
        }
        if (column >= PlanModel::OptimisticColumn && column <= PlanModel::PessimisticColumn) {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0, 100000);
            spin->setDecimals(1);
            spin->setSuffix(QCoreApplication::translate("uw::PlanPage", " min"));
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(
                std::max(0, combo->findData(index.data(PlanModel::OwnerIdRole).toLongLong())));
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setValue(index.data(Qt::EditRole).toDouble());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData().toLongLong());
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            model->setData(index, spin->value());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const PlanModel *m_model;
    int m_rowHeight;
};

QToolButton *summaryButton(const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

/** Two lines, a caption and a value, in the colour of the value's state. */
void setSummary(QToolButton *button, const QString &caption, const QString &value,
                const QString &colour, const QString &toolTip)
{
    button->setText(caption + QLatin1Char('\n') + value);
    button->setToolTip(toolTip);
    button->setStyleSheet(QStringLiteral("QToolButton { color: %1; font-weight: 600; padding: 3px "
                                         "12px; border: 1px solid #d5dbe1; border-radius: 4px; "
                                         "background: white; } QToolButton:hover { border-color: "
                                         "#2f5d8a; }")
                              .arg(colour));
}

const QString good = QStringLiteral("#2e7d32");
const QString bad = QStringLiteral("#c62828");
const QString warn = QStringLiteral("#a36a00");
const QString plain = QStringLiteral("#263238");

} // namespace

PlanPage::PlanPage(QWidget *parent)
    : Page(parent)
    , m_analyzer(new PlanAnalyzer(this))
    , m_model(new PlanModel(this))
{
    m_model->setAnalysis(&m_analyzer->analysis());
    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_model);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    m_gantt = new GanttView(m_model, m_table, this);
    m_gantt->setObjectName(QStringLiteral("gantt"));
    const int rowHeight = m_gantt->chart().rowHeight();
    m_table->setItemDelegate(new PlanDelegate(m_model, rowHeight, m_table));
    m_table->header()->setFixedHeight(m_gantt->chart().axisHeight());
    m_table->header()->setDefaultAlignment(Qt::AlignBottom | Qt::AlignLeft);
    m_table->header()->setStretchLastSection(false);
    m_table->setColumnWidth(PlanModel::TitleColumn, 260);
    for (const int column : {int(PlanModel::NumberColumn), int(PlanModel::OptimisticColumn),
                             int(PlanModel::LikelyColumn), int(PlanModel::PessimisticColumn),
                             int(PlanModel::SlackColumn)})
        m_table->setColumnWidth(column, 52);
    m_table->setColumnWidth(PlanModel::OwnerColumn, 110);
    m_table->setColumnWidth(PlanModel::StartColumn, 64);
    m_table->setColumnWidth(PlanModel::FinishColumn, 64);
    m_table->setColumnWidth(PlanModel::PredecessorsColumn, 90);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("planBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecec; color: #8e1b1b; padding: 6px 10px; border: 1px solid "
        "#f3c2c2; border-radius: 4px; }"));

    m_conflicts = new QListWidget(this);
    m_conflicts->setObjectName(QStringLiteral("planConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setAlternatingRowColors(true);

    auto *timeline = new QSplitter(Qt::Horizontal, this);
    timeline->addWidget(m_table);
    timeline->addWidget(m_gantt);
    timeline->setStretchFactor(0, 0);
    timeline->setStretchFactor(1, 1);
    timeline->setSizes({560, 900});

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(timeline);
    vertical->addWidget(m_conflicts);
    vertical->setStretchFactor(0, 1);
    vertical->setSizes({600, 110});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(createToolbar());
    layout->addWidget(createSummary());
    layout->addWidget(m_banner);
    layout->addWidget(vertical, 1);

    connect(m_analyzer, &PlanAnalyzer::scheduleChanged, this, &PlanPage::onScheduleChanged);
    connect(m_analyzer, &PlanAnalyzer::simulationChanged, this, &PlanPage::onSimulationChanged);
    connect(m_analyzer, &PlanAnalyzer::simulationProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_model, &PlanModel::editRefused, this, &PlanPage::showRefusal);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PlanPage::rememberView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanPage::restoreView);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanPage::updateActions);
    connect(m_gantt, &GanttView::linkRequested, this, [this](Id from, Id to) {
        QString error;
        if (m_project && !plan::linkSteps(*m_project, from, to, &error))
            showRefusal(error);
    });
    connect(m_gantt, &GanttView::stepActivated, this,
            [this](Id stepId) { m_table->edit(m_model->indexOfStep(stepId)); });
    connect(m_conflicts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToConflict(m_conflicts->row(item)); });
    connect(m_conflicts, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToConflict(m_conflicts->row(item)); });
    updateActions();
}

PlanPage::~PlanPage() = default;

QWidget *PlanPage::createToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("planToolbar"));
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_addAction = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add Step"), this,
                                 &PlanPage::addStep);
    m_addAction->setShortcut(Qt::Key_Insert);
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAction->setToolTip(tr("Add a step below the selected one (Insert)"));
    m_deleteAction = bar->addAction(QIcon(QStringLiteral(":/icons/remove.svg")), tr("Delete"), this,
                                    &PlanPage::deleteSelection);
    m_upAction = bar->addAction(tr("Up"), this, [this] { moveSelected(-1); });
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_upAction->setToolTip(tr("Move the selected steps up within their phase (Alt+Up)"));
    m_downAction = bar->addAction(tr("Down"), this, [this] { moveSelected(1); });
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_downAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_downAction->setToolTip(tr("Move the selected steps down within their phase (Alt+Down)"));

    auto *phaseMenu = new QMenu(this);
    for (const Phase phase : plan::phaseOrder()) {
        phaseMenu->addAction(enumDisplayName(phase), this, [this, phase] {
            QString error;
            if (m_project && !plan::setPhase(*m_project, selectedSteps(), phase, &error))
                showRefusal(error);
        });
    }
    m_phaseAction = bar->addAction(tr("Move to Phase"));
    m_phaseAction->setMenu(phaseMenu);
    qobject_cast<QToolButton *>(bar->widgetForAction(m_phaseAction))
        ->setPopupMode(QToolButton::InstantPopup);
    bar->addSeparator();
    m_linkAction = bar->addAction(tr("Link"), this, &PlanPage::linkSelected);
    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_linkAction->setToolTip(tr("Make each selected step wait for the one above it (Ctrl+L). "
                                "You can also drag from one bar to another."));
    m_unlinkAction = bar->addAction(tr("Unlink"), this, &PlanPage::unlinkSelected);
    m_unlinkAction->setToolTip(tr("Remove the links between the selected steps"));
    m_templateAction = bar->addAction(tr("Save as Template…"), this,
                                      &PlanPage::saveSelectionAsTemplate);
    m_templateAction->setToolTip(tr("Save the selected steps as a runbook template"));
    bar->addSeparator();

    bar->addWidget(new QLabel(tr("Window:"), bar));
    m_window = new QComboBox(bar);
    m_window->setObjectName(QStringLiteral("planWindow"));
    m_window->setMinimumContentsLength(22);
    m_window->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_window);
    connect(m_window, &QComboBox::activated, this, &PlanPage::chooseWindow);
    bar->addWidget(new QLabel(tr(" Reserve:"), bar));
    m_reserve = new QDoubleSpinBox(bar);
    m_reserve->setObjectName(QStringLiteral("planReserve"));
    m_reserve->setRange(0, 1440);
    m_reserve->setDecimals(0);
    m_reserve->setSuffix(tr(" min"));
    m_reserve->setToolTip(tr("Minutes that must stay free before the window ends, even after a "
                             "full rollback"));
    bar->addWidget(m_reserve);
    connect(m_reserve, &QDoubleSpinBox::editingFinished, this,
            [this] { setReserve(m_reserve->value()); });
    m_levelAction = bar->addAction(tr("Level Owners"));
    m_levelAction->setCheckable(true);
    m_levelAction->setToolTip(tr("Schedule so that nobody runs two steps at once; delayed steps "
                                 "say whom they waited for"));
    connect(m_levelAction, &QAction::toggled, this, [this](bool level) {
        PlanAnalysisOptions options = m_analyzer->options();
        options.level = level;
        m_analyzer->setOptions(options);
    });
    bar->addSeparator();
    auto *zoomIn = bar->addAction(tr("Zoom In"), m_gantt, &GanttView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *zoomOut = bar->addAction(tr("Zoom Out"), m_gantt, &GanttView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addAction(tr("Fit"), m_gantt, &GanttView::zoomToFit);
    return bar;
}

QWidget *PlanPage::createSummary()
{
    auto *strip = new QWidget(this);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_finish = summaryButton(QStringLiteral("summaryFinish"), strip);
    m_p80 = summaryButton(QStringLiteral("summaryP80"), strip);
    m_fit = summaryButton(QStringLiteral("summaryFit"), strip);
    m_pointOfNoReturn = summaryButton(QStringLiteral("summaryPointOfNoReturn"), strip);
    m_rollback = summaryButton(QStringLiteral("summaryRollback"), strip);
    m_conflictCount = summaryButton(QStringLiteral("summaryConflicts"), strip);
    for (QToolButton *button :
         {m_finish, m_p80, m_fit, m_pointOfNoReturn, m_rollback, m_conflictCount})
        layout->addWidget(button);
    m_progress = new QProgressBar(strip);
    m_progress->setObjectName(QStringLiteral("simulationProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setFormat(tr("Simulating %p%"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addStretch(1);

    connect(m_finish, &QToolButton::clicked, this, [this] {
        const Schedule &schedule = m_analyzer->analysis().schedule;
        if (!schedule.criticalPath.isEmpty())
            selectSteps({schedule.criticalPath.last()});
        m_gantt->scrollToMarker(GanttChart::Marker::PlannedFinish);
    });
    connect(m_p80, &QToolButton::clicked, this,
            [this] { m_gantt->scrollToMarker(GanttChart::Marker::P80); });
    connect(m_fit, &QToolButton::clicked, this,
            [this] { m_gantt->scrollToMarker(GanttChart::Marker::WindowEnd); });
    connect(m_pointOfNoReturn, &QToolButton::clicked, this, [this] {
        const Schedule &schedule = m_analyzer->analysis().schedule;
        if (schedule.lastExecuteStepId)
            selectSteps({schedule.lastExecuteStepId});
        m_gantt->scrollToMarker(GanttChart::Marker::PointOfNoReturn);
    });
    connect(m_rollback, &QToolButton::clicked, this, [this] {
        const PlanAnalysis &analysis = m_analyzer->analysis();
        QList<Id> steps = analysis.schedule.rollbackCriticalPath;
        if (steps.isEmpty())
            for (const RollbackBar &bar : analysis.rollbackBars)
                steps.append(bar.stepId);
        selectSteps(steps);
    });
    connect(m_conflictCount, &QToolButton::clicked, this, [this] {
        if (m_conflicts->count() == 0)
            return;
        m_conflicts->setFocus();
        m_conflicts->setCurrentRow(0);
        goToConflict(0);
    });
    return strip;
}

void PlanPage::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_firstSchedule = true;
    m_model->setProject(project);
    m_analyzer->setProject(project);
    if (m_project)
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            if (change.touches(EntityKind::Change) || change.touches(EntityKind::Window))
                updateWindowChoice();
        });
    m_table->expandAll();
    updateWindowChoice();
    updateActions();
}

void PlanPage::updateWindowChoice()
{
    const QSignalBlocker windowBlocker(m_window);
    const QSignalBlocker reserveBlocker(m_reserve);
    m_window->clear();
    if (!m_project)
        return;
    const ProjectData &data = m_project->data();
    const Window *earliest = earliestMaintenanceWindow(data);
    m_window->addItem(earliest ? tr("Earliest: %1").arg(earliest->name)
                               : tr("No maintenance window"),
                      Id(0));
    for (const auto &[id, window] : data.windows) {
        if (window.windowKind != WindowKind::Maintenance)
            continue;
        m_window->addItem(QStringLiteral("%1 (%2)").arg(window.name, formatInZone(window.startUtc,
                                                                                  window.timeZone)),
                          id);
    }
    m_window->setCurrentIndex(std::max(0, m_window->findData(data.change.planWindowId)));
    m_reserve->setValue(data.change.rollbackReserveMinutes);
    const bool editable = !m_project->isReadOnly();
    m_window->setEnabled(editable);
    m_reserve->setEnabled(editable);
}

void PlanPage::chooseWindow(int comboIndex)
{
    if (!m_project)
        return;
    Change change = m_project->change();
    change.planWindowId = m_window->itemData(comboIndex).toLongLong();
    if (change == m_project->change())
        return;
    QString error;
    if (!edit::updateEntity(*m_project, tr("Plan into %1").arg(m_window->itemText(comboIndex)),
                            change, MergeId::None, &error))
        showRefusal(error);
}

void PlanPage::setReserve(double minutes)
{
    if (!m_project || m_project->isReadOnly())
        return;
    Change change = m_project->change();
    change.rollbackReserveMinutes = minutes;
    if (change == m_project->change())
        return;
    QString error;
    if (!edit::updateEntity(*m_project, tr("Set rollback reserve to %1 min").arg(minutes), change,
                            MergeId::None, &error))
        showRefusal(error);
}

void PlanPage::onScheduleChanged()
{
    m_model->analysisUpdated();
    m_progress->setVisible(m_analyzer->isBusy());
    m_progress->setValue(0);
    updateSummary();
    updateConflicts();
    if (m_firstSchedule && m_analyzer->analysis().schedule.valid) {
        m_firstSchedule = false;
        m_gantt->fitWhenShown();
    }
}

void PlanPage::onSimulationChanged()
{
    m_progress->setVisible(false);
    m_model->analysisUpdated();
    updateSummary();
}

void PlanPage::updateSummary()
{
    const PlanAnalysis &analysis = m_analyzer->analysis();
    const Schedule &schedule = analysis.schedule;
    const QString zone = analysis.hasWindow ? analysis.window.timeZone
                         : m_project        ? m_project->change().timeZone
                                            : QStringLiteral("UTC");
    const auto local = [&](const QDateTime &utc) {
        return QLocale().toString(toZone(utc, zone), QStringLiteral("ddd HH:mm"));
    };
    const QString dash = QStringLiteral("—");
    m_banner->setVisible(false);
    const bool hasSteps = m_project && !m_project->data().steps.empty();
    if (!schedule.valid || !hasSteps) {
        if (hasSteps) {
            m_banner->setText(tr("The plan cannot be scheduled: %1").arg(schedule.error));
            m_banner->setVisible(true);
        }
        const QString hint = hasSteps
                                 ? QString()
                                 : tr("Add steps, or insert a template from the Runbook menu.");
        setSummary(m_finish, tr("Planned finish"), dash, plain, hint);
        setSummary(m_p80, tr("P80 finish"), dash, plain, hint);
        setSummary(m_fit, tr("Fits the window"), dash, plain, hint);
        setSummary(m_pointOfNoReturn, tr("Point of no return"), dash, plain, hint);
        setSummary(m_rollback, tr("Rollback"), dash, plain, hint);
    } else {
        if (!analysis.hasWindow) {
            m_banner->setText(tr("There is no maintenance window to plan into: times are shown "
                                 "from the next full hour. Add one on the Windows page."));
            m_banner->setVisible(true);
        }
        const bool inWindow = !analysis.hasWindow || schedule.finishesInWindow();
        setSummary(m_finish, tr("Planned finish"), local(schedule.finishUtc()),
                   inWindow ? good : bad,
                   inWindow ? tr("The last step ends inside the window.")
                            : tr("The last step ends after the window: %1 ends %2.")
                                  .arg(analysis.window.name, local(analysis.window.endUtc)));
        const MonteCarloResult &simulation = analysis.simulation;
        if (simulation.valid) {
            const bool p80Fits = !analysis.hasWindow || simulation.p80Utc <= schedule.windowEndUtc;
            setSummary(m_p80, tr("P80 finish"), local(simulation.p80Utc), p80Fits ? good : warn,
                       tr("Four in five simulated runs finish by then (P50 %1, P95 %2; %3 runs).")
                           .arg(local(simulation.p50Utc), local(simulation.p95Utc))
                           .arg(simulation.iterations));
            const double fit = simulation.fitProbability;
            setSummary(m_fit, tr("Fits the window"),
                       QStringLiteral("%1 %").arg(QLocale().toString(fit * 100, 'f', 0)),
                       fit >= 0.9   ? good
                       : fit >= 0.6 ? warn
                                    : bad,
                       tr("Share of simulated runs that finish inside the window and keep the "
                          "rollback reserve."));
        } else {
            setSummary(m_p80, tr("P80 finish"), tr("simulating…"), plain, {});
            setSummary(m_fit, tr("Fits the window"), tr("simulating…"), plain, {});
        }
        if (analysis.hasWindow && schedule.lastExecuteStepId) {
            const bool past = schedule.pastPointOfNoReturn();
            setSummary(m_pointOfNoReturn, tr("Point of no return"),
                       local(schedule.pointOfNoReturnUtc()), past ? bad : good,
                       past ? tr("The last execute step ends after it: a rollback started then "
                                 "would not finish %1 min before the window ends.")
                                  .arg(schedule.reserveMinutes)
                            : tr("The latest moment from which a rollback still ends %1 min "
                                 "before the window ends.")
                                  .arg(schedule.reserveMinutes));
        } else {
            setSummary(m_pointOfNoReturn, tr("Point of no return"), dash, plain,
                       tr("Needs a window and execute steps."));
        }
        setSummary(m_rollback, tr("Rollback"),
                   formatDuration(qRound64(schedule.rollbackMinutes * 60)), plain,
                   tr("Time to undo all execute work, on the rollback steps' critical path."));
    }
    const int conflicts = int(analysis.conflicts.size());
    setSummary(m_conflictCount, tr("Conflicts"), QString::number(conflicts), conflicts ? bad : good,
               conflicts ? tr("Click to go to the first one.") : tr("No conflicts."));
}

void PlanPage::updateConflicts()
{
    m_conflicts->clear();
    const PlanAnalysis &analysis = m_analyzer->analysis();
    for (const Conflict &conflict : analysis.conflicts) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/warning.svg")),
                                         conflict.message, m_conflicts);
        item->setToolTip(conflict.message);
    }
    if (analysis.conflicts.isEmpty())
        m_conflicts->addItem(tr("No conflicts: the window is clear of freezes, blackouts and "
                                "peaks, and every owner is available and booked once."));
}

void PlanPage::goToConflict(int row)
{
    const QList<Conflict> &conflicts = m_analyzer->analysis().conflicts;
    if (row < 0 || row >= conflicts.size())
        return;
    const Conflict &conflict = conflicts[row];
    switch (conflict.kind) {
    case ConflictKind::Cycle:
        selectSteps(conflict.ids);
        break;
    case ConflictKind::OwnerUnavailable:
    case ConflictKind::PastWindowEnd:
        selectSteps({conflict.ids.value(0)});
        break;
    case ConflictKind::DoubleBooking:
        selectSteps(conflict.ids.mid(1));
        break;
    case ConflictKind::WindowOverlap:
        m_gantt->scrollToMarker(GanttChart::Marker::WindowStart);
        break;
    }
}

QList<Id> PlanPage::selectedSteps() const
{
    QList<Id> steps;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const Id id = m_model->stepId(index))
            steps.append(id);
    }
    // Runbook order, so that linking follows what the user sees.
    std::sort(steps.begin(), steps.end(), [this](Id a, Id b) {
        const QModelIndex ia = m_model->indexOfStep(a);
        const QModelIndex ib = m_model->indexOfStep(b);
        return std::pair(ia.parent().row(), ia.row()) < std::pair(ib.parent().row(), ib.row());
    });
    return steps;
}

void PlanPage::selectSteps(const QList<Id> &stepIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (const Id id : stepIds) {
        const QModelIndex index = m_model->indexOfStep(id);
        if (!index.isValid())
            continue;
        m_table->expand(index.parent());
        selection.select(index, m_model->indexOfStep(id, PlanModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
        m_gantt->scrollToStep(m_model->stepId(first));
    }
}

void PlanPage::updateActions()
{
    const bool editable = m_project && !m_project->isReadOnly();
    const int selected = int(selectedSteps().size());
    m_addAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable && selected > 0);
    m_upAction->setEnabled(editable && selected > 0);
    m_downAction->setEnabled(editable && selected > 0);
    m_phaseAction->setEnabled(editable && selected > 0);
    m_linkAction->setEnabled(editable && selected > 1);
    m_unlinkAction->setEnabled(editable && selected > 1);
    m_templateAction->setEnabled(selected > 0);
    emit editActionsChanged();
}

void PlanPage::showRefusal(const QString &message)
{
    if (!message.isEmpty())
        Dialogs::instance().warning(this, tr("Plan"), message);
}

void PlanPage::rememberView()
{
    m_rememberedSelection = selectedSteps();
    m_collapsedPhases.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex phase = m_model->index(row, 0);
        if (!m_table->isExpanded(phase))
            m_collapsedPhases.append(m_model->data(phase, PlanModel::PhaseRole).toInt());
    }
}

void PlanPage::restoreView()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex phase = m_model->index(row, 0);
        m_table->setExpanded(phase, !m_collapsedPhases.contains(
                                        m_model->data(phase, PlanModel::PhaseRole).toInt()));
    }
    if (!m_rememberedSelection.isEmpty())
        selectSteps(m_rememberedSelection);
}

bool PlanPage::canDelete() const
{
    return m_project && !m_project->isReadOnly() && !selectedSteps().isEmpty();
}

void PlanPage::deleteSelection()
{
    const QList<Id> steps = selectedSteps();
    if (!m_project || steps.isEmpty())
        return;
    // The rows that stay near the deleted ones keep the selection, so Delete can repeat.
    m_rememberedSelection.clear();
    QString error;
    if (!edit::removeEntities(*m_project, tr("Delete %n step(s)", nullptr, int(steps.size())),
                              EntityKind::Step, steps, &error))
        showRefusal(error);
}

void PlanPage::addStep()
{
    if (!m_project)
        return;
    const QModelIndex current = m_table->currentIndex();
    const Id after = m_model->stepId(current);
    const Phase phase = current.isValid() ? m_model->phaseAt(current) : Phase::Execute;
    auto added = plan::addStep(*m_project, phase, after);
    if (!added) {
        showRefusal(added.error().message);
        return;
    }
    selectSteps({added.value()});
    // The title is open for typing at once, with the keyboard in it.
    m_table->setFocus();
    m_table->edit(m_model->indexOfStep(added.value()));
}

void PlanPage::linkSelected()
{
    QString error;
    if (m_project && !plan::chainSteps(*m_project, selectedSteps(), &error))
        showRefusal(error);
}

void PlanPage::unlinkSelected()
{
    QString error;
    if (m_project && !plan::unlinkSteps(*m_project, selectedSteps(), &error))
        showRefusal(error);
}

void PlanPage::moveSelected(int direction)
{
    QString error;
    if (m_project && !plan::moveSteps(*m_project, selectedSteps(), direction, &error))
        showRefusal(error);
}

void PlanPage::saveSelectionAsTemplate()
{
    const QList<Id> steps = selectedSteps();
    if (!m_project || steps.isEmpty())
        return;
    const QString name = Dialogs::instance().text(this, tr("Save as Template"),
                                                  tr("Name of the new template:"),
                                                  m_project->change().title);
    if (name.isEmpty())
        return;
    const RunbookTemplate runbookTemplate = templateFromSteps(m_project->data(), steps, name);
    QString error;
    if (!saveUserTemplate(runbookTemplate, &error)) {
        showRefusal(error);
        return;
    }
    Dialogs::instance()
        .information(this, tr("Template saved"),
                     tr("\"%1\" with %n step(s) is now under Runbook › Insert Template.", nullptr,
                        int(runbookTemplate.steps.size()))
                         .arg(name));
}

} // namespace uw
