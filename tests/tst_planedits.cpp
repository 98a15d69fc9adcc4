#include "commands.h"
#include "plananalysis.h"
#include "planedits.h"
#include "planmodel.h"
#include "projectfile.h"
#include "projectjson.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace uw;
using namespace uw::test;

class TestPlanEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parsesPredecessorLists_data();
    void parsesPredecessorLists();
    void refusesUnreadablePredecessors_data();
    void refusesUnreadablePredecessors();
    void formatsPredecessorsSoTheyReadBack();
    void setPredecessorsIsOneUndoableEdit();
    void refusesALinkThatMakesALoop();
    void chainsAndUnlinksSelectedSteps();
    void addsAStepBelowTheChosenOne();
    void movesStepsWithinTheirPhase();
    void movesStepsToAnotherPhase();
    void estimatesStayOrdered();

    void modelShowsPhasesAndTimes();
    void modelEditsGoThroughTheUndoStack();
    void modelReportsRefusedEdits();

    void analysisUsesTheChosenWindowAndReserve();
    void rollbackBarsFollowTheLastExecuteStep();
    void analyzerMatchesTheSchedulerDirectly();
    void analyzerSchedulesLargeRunbooksInTheBackground();
    void analyzerKeepsOnlyTheLatestState();
    void aPlanWithoutAWindowStartsAfterTheProjectClock();
    void planSettingsSurviveFileAndJson();

private:
    Project &project() { return *m_project; }
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestPlanEdits::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.uwb").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    auto created = createProject(path, smallRunbook());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_project = std::move(created.value());
}

void TestPlanEdits::cleanup()
{
    m_project.reset();
}

void TestPlanEdits::parsesPredecessorLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<plan::PredecessorEntry>>("expected");
    using E = plan::PredecessorEntry;
    QTest::newRow("empty") << QString() << QList<E>{};
    QTest::newRow("plain") << QStringLiteral("3, 5") << QList<E>{{3}, {5}};
    QTest::newRow("types and lags") << QStringLiteral("3SS+10; 5ff-5 ,7FS+2.5min")
                                    << QList<E>{{3, LinkType::StartToStart, 10},
                                                {5, LinkType::FinishToFinish, -5},
                                                {7, LinkType::FinishToStart, 2.5}};
    QTest::newRow("hash and spaces")
        << QStringLiteral(" #4 SS + 3 ") << QList<E>{{4, LinkType::StartToStart, 3}};
}

void TestPlanEdits::parsesPredecessorLists()
{
    QFETCH(QString, text);
    QFETCH(QList<plan::PredecessorEntry>, expected);
    const auto parsed = plan::parsePredecessors(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), expected);
}

void TestPlanEdits::refusesUnreadablePredecessors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("word") << QStringLiteral("3, backup") << QStringLiteral("backup");
    QTest::newRow("type") << QStringLiteral("3XX") << QStringLiteral("3XX");
    QTest::newRow("twice") << QStringLiteral("3, 3SS") << QStringLiteral("3");
}

void TestPlanEdits::refusesUnreadablePredecessors()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    const auto parsed = plan::parsePredecessors(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
}

void TestPlanEdits::formatsPredecessorsSoTheyReadBack()
{
    QString error;
    QVERIFY2(plan::setPredecessors(project(), 4, QStringLiteral("3FS+5, 2SS"), &error),
             qPrintable(error));
    const QString text = plan::formatPredecessors(project().data(), 4);
    QCOMPARE(text, QStringLiteral("2SS, 3FS+5"));
    const auto parsed = plan::parsePredecessors(text);
    QVERIFY(parsed);
    QCOMPARE(parsed.value().size(), 2);
    QCOMPARE(parsed.value().at(1).lagMinutes, 5.0);
}

void TestPlanEdits::setPredecessorsIsOneUndoableEdit()
{
    const ProjectData before = project().data();
    QString error;
    QVERIFY2(plan::setPredecessors(project(), 4, QStringLiteral("1, 2"), &error), qPrintable(error));
    QCOMPARE(plan::formatPredecessors(project().data(), 4), QStringLiteral("1, 2"));
    QCOMPARE(project().undoStack()->count(), 1);
    project().undoStack()->undo();
    QString difference;
    QVERIFY2(sameDocument(project().data(), before, &difference), qPrintable(difference));
}

void TestPlanEdits::refusesALinkThatMakesALoop()
{
    const ProjectData before = project().data();
    QString error;
    QVERIFY(!plan::linkSteps(project(), 4, 1, &error));
    QVERIFY2(error.contains(QStringLiteral("#1 Announce → #2 Backup → #3 Upgrade → #4 Smoke test "
                                           "→ #1 Announce")),
             qPrintable(error));
    QVERIFY(!plan::linkSteps(project(), 2, 2, &error));
    QVERIFY(!plan::linkSteps(project(), 1, 2, &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QVERIFY(!plan::setPredecessors(project(), 1, QStringLiteral("4"), &error));
    QVERIFY(!plan::setPredecessors(project(), 1, QStringLiteral("99"), &error));
    QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
    QString difference;
    QVERIFY2(sameDocument(project().data(), before, &difference), qPrintable(difference));
    QCOMPARE(project().undoStack()->count(), 0);
}

void TestPlanEdits::chainsAndUnlinksSelectedSteps()
{
    QString error;
    QVERIFY(plan::unlinkSteps(project(), {1, 2, 3}, &error));
    QCOMPARE(project().data().links.size(), size_t(1));
    QVERIFY(plan::chainSteps(project(), {1, 2, 3}, &error));
    QCOMPARE(project().data().links.size(), size_t(3));
    QVERIFY(!plan::chainSteps(project(), {1, 2, 3}, &error));
    QVERIFY(!plan::unlinkSteps(project(), {1, 4}, &error));
    QVERIFY(!plan::chainSteps(project(), {1}, &error));
}

void TestPlanEdits::addsAStepBelowTheChosenOne()
{
    auto added = plan::addStep(project(), Phase::Execute, 2);
    QVERIFY(added);
    const ProjectData &data = project().data();
    const Step &step = data.steps.at(added.value());
    QCOMPARE(step.phase, Phase::Backup);
    QCOMPARE(plan::stepsInPhase(data, Phase::Backup), (QList<Id>{2, added.value()}));
    QVERIFY(step.position > data.steps.at(2).position);
    QVERIFY(step.position < data.steps.at(3).position);
    auto last = plan::addStep(project(), Phase::Monitor, 0);
    QVERIFY(last);
    QCOMPARE(plan::stepsInPhase(project().data(), Phase::Monitor), QList<Id>{last.value()});
    project().undoStack()->undo();
    project().undoStack()->undo();
    QCOMPARE(project().data().steps.size(), size_t(5));
}

void TestPlanEdits::movesStepsWithinTheirPhase()
{
    auto a = plan::addStep(project(), Phase::Execute, 3);
    auto b = plan::addStep(project(), Phase::Execute, a.value());
    QCOMPARE(plan::stepsInPhase(project().data(), Phase::Execute),
             (QList<Id>{3, a.value(), b.value()}));
    QString error;
    QVERIFY(plan::moveSteps(project(), {a.value(), b.value()}, -1, &error));
    QCOMPARE(plan::stepsInPhase(project().data(), Phase::Execute),
             (QList<Id>{a.value(), b.value(), 3}));
    QVERIFY(!plan::moveSteps(project(), {a.value()}, -1, &error));
    QVERIFY(plan::moveSteps(project(), {a.value()}, 1, &error));
    QCOMPARE(plan::stepsInPhase(project().data(), Phase::Execute),
             (QList<Id>{b.value(), a.value(), 3}));
    project().undoStack()->undo();
    project().undoStack()->undo();
    QCOMPARE(plan::stepsInPhase(project().data(), Phase::Execute),
             (QList<Id>{3, a.value(), b.value()}));
}

void TestPlanEdits::movesStepsToAnotherPhase()
{
    QString error;
    QVERIFY(plan::setPhase(project(), {4}, Phase::Execute, &error));
    QCOMPARE(plan::stepsInPhase(project().data(), Phase::Execute), (QList<Id>{3, 4}));
    QVERIFY(!plan::setPhase(project(), {4}, Phase::Execute, &error));
}

void TestPlanEdits::estimatesStayOrdered()
{
    QString error;
    QVERIFY(plan::setEstimate(project(), 3, plan::EstimatePart::Likely, 200, &error));
    QCOMPARE(project().data().steps.at(3).estimate, (Estimate{30, 200, 200}));
    QVERIFY(plan::setEstimate(project(), 3, plan::EstimatePart::Optimistic, 250, &error));
    QCOMPARE(project().data().steps.at(3).estimate, (Estimate{250, 250, 250}));
    QVERIFY(plan::setEstimate(project(), 3, plan::EstimatePart::Pessimistic, 10, &error));
    QCOMPARE(project().data().steps.at(3).estimate, (Estimate{10, 10, 10}));
    QVERIFY(!plan::setEstimate(project(), 3, plan::EstimatePart::Likely, -1, &error));
    QVERIFY(!plan::setEstimate(project(), 3, plan::EstimatePart::Likely, qQNaN(), &error));
    QVERIFY(!plan::setEstimate(project(), 99, plan::EstimatePart::Likely, 5, &error));
    QCOMPARE(project().undoStack()->count(), 3);
}

void TestPlanEdits::modelShowsPhasesAndTimes()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    const PlanAnalysis analysis = analysePlan(project().data(), {});
    model.setAnalysis(&analysis);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Rollback"));
    const QModelIndex upgrade = model.indexOfStep(3);
    QCOMPARE(model.data(upgrade).toString(), QStringLiteral("Upgrade"));
    // 22:00 + 10 + 30 = 22:40 to 23:40, on the critical path.
    QCOMPARE(model.index(upgrade.row(), PlanModel::StartColumn, upgrade.parent()).data().toString(),
             QStringLiteral("22:40"));
    QCOMPARE(model.index(upgrade.row(), PlanModel::FinishColumn, upgrade.parent()).data().toString(),
             QStringLiteral("23:40"));
    QVERIFY(model.data(upgrade, PlanModel::CriticalRole).toBool());
    const QModelIndex smoke = model.indexOfStep(4, PlanModel::FinishColumn);
    QCOMPARE(smoke.data().toString(), QStringLiteral("23:55"));
    // Restore runs after the last execute step: 23:40 to 00:20 the next day.
    QCOMPARE(model.indexOfStep(5, PlanModel::FinishColumn).data().toString(),
             QStringLiteral("00:20 (+1)"));
    QCOMPARE(model.indexOfStep(4, PlanModel::PredecessorsColumn).data().toString(),
             QStringLiteral("3"));
    QCOMPARE(model.index(2, PlanModel::StartColumn).data().toString(), QStringLiteral("22:40"));
}

void TestPlanEdits::modelEditsGoThroughTheUndoStack()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project.get());
    QVERIFY(model.setData(model.indexOfStep(3, PlanModel::LikelyColumn), 90.0));
    QCOMPARE(project().data().steps.at(3).estimate.likely, 90.0);
    QVERIFY(model.setData(model.indexOfStep(3, PlanModel::OwnerColumn), QStringLiteral("ana")));
    QCOMPARE(project().data().steps.at(3).ownerId, Id(1));
    QVERIFY(model.setData(model.indexOfStep(3), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!project().data().steps.at(3).enabled);
    QVERIFY(model.setData(model.indexOfStep(4, PlanModel::TitleColumn), QStringLiteral("Smoke")));
    QVERIFY(model.setData(model.indexOfStep(4, PlanModel::PredecessorsColumn), QStringLiteral("1")));
    QCOMPARE(project().undoStack()->count(), 5);
    QVERIFY(
        model.setData(model.indexOfStep(4, PlanModel::TitleColumn), QStringLiteral("Smoke test")));
    QCOMPARE(model.data(model.indexOfStep(4)).toString(), QStringLiteral("Smoke test"));
    // Moving a step to another phase moves its row.
    QString error;
    QVERIFY(plan::setPhase(project(), {4}, Phase::Execute, &error));
    QCOMPARE(model.indexOfStep(4).parent(), model.indexOfPhase(Phase::Execute));
    project().undoStack()->undo();
    QCOMPARE(model.indexOfStep(4).parent(), model.indexOfPhase(Phase::Verify));
}

void TestPlanEdits::modelReportsRefusedEdits()
{
    PlanModel model;
    model.setProject(m_project.get());
    QSignalSpy refused(&model, &PlanModel::editRefused);
    QVERIFY(!model.setData(model.indexOfStep(3, PlanModel::OwnerColumn), QStringLiteral("Zed")));
    QVERIFY(!model.setData(model.indexOfStep(3, PlanModel::LikelyColumn), QStringLiteral("soon")));
    QVERIFY(
        !model.setData(model.indexOfStep(1, PlanModel::PredecessorsColumn), QStringLiteral("4")));
    QVERIFY(!model.setData(model.indexOfStep(1, PlanModel::TitleColumn), QStringLiteral("  ")));
    QVERIFY(!model.setData(model.indexOfStep(1, PlanModel::StartColumn), QStringLiteral("x")));
    QCOMPARE(refused.count(), 4);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("Zed")));
    QVERIFY(refused.at(1).at(0).toString().contains(QStringLiteral("soon")));
    QCOMPARE(project().undoStack()->count(), 0);
}

void TestPlanEdits::analysisUsesTheChosenWindowAndReserve()
{
    ProjectData data = project().data();
    Window later = data.windows.at(10);
    later.id = 11;
    later.startUtc = later.startUtc.addDays(7);
    later.endUtc = later.endUtc.addDays(7);
    data.windows[11] = later;
    QCOMPARE(planWindow(data)->id, Id(10));
    // Without a choice the plan goes into the next window that has not ended.
    const QDateTime betweenThem = data.windows.at(10).endUtc.addDays(1);
    QCOMPARE(planWindow(data, betweenThem)->id, Id(11));
    QCOMPARE(planWindow(data, data.windows.at(10).endUtc.addSecs(-60))->id, Id(10));
    PlanAnalysisOptions atThatTime;
    atThatTime.clock = fixedClock(betweenThem);
    QCOMPARE(analysePlan(data, atThatTime).window.id, Id(11));
    // After every window the last one still shows, as over.
    const QDateTime afterAll = later.endUtc.addDays(1);
    QCOMPARE(planWindow(data, afterAll)->id, Id(11));
    QVERIFY(hasEnded(*planWindow(data, afterAll), afterAll));
    data.change.planWindowId = 11;
    data.change.rollbackReserveMinutes = 30;
    const PlanAnalysis analysis = analysePlan(data, {});
    QCOMPARE(analysis.window.id, Id(11));
    QCOMPARE(analysis.schedule.startUtc, later.startUtc);
    QCOMPARE(analysis.schedule.reserveMinutes, 30.0);
    PlanAnalysisOptions options;
    options.windowId = 10;
    options.reserveMinutes = 0;
    QCOMPARE(analysePlan(data, options).schedule.startUtc, data.windows.at(10).startUtc);
    // A chosen window that was deleted falls back to the earliest one.
    data.windows.erase(11);
    QCOMPARE(planWindow(data)->id, Id(10));
    data.windows.clear();
    const PlanAnalysis without = analysePlan(data, {});
    QVERIFY(!without.hasWindow);
    QVERIFY(without.schedule.valid);
    QCOMPARE(without.schedule.startUtc.time().minute(), 0);
}

void TestPlanEdits::rollbackBarsFollowTheLastExecuteStep()
{
    const PlanAnalysis analysis = analysePlan(project().data(), {});
    QCOMPARE(analysis.rollbackBars.size(), 1);
    const RollbackBar bar = analysis.rollbackBars.first();
    QCOMPARE(bar.stepId, Id(5));
    QCOMPARE(bar.start, 100.0);
    QCOMPARE(bar.finish, 140.0);
    QCOMPARE(analysis.rollbackFinishUtc(), utc(2026, 12, 6, 0, 20));
    // Window 240 min, reserve 15: rollback of 40 must start by 185.
    QCOMPARE(analysis.schedule.pointOfNoReturnMinutes, 185.0);
}

void TestPlanEdits::analyzerMatchesTheSchedulerDirectly()
{
    PlanAnalyzer analyzer;
    QSignalSpy scheduled(&analyzer, &PlanAnalyzer::scheduleChanged);
    QSignalSpy simulated(&analyzer, &PlanAnalyzer::simulationChanged);
    analyzer.setProject(m_project.get());
    analyzer.waitForIdle();
    QCOMPARE(scheduled.count(), 1);
    QCOMPARE(simulated.count(), 1);
    const PlanAnalysis direct = analysePlan(project().data(), {});
    QCOMPARE(analyzer.analysis().schedule.finishMinutes, direct.schedule.finishMinutes);
    QCOMPARE(analyzer.analysis().schedule.pointOfNoReturnMinutes,
             direct.schedule.pointOfNoReturnMinutes);
    PlanAnalysis simulated2 = direct;
    simulatePlan(project().data(), {}, simulated2);
    QCOMPARE(analyzer.analysis().simulation.p80Minutes, simulated2.simulation.p80Minutes);
    QCOMPARE(analyzer.analysis().simulation.fitProbability, simulated2.simulation.fitProbability);

    QString error;
    QVERIFY(plan::setEstimate(project(), 3, plan::EstimatePart::Likely, 120, &error));
    analyzer.waitForIdle();
    QCOMPARE(analyzer.analysis().schedule.finishMinutes, 10 + 30 + 120 + 15.0);
}

void TestPlanEdits::analyzerSchedulesLargeRunbooksInTheBackground()
{
    ProjectData data = smallRunbook();
    const int count = PlanAnalyzer::directStepLimit + 500;
    for (int i = 0; i < count; ++i) {
        const Id id = 100 + i;
        data.steps[id] = makeStep(id, QStringLiteral("Step %1").arg(i), Phase::Execute, 1, 10 + i);
        if (i > 0)
            data.links[100000 + i] = makeLink(100000 + i, id - 1, id);
    }
    const QString path = m_dir.filePath(QStringLiteral("large.uwb"));
    QFile::remove(path);
    auto large = createProject(path, data);
    QVERIFY(large);
    PlanAnalyzer analyzer;
    PlanAnalysisOptions options;
    options.iterations = 200;
    analyzer.setOptions(options);
    analyzer.setProject(large.value().get());
    QCoreApplication::processEvents();
    QVERIFY(analyzer.isBusy());
    analyzer.waitForIdle();
    QVERIFY(analyzer.analysis().schedule.valid);
    QCOMPARE(analyzer.analysis().schedule.steps.size(), qsizetype(count + 4));
    QVERIFY(analyzer.analysis().simulation.valid);
    QCOMPARE(analyzer.analysis().simulation.iterations, 200);
}

void TestPlanEdits::analyzerKeepsOnlyTheLatestState()
{
    PlanAnalyzer analyzer;
    analyzer.setProject(m_project.get());
    analyzer.waitForIdle();
    QString error;
    for (const double likely : {70.0, 80.0, 90.0})
        QVERIFY(plan::setEstimate(project(), 3, plan::EstimatePart::Likely, likely, &error));
    analyzer.waitForIdle();
    QCOMPARE(analyzer.analysis().schedule.finishMinutes, 10 + 30 + 90 + 15.0);
    PlanAnalysis expected = analysePlan(project().data(), {});
    simulatePlan(project().data(), {}, expected);
    QCOMPARE(analyzer.analysis().simulation.p50Minutes, expected.simulation.p50Minutes);
}

void TestPlanEdits::aPlanWithoutAWindowStartsAfterTheProjectClock()
{
    const QDateTime now(QDate(2031, 3, 4), QTime(5, 6, 7), QTimeZone::utc());
    const QDateTime nextHour(QDate(2031, 3, 4), QTime(6, 0), QTimeZone::utc());
    ProjectData data = project().data();
    data.windows.clear();
    PlanAnalysisOptions options;
    options.clock = fixedClock(now);
    QCOMPARE(analysePlan(data, options).schedule.startUtc, nextHour);

    project().setClock(fixedClock(now));
    QList<Id> windows;
    for (const auto &[id, window] : project().data().windows)
        windows.append(id);
    QVERIFY(edit::removeEntities(project(), QStringLiteral("Remove windows"), EntityKind::Window,
                                 windows));
    PlanAnalyzer analyzer;
    analyzer.setProject(&project());
    analyzer.waitForIdle();
    QVERIFY(!analyzer.analysis().hasWindow);
    QCOMPARE(analyzer.analysis().schedule.startUtc, nextHour);
}

void TestPlanEdits::planSettingsSurviveFileAndJson()
{
    Change change = project().change();
    change.planWindowId = 10;
    change.rollbackReserveMinutes = 22.5;
    QString error;
    QVERIFY(
        edit::updateEntity(project(), QStringLiteral("settings"), change, MergeId::None, &error));
    const QString path = project().filePath();
    m_project.reset();
    auto reopened = openProject(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->change().planWindowId, Id(10));
    QCOMPARE(reopened.value()->change().rollbackReserveMinutes, 22.5);
    const QByteArray json = writeProjectJson(reopened.value()->data());
    const auto read = readProjectJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->change.planWindowId, Id(10));
    QCOMPARE(read->change.rollbackReserveMinutes, 22.5);
}

QTEST_GUILESS_MAIN(TestPlanEdits)
#include "tst_planedits.moc"
