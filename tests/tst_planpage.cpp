#include "changeassessor.h"
#include "commands.h"
#include "ganttview.h"
#include "planedits.h"
#include "planmodel.h"
#include "planpage.h"
#include "projectfile.h"
#include "runbooktemplates.h"
#include "scripteddialogs.h"
#include "testutil.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace uw;
using namespace uw::test;

class TestPlanPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsStepsBesideTheTimeline();
    void collapsingAPhaseHidesItsBarsToo();
    void markersSitWhereTheScheduleSaysTheyAre();
    void addsAStepAndUndoesIt();
    void linksStepsByDraggingOneBarOntoAnother();
    void refusesADragThatWouldMakeALoop();
    void editsAnEstimateInPlace();
    void summaryStripGoesToWhatItNames();
    void decisionFollowsApprovalsAndNamesItsReasons();
    void choosingTheReserveIsUndoable();
    void savesTheSelectionAsATemplate();
    void selectionInTheTimelineSelectsTheRow();
    void timelineRowsFollowTheTableThroughEdits();

private:
    QPoint bar(Id stepId) const { return m_page->gantt()->barCentre(stepId); }
    QWidget *viewport() const { return m_page->gantt()->viewport(); }
    QToolButton *toolButton(const QString &text) const;
    void settle();

    QTemporaryDir m_dir;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<Project> m_project;
    ChangeAssessor m_assessor;
    std::unique_ptr<PlanPage> m_page;
};

void TestPlanPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInstance(&m_dialogs);
}

void TestPlanPage::init()
{
    m_dialogs = {};
    const QString path = m_dir.filePath(
        QStringLiteral("%1.uwb").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    auto created = createProject(path, smallRunbook());
    QVERIFY(created);
    m_project = std::move(created.value());
    m_page = std::make_unique<PlanPage>(&m_assessor);
    m_page->resize(1500, 760);
    m_page->setProject(m_project.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    settle();
}

void TestPlanPage::cleanup()
{
    m_page.reset();
    m_assessor.setProject(nullptr);
    m_project.reset();
}

void TestPlanPage::settle()
{
    m_page->analyzer()->waitForIdle();
    QCoreApplication::processEvents();
}

QToolButton *TestPlanPage::toolButton(const QString &text) const
{
    for (auto *bar : m_page->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->text() == text)
                return qobject_cast<QToolButton *>(bar->widgetForAction(action));
        }
    }
    return nullptr;
}

void TestPlanPage::showsStepsBesideTheTimeline()
{
    QCOMPARE(m_page->model()->rowCount(), 5);
    QCOMPARE(m_page->gantt()->chart().rows().size(), 10);
    for (const Id id : {1, 2, 3, 4, 5})
        QVERIFY2(!bar(id).isNull(), qPrintable(QString::number(id)));
    // Rows line up: a step's bar is at the height of its row in the table.
    const QRect row = m_page->table()->visualRect(m_page->model()->indexOfStep(3));
    const int tableY = m_page->table()->viewport()->mapTo(m_page.get(), row.center()).y();
    const int ganttY = viewport()->mapTo(m_page.get(), bar(3)).y();
    QVERIFY2(std::abs(tableY - ganttY) <= 1,
             qPrintable(QStringLiteral("%1 %2").arg(tableY).arg(ganttY)));
    // Bars follow the dependency order from left to right.
    QVERIFY(bar(1).x() < bar(2).x());
    QVERIFY(bar(2).x() < bar(3).x());
    QVERIFY(bar(3).x() < bar(4).x());
}

void TestPlanPage::collapsingAPhaseHidesItsBarsToo()
{
    m_page->table()->collapse(m_page->model()->indexOfPhase(Phase::Execute));
    QCOMPARE(m_page->gantt()->chart().rows().size(), 9);
    QVERIFY(bar(3).isNull());
    m_page->table()->expand(m_page->model()->indexOfPhase(Phase::Execute));
    QVERIFY(!bar(3).isNull());
}

void TestPlanPage::markersSitWhereTheScheduleSaysTheyAre()
{
    const PlanAnalysis &analysis = m_page->analyzer()->analysis();
    const GanttChart &chart = m_page->gantt()->chart();
    const int scroll = m_page->gantt()->horizontalScrollBar()->value();
    const auto minuteAtMarker = [&](GanttChart::Marker marker) {
        const auto x = m_page->gantt()->markerX(marker);
        return x ? chart.minuteAt(*x + scroll) : -1.0;
    };
    const double pixel = 1 / chart.pixelsPerMinute();
    // Window 240 min, reserve 15, rollback 40 min: rollback must start by minute 185.
    QVERIFY(std::abs(minuteAtMarker(GanttChart::Marker::PointOfNoReturn) - 185) <= pixel);
    QCOMPARE(analysis.schedule.pointOfNoReturnMinutes, 185.0);
    QVERIFY(std::abs(minuteAtMarker(GanttChart::Marker::WindowEnd) - 240) <= pixel);
    QVERIFY(std::abs(minuteAtMarker(GanttChart::Marker::PlannedFinish) - 115) <= pixel);
    QVERIFY(analysis.simulation.valid);
    QVERIFY(std::abs(minuteAtMarker(GanttChart::Marker::P80) - analysis.simulation.p80Minutes)
            <= pixel);
    // After an edit the markers move with the new schedule.
    QString error;
    QVERIFY(plan::setEstimate(*m_project, 5, plan::EstimatePart::Likely, 100, &error));
    settle();
    QVERIFY(std::abs(minuteAtMarker(GanttChart::Marker::PointOfNoReturn) - 125) <= pixel);
    auto *pointOfNoReturn = m_page->findChild<QToolButton *>(
        QStringLiteral("summaryPointOfNoReturn"));
    QVERIFY2(pointOfNoReturn->text().contains(QStringLiteral("00:05")),
             qPrintable(pointOfNoReturn->text()));
}

void TestPlanPage::addsAStepAndUndoesIt()
{
    m_page->selectSteps({3});
    QToolButton *add = toolButton(QStringLiteral("Add Step"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_project->data().steps.size(), size_t(6));
    const QList<Id> execute = plan::stepsInPhase(m_project->data(), Phase::Execute);
    QCOMPARE(execute.size(), 2);
    QCOMPARE(execute.first(), Id(3));
    // The new step is selected with its title open for typing.
    QCOMPARE(m_page->selectedSteps(), QList<Id>{execute.last()});
    auto *editor = m_page->table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Drain"));
    // The schedule of the new step arrives while the user types; it must not reset the editor.
    settle();
    QTest::keyClicks(editor, QStringLiteral(" traffic"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits through a queued call.
    QTRY_COMPARE(m_project->data().steps.at(execute.last()).title, QStringLiteral("Drain traffic"));
    settle();
    QVERIFY(!bar(execute.last()).isNull());
    m_project->undoStack()->undo();
    m_project->undoStack()->undo();
    QCOMPARE(m_project->data().steps.size(), size_t(5));
    settle();
    QCOMPARE(m_page->gantt()->chart().rows().size(), 10);
}

void TestPlanPage::linksStepsByDraggingOneBarOntoAnother()
{
    QString error;
    QVERIFY(plan::unlinkSteps(*m_project, {3, 4}, &error));
    settle();
    const double finishBefore = m_page->analyzer()->analysis().schedule.timing(4)->finish;
    const QPoint from = bar(3);
    const QPoint to = bar(4);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport(), from + QPoint(15, 5));
    QTest::mouseMove(viewport(), to);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(plan::formatPredecessors(m_project->data(), 4), QStringLiteral("3"));
    QVERIFY(m_dialogs.warnings.isEmpty());
    settle();
    QVERIFY(m_page->analyzer()->analysis().schedule.timing(4)->finish > finishBefore);
    m_project->undoStack()->undo();
    QCOMPARE(plan::formatPredecessors(m_project->data(), 4), QString());
}

void TestPlanPage::refusesADragThatWouldMakeALoop()
{
    const QPoint from = bar(4);
    const QPoint to = bar(1);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport(), from - QPoint(15, 5));
    QTest::mouseMove(viewport(), to);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.first().contains(QStringLiteral("loop")),
             qPrintable(m_dialogs.warnings.first()));
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TestPlanPage::editsAnEstimateInPlace()
{
    QTreeView *table = m_page->table();
    const QModelIndex likely = m_page->model()->indexOfStep(3, PlanModel::LikelyColumn);
    table->scrollTo(likely);
    const QRect cell = table->visualRect(likely);
    QVERIFY(cell.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto *spin = table->viewport()->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    QCOMPARE(spin->value(), 60.0);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("90"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(m_project->data().steps.at(3).estimate, (Estimate{30, 90, 120}));
    settle();
    QCOMPARE(m_page->analyzer()->analysis().schedule.finishMinutes, 10 + 30 + 90 + 15.0);
    auto *finish = m_page->findChild<QToolButton *>(QStringLiteral("summaryFinish"));
    QVERIFY2(finish->text().contains(QStringLiteral("00:25")), qPrintable(finish->text()));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->data().steps.at(3).estimate.likely, 60.0);
}

void TestPlanPage::summaryStripGoesToWhatItNames()
{
    auto *pointOfNoReturn = m_page->findChild<QToolButton *>(
        QStringLiteral("summaryPointOfNoReturn"));
    QTest::mouseClick(pointOfNoReturn, Qt::LeftButton);
    QCOMPARE(m_page->selectedSteps(), QList<Id>{3});
    auto *rollback = m_page->findChild<QToolButton *>(QStringLiteral("summaryRollback"));
    QVERIFY2(rollback->text().contains(QStringLiteral("40")), qPrintable(rollback->text()));
    QTest::mouseClick(rollback, Qt::LeftButton);
    QCOMPARE(m_page->selectedSteps(), QList<Id>{5});

    // A smoke test of five hours runs past the window: one conflict, and the click selects it.
    QString error;
    QVERIFY(plan::setEstimate(*m_project, 4, plan::EstimatePart::Likely, 300, &error));
    settle();
    auto *conflicts = m_page->findChild<QToolButton *>(QStringLiteral("summaryConflicts"));
    QVERIFY2(conflicts->text().endsWith(QStringLiteral("1")), qPrintable(conflicts->text()));
    auto *list = m_page->findChild<QListView *>(QStringLiteral("planConflicts"));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("Smoke test")));
    QTest::mouseClick(conflicts, Qt::LeftButton);
    QCOMPARE(m_page->selectedSteps(), QList<Id>{4});
    auto *finish = m_page->findChild<QToolButton *>(QStringLiteral("summaryFinish"));
    QVERIFY(finish->styleSheet().contains(QStringLiteral("#c62828")));
}

void TestPlanPage::decisionFollowsApprovalsAndNamesItsReasons()
{
    // After the window the plan still shows it, labelled as over, and the verdict says so.
    m_project->setClock(fixedClock(utc(2026, 12, 7, 12)));
    m_page->setProject(m_project.get());
    settle();
    auto *windowChoice = m_page->findChild<QComboBox *>(QStringLiteral("planWindow"));
    QVERIFY(windowChoice);
    QCOMPARE(windowChoice->itemText(0), QStringLiteral("Last, already over: Saturday night"));
    QTRY_VERIFY(m_page->findChild<QToolButton *>(QStringLiteral("summaryVerdict"))
                    ->toolTip()
                    .contains(QStringLiteral("ended at")));

    // Days before the window, so that only what the project holds decides.
    m_project->setClock(fixedClock(utc(2026, 12, 1, 12)));
    Change change = m_project->change();
    change.risk = Level::Low;
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Lower risk"), change));
    Approval approval;
    approval.id = m_project->allocateId(EntityKind::Approval);
    approval.personId = 1;
    approval.decision = ApprovalDecision::Pending;
    QVERIFY(edit::addEntities(*m_project, QStringLiteral("Ask Ana"), {approval}));
    settle();
    auto *decision = m_page->findChild<QToolButton *>(QStringLiteral("summaryVerdict"));
    QVERIFY(decision);
    QTRY_VERIFY2(decision->text().contains(QStringLiteral("No-go")), qPrintable(decision->text()));
    QVERIFY2(decision->toolTip().contains(QStringLiteral("waiting for Ana")),
             qPrintable(decision->toolTip()));

    approval = m_project->data().approvals.begin()->second;
    approval.decision = ApprovalDecision::Approved;
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Ana approves"), approval));
    QTRY_VERIFY2(decision->text().contains(QStringLiteral("Go with risks")),
                 qPrintable(decision->text()));
    QVERIFY(!decision->toolTip().contains(QStringLiteral("waiting for Ana")));

    QTest::mouseClick(decision, Qt::LeftButton);
    QCOMPARE(m_dialogs.informations.size(), 1);
    QVERIFY2(m_dialogs.informations.first().contains(QStringLiteral("Risk: The runbook has never "
                                                                    "been rehearsed.")),
             qPrintable(m_dialogs.informations.first()));
}

void TestPlanPage::choosingTheReserveIsUndoable()
{
    auto *reserve = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("planReserve"));
    QCOMPARE(reserve->value(), 15.0);
    reserve->setFocus();
    reserve->selectAll();
    QTest::keyClicks(reserve, QStringLiteral("45"));
    QTest::keyClick(reserve, Qt::Key_Return);
    QCOMPARE(m_project->change().rollbackReserveMinutes, 45.0);
    settle();
    QCOMPARE(m_page->analyzer()->analysis().schedule.pointOfNoReturnMinutes, 155.0);
    m_project->undoStack()->undo();
    QCOMPARE(reserve->value(), 15.0);
    settle();
    QCOMPARE(m_page->analyzer()->analysis().schedule.pointOfNoReturnMinutes, 185.0);
}

void TestPlanPage::savesTheSelectionAsATemplate()
{
    m_page->selectSteps({1, 2, 3, 5});
    m_dialogs.nextText = QStringLiteral("Night upgrade");
    QToolButton *save = toolButton(QStringLiteral("Save as Template…"));
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(u'\n')));
    QCOMPARE(m_dialogs.informations.size(), 1);
    QStringList problems;
    const QList<RunbookTemplate> templates = userTemplates(&problems);
    const auto saved = std::find_if(templates.begin(), templates.end(),
                                    [](const RunbookTemplate &t) {
                                        return t.name == QStringLiteral("Night upgrade");
                                    });
    QVERIFY(saved != templates.end());
    QCOMPARE(saved->steps.size(), 4);
    QDir(userTemplateDirectory()).removeRecursively();
}

void TestPlanPage::selectionInTheTimelineSelectsTheRow()
{
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, bar(2));
    QCOMPARE(m_page->selectedSteps(), QList<Id>{2});
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, bar(4));
    QCOMPARE(m_page->selectedSteps(), (QList<Id>{2, 4}));
    QVERIFY(m_page->canDelete());
    m_page->deleteSelection();
    QCOMPARE(m_project->data().steps.size(), size_t(3));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->data().steps.size(), size_t(5));
}

void TestPlanPage::timelineRowsFollowTheTableThroughEdits()
{
    // The step of every row the table shows, top to bottom; 0 for a phase row.
    const auto tableRows = [this] {
        QList<Id> ids;
        for (QModelIndex index = m_page->model()->index(0, 0); index.isValid();
             index = m_page->table()->indexBelow(index))
            ids.append(m_page->model()->stepId(index));
        return ids;
    };
    const auto timelineRows = [this] {
        QList<Id> ids;
        for (const GanttChart::Row &row : m_page->gantt()->chart().rows())
            ids.append(row.stepId);
        return ids;
    };
    QCOMPARE(timelineRows(), tableRows());

    m_page->table()->collapse(m_page->model()->indexOfPhase(Phase::Prepare));
    auto added = plan::addStep(*m_project, Phase::Execute, 3);
    QVERIFY(added);
    settle();
    QVERIFY(tableRows().contains(added.value()));
    QCOMPARE(timelineRows(), tableRows());

    QString error;
    QVERIFY2(plan::moveSteps(*m_project, {added.value()}, -1, &error), qPrintable(error));
    settle();
    QCOMPARE(timelineRows(), tableRows());

    QVERIFY2(edit::removeEntities(*m_project, QStringLiteral("Delete"), EntityKind::Step, {3},
                                  &error),
             qPrintable(error));
    settle();
    QVERIFY(!tableRows().contains(3));
    QCOMPARE(timelineRows(), tableRows());

    m_project->undoStack()->undo();
    m_page->table()->expand(m_page->model()->indexOfPhase(Phase::Prepare));
    settle();
    QVERIFY(tableRows().contains(3));
    QCOMPARE(timelineRows(), tableRows());
}

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
