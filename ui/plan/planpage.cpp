#include "planpage.h"

#include "changeassessor.h"
#include "commands.h"
#include "conflictlist.h"
#include "dialogs.h"
#include "enumkeys.h"
#include "ganttview.h"
#include "plandelegate.h"
#include "planedits.h"
#include "planmodel.h"
#include "project.h"
#include "runbooktemplates.h"
#include "stepdetailspanel.h"
#include "verdictdisplay.h"
#include "zonedtime.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
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

PlanPage::PlanPage(ChangeAssessor *assessor, QWidget *parent)
    : Page(parent)
    , m_assessor(assessor)
    , m_analyzer(assessor->analyzer())
    , m_model(new PlanModel(this))
    , m_conflictList(new ConflictListModel(this))
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
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("planBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecec; color: #8e1b1b; padding: 6px 10px; border: 1px solid "
        "#f3c2c2; border-radius: 4px; }"));

    m_conflicts = new QListView(this);
    m_conflicts->setObjectName(QStringLiteral("planConflicts"));
    m_conflicts->setModel(m_conflictList);
    m_conflicts->setWordWrap(true);
    m_conflicts->setAlternatingRowColors(true);
    // Wrapped rows are measured a batch at a time, so thousands of them never hold up a paint.
    m_conflicts->setLayoutMode(QListView::Batched);

    auto *timeline = new QSplitter(Qt::Horizontal, this);
    timeline->addWidget(m_table);
    timeline->addWidget(m_gantt);
    timeline->setStretchFactor(0, 0);
    timeline->setStretchFactor(1, 1);
    timeline->setSizes({560, 900});

    m_details = new StepDetailsPanel(this);
    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(m_details);
    below->addWidget(m_conflicts);
    below->setStretchFactor(0, 1);
    below->setSizes({1200, 220});

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("planSplitter"));
    vertical->addWidget(timeline);
    vertical->addWidget(below);
    vertical->setStretchFactor(0, 1);
    vertical->setSizes({520, 230});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(createToolbar());
    layout->addWidget(createSummary());
    layout->addWidget(m_banner);
    layout->addWidget(vertical, 1);

    // The analysis runs for the window from the moment a project opens; the page follows it
    // only while it shows that project (it catches up in setProject).
    connect(m_analyzer, &PlanAnalyzer::scheduleChanged, this, [this] {
        if (isBound())
            onScheduleChanged();
    });
    connect(m_assessor, &ChangeAssessor::verdictChanged, this, [this] {
        if (isBound())
            m_summary->showVerdict(m_assessor->verdict());
    });
    connect(m_analyzer, &PlanAnalyzer::simulationChanged, this, [this] {
        if (isBound())
            onSimulationChanged();
    });
    connect(m_analyzer, &PlanAnalyzer::simulationProgress, this,
            [this](int done, int total) { m_summary->setProgress(done, total); });
    connect(m_model, &PlanModel::editRefused, this, &PlanPage::showRefusal);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PlanPage::rememberView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanPage::restoreView);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_details->showSteps(selectedSteps()); });
    connect(m_gantt, &GanttView::linkRequested, this, [this](Id from, Id to) {
        QString error;
        if (m_project && !plan::linkSteps(*m_project, from, to, &error))
            showRefusal(error);
    });
    connect(m_gantt, &GanttView::stepActivated, this,
            [this](Id stepId) { m_table->edit(m_model->indexOfStep(stepId)); });
    connect(m_conflicts, &QListView::activated, this,
            [this](const QModelIndex &index) { goToConflict(index.row()); });
    connect(m_conflicts, &QListView::clicked, this,
            [this](const QModelIndex &index) { goToConflict(index.row()); });
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
    m_summary = new PlanSummaryStrip(this);
    connect(m_summary, &PlanSummaryStrip::itemClicked, this, &PlanPage::goToSummaryItem);
    return m_summary;
}

void PlanPage::goToSummaryItem(PlanSummaryStrip::Item item)
{
    const PlanAnalysis &analysis = m_analyzer->analysis();
    const Schedule &schedule = analysis.schedule;
    switch (item) {
    case PlanSummaryStrip::Item::Finish:
        if (!schedule.criticalPath.isEmpty())
            selectSteps({schedule.criticalPath.last()});
        m_gantt->scrollToMarker(GanttChart::Marker::PlannedFinish);
        break;
    case PlanSummaryStrip::Item::P80:
        m_gantt->scrollToMarker(GanttChart::Marker::P80);
        break;
    case PlanSummaryStrip::Item::Fit:
        m_gantt->scrollToMarker(GanttChart::Marker::WindowEnd);
        break;
    case PlanSummaryStrip::Item::PointOfNoReturn:
        if (schedule.lastExecuteStepId)
            selectSteps({schedule.lastExecuteStepId});
        m_gantt->scrollToMarker(GanttChart::Marker::PointOfNoReturn);
        break;
    case PlanSummaryStrip::Item::Verdict:
        Dialogs::instance().information(this, tr("Go or no-go"),
                                        VerdictDisplay::reasons(m_assessor->verdict()));
        break;
    case PlanSummaryStrip::Item::Rollback: {
        QList<Id> steps = schedule.rollbackCriticalPath;
        if (steps.isEmpty())
            for (const RollbackBar &bar : analysis.rollbackBars)
                steps.append(bar.stepId);
        selectSteps(steps);
        break;
    }
    case PlanSummaryStrip::Item::Conflicts:
        if (m_conflictList->conflictCount() == 0)
            break;
        m_conflicts->setFocus();
        m_conflicts->setCurrentIndex(m_conflictList->index(0));
        goToConflict(0);
        break;
    }
}

void PlanPage::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_firstSchedule = true;
    m_model->setProject(project);
    m_assessor->setProject(project);
    m_details->setProject(project);
    if (m_project)
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            if (change.touches(EntityKind::Change) || change.touches(EntityKind::Window))
                updateWindowChoice();
        });
    {
        // expandAll announces every row it lays out; the timeline reads the rows once after.
        const QSignalBlocker blocker(m_table);
        m_table->expandAll();
    }
    m_gantt->rebuildRows();
    updateWindowChoice();
    updateActions();
    if (isBound()) {
        onScheduleChanged();
        if (!m_analyzer->isBusy())
            onSimulationChanged();
        m_summary->showVerdict(m_assessor->verdict());
    }
}

bool PlanPage::isBound() const
{
    return m_project && m_project == m_assessor->project();
}

void PlanPage::onScheduleChanged()
{
    m_model->analysisUpdated();
    m_summary->setSimulating(m_analyzer->isBusy());
    updateSummary();
    updateConflicts();
    if (m_firstSchedule && m_analyzer->analysis().schedule.valid) {
        m_firstSchedule = false;
        m_gantt->fitWhenShown();
    }
}

void PlanPage::onSimulationChanged()
{
    m_summary->setSimulating(false);
    m_model->analysisUpdated();
    updateSummary();
}

void PlanPage::updateSummary()
{
    const PlanAnalysis &analysis = m_analyzer->analysis();
    const bool hasSteps = m_project && !m_project->data().steps.empty();
    m_summary->display(analysis, hasSteps,
                       m_project ? m_project->change().timeZone : QStringLiteral("UTC"));
    m_banner->setVisible(false);
    if (hasSteps && !analysis.schedule.valid) {
        m_banner->setText(tr("The plan cannot be scheduled: %1").arg(analysis.schedule.error));
        m_banner->setVisible(true);
    } else if (hasSteps && !analysis.hasWindow) {
        m_banner->setText(tr("There is no maintenance window to plan into: times are shown "
                             "from the next full hour. Add one on the Windows page."));
        m_banner->setVisible(true);
    }
}

void PlanPage::updateConflicts()
{
    m_conflictList->setConflicts(m_analyzer->analysis().conflicts);
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
    {
        // The timeline reads the rows once, not once per phase.
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex phase = m_model->index(row, 0);
            m_table->setExpanded(phase, !m_collapsedPhases.contains(
                                            m_model->data(phase, PlanModel::PhaseRole).toInt()));
        }
    }
    m_gantt->rebuildRows();
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
