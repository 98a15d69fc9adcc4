#include "commands.h"
#include "projectfile.h"
#include "runaudit.h"
#include "runfixture.h"
#include "runscript.h"
#include "runsession.h"
#include "scheduler.h"
#include "testutil.h"

#include "audit.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

/** The run engine: the step state machine, gates, rollback, triggers and projections. */
class TestRunEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stepsMoveThroughTheStateMachine_data();
    void stepsMoveThroughTheStateMachine();
    void retriesCountAsAttempts();
    void aGateWithANamedApproverWaitsForThatPerson();
    void aRunningStepIsInterruptedAfterReopening();
    void aFreshReplayNeverTrustsARunningStep();
    void rollbackRunsTheUndoOfStartedWorkOnly_data();
    void rollbackRunsTheUndoOfStartedWorkOnly();
    void rollbackOfRunningWorkWaitsUntilItStops();
    void aCriticalFailureTriggersUntilAnswered();
    void aNonCriticalFailureTriggersNothing();
    void aMetricBreachTriggersUntilAnswered();
    void lateRunsTriggerOnceEach();
    void finishingLateWithoutExecuteWorkLeftTriggersOnlyTheWindowEnd();
    void projectionFollowsActualProgress_data();
    void projectionFollowsActualProgress();
    void everyRunEventIsInTheHashChain();
    void tamperedRunEventsAreFound_data();
    void tamperedRunEventsAreFound();
    void aRehearsalProposesEstimates();
    void aStoppedCommandFailsInTheNameOfWhoStoppedIt();

private:
    void play(const QString &script);
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QDateTime m_now;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<RunSession> m_session;
};

void TestRunEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("run.uwb"));
    auto project = createProject(m_path, test::runbookFixture());
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_now = test::utc(2026, 12, 5, 20, 0);
    m_project->setClock([this] { return m_now; });
    auto session = RunSession::start(*m_project, RunKind::Rehearsal, QStringLiteral("rehearsal"), 1,
                                     QStringLiteral("Ben"));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    m_session = std::move(session.value());
}

void TestRunEngine::cleanup()
{
    m_session.reset();
    m_project.reset();
    m_dir.reset();
}

void TestRunEngine::play(const QString &script)
{
    QString error;
    const int refused = test::playRunScript(*m_session, m_now, script, &error);
    QVERIFY2(refused < 0,
             qPrintable(QStringLiteral("action %1 refused: %2").arg(refused).arg(error)));
}

void TestRunEngine::reopen()
{
    const Id runId = m_session->runId();
    m_session.reset();
    m_project.reset();
    auto project = openProject(m_path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_project->setClock([this] { return m_now; });
    auto session = RunSession::resume(*m_project, runId);
    QVERIFY(session);
    m_session = std::move(session.value());
}

void TestRunEngine::stepsMoveThroughTheStateMachine_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("refusal");

    const QString toGate = QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben;");
    const QString executed = toGate + QStringLiteral("go 3 Ada; start 4 Ben; finish 4 Ben;");

    QTest::newRow("a new run readies the first step only")
        << QString()
        << QStringLiteral("1=ready 2=pending 3=pending 4=pending 5=pending 6=pending 7=pending")
        << QString();
    QTest::newRow("a finished step readies its successor")
        << QStringLiteral("start 1 Ben; finish 1 Ben") << QStringLiteral("1=done 2=ready 3=pending")
        << QString();
    QTest::newRow("a running step is running, its successor waits")
        << QStringLiteral("start 1 Ben") << QStringLiteral("1=running 2=pending") << QString();
    QTest::newRow("a failed step can be retried and then finished")
        << QStringLiteral("start 1 Ben; fail 1 Ben; start 1 Ben; finish 1 Ben")
        << QStringLiteral("1=done 2=ready") << QString();
    QTest::newRow("a failed step holds its successors back")
        << QStringLiteral("start 1 Ben; fail 1 Ben") << QStringLiteral("1=failed 2=pending")
        << QString();
    QTest::newRow("a skipped step readies its successor")
        << QStringLiteral("skip 1 Ben") << QStringLiteral("1=skipped 2=ready") << QString();
    QTest::newRow("a failed step can be skipped")
        << QStringLiteral("start 1 Ben; fail 1 Ben; skip 1 Ben")
        << QStringLiteral("1=skipped 2=ready") << QString();
    QTest::newRow("a step waits for every predecessor")
        << executed << QStringLiteral("4=done 5=ready 6=pending") << QString();
    QTest::newRow("skipping the last predecessor readies the join")
        << executed + QStringLiteral("skip 5 Ben") << QStringLiteral("5=skipped 6=ready")
        << QString();
    QTest::newRow("a go passes the gate and readies both branches")
        << toGate + QStringLiteral("go 3 Ada") << QStringLiteral("3=done 4=ready 5=ready")
        << QString();
    QTest::newRow("a no-go fails the gate, a later go passes it")
        << toGate + QStringLiteral("nogo 3 Ada; go 3 Ada") << QStringLiteral("3=done 4=ready")
        << QString();

    QTest::newRow("a pending step cannot start")
        << QStringLiteral("start 2 Ben") << QStringLiteral("2=pending")
        << QStringLiteral("\u201cBack up database\u201d is not ready: it waits for "
                          "\u201cAnnounce\u201d.");
    QTest::newRow("a done step cannot start again")
        << QStringLiteral("start 1 Ben; finish 1 Ben; start 1 Ben") << QStringLiteral("1=done")
        << QStringLiteral("\u201cAnnounce\u201d is already done.");
    QTest::newRow("a ready step cannot be finished")
        << QStringLiteral("finish 1 Ben") << QStringLiteral("1=ready")
        << QStringLiteral("\u201cAnnounce\u201d is not running (it is ready), so it cannot be "
                          "ended.");
    QTest::newRow("a running step cannot be skipped")
        << QStringLiteral("start 1 Ben; skip 1 Ben") << QStringLiteral("1=running")
        << QStringLiteral("\u201cAnnounce\u201d is running; stop it or mark it failed before "
                          "skipping it.");
    QTest::newRow("every event names a person")
        << QStringLiteral("start 1") << QStringLiteral("1=ready")
        << QStringLiteral("Say who does this: every run event names a person.");
    QTest::newRow("a gate is not started")
        << toGate + QStringLiteral("start 3 Ada") << QStringLiteral("3=ready")
        << QStringLiteral("\u201cApprove go\u201d is a go/no-go gate: an approver decides it, "
                          "nobody starts it.");
    QTest::newRow("a gate cannot be skipped")
        << toGate + QStringLiteral("skip 3 Ada") << QStringLiteral("3=ready")
        << QStringLiteral("\u201cApprove go\u201d is a go/no-go gate and cannot be skipped: an "
                          "approver decides go or no-go.");
    QTest::newRow("a gate needs the approver role")
        << toGate + QStringLiteral("go 3 Ben") << QStringLiteral("3=ready")
        << QStringLiteral("Ben does not hold the approver role, so they cannot decide the gate "
                          "\u201cApprove go\u201d.");
    QTest::newRow("a gate needs one of the project's people")
        << toGate + QStringLiteral("nogo 3 Zed") << QStringLiteral("3=ready")
        << QStringLiteral("Zed is not one of the project's people, so they cannot decide the "
                          "gate \u201cApprove go\u201d. Add them with the approver role first.");
    QTest::newRow("only gates take decisions")
        << QStringLiteral("go 1 Ada") << QStringLiteral("1=ready")
        << QStringLiteral("\u201cAnnounce\u201d is not a go/no-go gate.");
    QTest::newRow("the executor of a verify step cannot verify it")
        << executed + QStringLiteral("start 5 Ben; finish 5 Ben; start 6 Dee; finish 6 Dee")
        << QStringLiteral("6=running")
        << QStringLiteral("Segregation of duties: Dee executed the verify step \u201cVerify "
                          "orders\u201d and cannot also be its verifier. Ask Cy, the planned "
                          "verifier, to confirm it.");
    QTest::newRow("a second person verifies")
        << executed + QStringLiteral("start 5 Ben; finish 5 Ben; start 6 Dee; finish 6 Cy")
        << QStringLiteral("6=done") << QString();
    QTest::newRow("rollback steps wait for a rollback")
        << QStringLiteral("start 7 Ben") << QStringLiteral("7=pending")
        << QStringLiteral("\u201cRestore database\u201d is a rollback step: it runs only after the "
                          "run switches to rollback.");
    QTest::newRow("a rolling-back run starts no forward step")
        << QStringLiteral("start 1 Ben; finish 1 Ben; rollback Ada; start 2 Ben")
        << QStringLiteral("2=pending")
        << QStringLiteral("The run is rolling back, so \u201cBack up database\u201d is no longer "
                          "part of it.");
    QTest::newRow("an ended run takes no more actions")
        << QStringLiteral("end Ben; start 1 Ben") << QStringLiteral("1=pending")
        << QStringLiteral("The run has ended; start a new run to do more.");
}

void TestRunEngine::stepsMoveThroughTheStateMachine()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QFETCH(QString, refusal);

    QString error;
    const int refused = test::playRunScript(*m_session, m_now, script, &error);
    const int actions = int(script.split(u';', Qt::SkipEmptyParts).size());
    if (refusal.isEmpty()) {
        QVERIFY2(refused < 0, qPrintable(QStringLiteral("action %1: %2").arg(refused).arg(error)));
    } else {
        QCOMPARE(refused, actions - 1);
        QCOMPARE(error, refusal);
    }
    QList<Id> steps;
    for (const QString &part : expected.split(u' '))
        steps.append(part.section(u'=', 0, 0).toLongLong());
    QCOMPARE(test::describeSteps(m_session->state(), steps), expected);
}

void TestRunEngine::retriesCountAsAttempts()
{
    play(QStringLiteral("at 20:01; start 1 Ben; at 20:05; fail 1 Ben; at 20:07; start 1 Dee; "
                        "at 20:15; finish 1 Dee"));
    const StepProgress *progress = m_session->state().step(1);
    QVERIFY(progress);
    QCOMPARE(progress->attempts, 2);
    QCOMPARE(progress->startedBy, QStringLiteral("Dee"));
    QCOMPARE(progress->startedAtUtc, test::utc(2026, 12, 5, 20, 7));
    QCOMPARE(progress->endedAtUtc, test::utc(2026, 12, 5, 20, 15));
}

void TestRunEngine::aGateWithANamedApproverWaitsForThatPerson()
{
    Person eve;
    eve.id = 5;
    eve.name = QStringLiteral("Eve");
    eve.roles = RoleApprover;
    Step gate = m_project->data().steps.at(3);
    gate.approverId = 1;
    QVERIFY(edit::addEntities(*m_project, QStringLiteral("Add Eve"), {eve}));
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Name approver"), gate));
    play(QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben"));

    QString error;
    QVERIFY(!m_session->decideGate(3, true, QStringLiteral("Eve"), QString(), &error));
    QCOMPARE(error, QStringLiteral("The gate \u201cApprove go\u201d needs the decision of its "
                                   "approver Ada; Eve cannot decide it."));
    QVERIFY2(m_session->decideGate(3, true, QStringLiteral("Ada"), QStringLiteral("backup ok"),
                                   &error),
             qPrintable(error));
    const RunEvent &decision = m_project->data().runEvents.constLast();
    QCOMPARE(decision.type, RunEventType::Decision);
    QCOMPARE(decision.decision, QStringLiteral("go"));
    QCOMPARE(decision.person, QStringLiteral("Ada"));
    QCOMPARE(decision.note, QStringLiteral("backup ok"));
    QCOMPARE(decision.stepId, Id(3));
}

void TestRunEngine::aRunningStepIsInterruptedAfterReopening()
{
    play(QStringLiteral("at 20:01; start 1 Ben; at 20:11; finish 1 Ben; at 20:12; start 2 Ben; "
                        "note 2 Ben"));
    RunState shown = m_session->state();
    QCOMPARE(shown.stateOf(2), StepRunState::Running);
    reopen();
    shown.steps[2].state = StepRunState::Interrupted;
    QCOMPARE(m_session->state(), shown);
    QVERIFY(!m_session->isStepLive(2));

    QString error;
    QVERIFY2(m_session->startStep(2, QStringLiteral("Ben"), QString(), &error), qPrintable(error));
    QCOMPARE(m_session->state().stateOf(2), StepRunState::Running);
    QCOMPARE(m_session->state().step(2)->attempts, 2);
    reopen();
    QVERIFY2(m_session->finishStep(2, QStringLiteral("Ben"), QStringLiteral("checked by hand"),
                                   &error),
             qPrintable(error));
    QCOMPARE(m_session->state().stateOf(2), StepRunState::Done);
    QCOMPARE(m_session->state().stateOf(3), StepRunState::Ready);
}

void TestRunEngine::aFreshReplayNeverTrustsARunningStep()
{
    play(QStringLiteral("start 1 Ben"));
    const Scheduler scheduler(m_project->data());
    const RunState replayed = replayRun(m_project->data(), scheduler, m_session->runId());
    QCOMPARE(replayed.stateOf(1), StepRunState::Interrupted);
    const RunState owned = replayRun(m_project->data(), scheduler, m_session->runId(), {1});
    QCOMPARE(owned, m_session->state());
}

void TestRunEngine::rollbackRunsTheUndoOfStartedWorkOnly_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QList<Id>>("rollback");
    QTest::addColumn<QString>("expected");

    const QString toExecute = QStringLiteral(
        "start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben; go 3 Ada;");
    QTest::newRow("nothing executed: only the general rollback")
        << toExecute << QList<Id>{9} << QStringLiteral("7=pending 8=pending 9=ready 4=pending");
    QTest::newRow("database upgraded: restore it, then announce")
        << toExecute + QStringLiteral("start 4 Ben; finish 4 Ben") << QList<Id>{7, 9}
        << QStringLiteral("7=ready 8=pending 9=pending 5=pending");
    QTest::newRow("a failed upgrade is undone too")
        << toExecute + QStringLiteral("start 4 Ben; fail 4 Ben") << QList<Id>{7, 9}
        << QStringLiteral("7=ready 8=pending 9=pending");
    QTest::newRow("both upgraded: both restored in parallel")
        << toExecute + QStringLiteral("start 4 Ben; finish 4 Ben; start 5 Ben; finish 5 Ben")
        << QList<Id>{7, 8, 9} << QStringLiteral("7=ready 8=ready 9=pending 6=pending");
}

void TestRunEngine::rollbackRunsTheUndoOfStartedWorkOnly()
{
    QFETCH(QString, script);
    QFETCH(QList<Id>, rollback);
    QFETCH(QString, expected);

    play(script);
    QSignalSpy runChanged(m_session.get(), &RunSession::runChanged);
    QString error;
    QVERIFY2(m_session->switchToRollback(QStringLiteral("Ada"), QStringLiteral("orders fail"),
                                         &error),
             qPrintable(error));
    QCOMPARE(runChanged.size(), 1);
    QCOMPARE(m_session->state().rollbackSteps, rollback);
    QList<Id> active;
    for (const auto &[id, progress] : m_session->state().steps) {
        if (progress.active)
            active.append(id);
    }
    QCOMPARE(active, rollback);
    QList<Id> steps;
    for (const QString &part : expected.split(u' '))
        steps.append(part.section(u'=', 0, 0).toLongLong());
    QCOMPARE(test::describeSteps(m_session->state(), steps), expected);

    const RunEvent &decision = m_project->data().runEvents.constLast();
    QCOMPARE(decision.type, RunEventType::Decision);
    QCOMPARE(decision.decision, QStringLiteral("rollback"));
    QCOMPARE(decision.person, QStringLiteral("Ada"));
    QCOMPARE(decision.note, QStringLiteral("orders fail"));

    for (QList<Id> ready = m_session->state().readySteps(); !ready.isEmpty();
         ready = m_session->state().readySteps()) {
        QVERIFY2(rollback.contains(ready.first()), qPrintable(QString::number(ready.first())));
        play(QStringLiteral("start %1 Ben; finish %1 Ben").arg(ready.first()));
    }
    QVERIFY(m_session->state().isComplete());
}

void TestRunEngine::rollbackOfRunningWorkWaitsUntilItStops()
{
    play(QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben; go 3 Ada; "
                        "start 4 Ben; rollback Ada"));
    QCOMPARE(m_session->state().stateOf(7), StepRunState::Pending);
    QString error;
    QVERIFY(!m_session->startStep(7, QStringLiteral("Ben"), QString(), &error));
    QCOMPARE(error, QStringLiteral("\u201cRestore database\u201d waits until \u201cUpgrade "
                                   "database\u201d stops running: it undoes that work."));
    play(QStringLiteral("fail 4 Ben"));
    QCOMPARE(m_session->state().stateOf(7), StepRunState::Ready);
}

void TestRunEngine::aMetricBreachTriggersUntilAnswered()
{
    play(QStringLiteral("start 1 Ben; finish 1 Ben"));
    QSignalSpy changed(m_session.get(), &RunSession::triggersChanged);
    QString error;
    QVERIFY2(m_session->raiseMetricTrigger(7, QStringLiteral("Error rate above 2x baseline"),
                                           &error),
             qPrintable(error));
    QVERIFY(m_session->raiseMetricTrigger(7, QStringLiteral("again"), &error));
    QVERIFY(m_session->raiseMetricTrigger(8, QStringLiteral("Latency above 400 ms"), &error));
    QCOMPARE(changed.size(), 2);
    QList<RollbackTrigger> triggers = m_session->triggers();
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(triggers[0].kind, TriggerKind::MetricThresholdBreached);
    QCOMPARE(triggers[0].metricId, Id(7));
    QCOMPARE(triggers[0].stepId, Id(0));
    QCOMPARE(triggers[0].message, QStringLiteral("Error rate above 2x baseline"));

    // Stored as events, so a reopened run still asks.
    reopen();
    QCOMPARE(m_session->triggers().size(), 2);
    QVERIFY2(m_session->answerTrigger(m_session->triggers()[0], false, QStringLiteral("Ada"),
                                      QStringLiteral("a known spike during cache warm-up"), &error),
             qPrintable(error));
    QCOMPARE(m_project->data().runEvents.constLast().decision, QStringLiteral("continue:metric:7"));
    QCOMPARE(m_session->triggers().size(), 1);
    QCOMPARE(m_session->triggers()[0].metricId, Id(8));
    // A later breach of the same metric asks again.
    QVERIFY(m_session->raiseMetricTrigger(7, QStringLiteral("Error rate up again"), &error));
    QCOMPARE(m_session->triggers().size(), 2);

    QVERIFY(m_session->answerTrigger(m_session->triggers()[0], true, QStringLiteral("Ada"),
                                     QStringLiteral("errors keep climbing"), &error));
    QVERIFY(m_session->state().rollingBack);
    QVERIFY(m_session->triggers().isEmpty());
    QVERIFY(!m_session->raiseMetricTrigger(7, QStringLiteral("still high"), &error));
    QVERIFY(error.contains(QStringLiteral("No run is going forward")));
}

void TestRunEngine::aCriticalFailureTriggersUntilAnswered()
{
    play(QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben; go 3 Ada; "
                        "start 4 Ben"));
    QSignalSpy changed(m_session.get(), &RunSession::triggersChanged);
    play(QStringLiteral("at 20:10; fail 4 Ben"));
    QCOMPARE(changed.size(), 1);
    QList<RollbackTrigger> triggers = m_session->triggers();
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers[0].kind, TriggerKind::CriticalStepFailed);
    QCOMPARE(triggers[0].stepId, Id(4));
    QCOMPARE(triggers[0].raisedAtUtc, test::utc(2026, 12, 5, 20, 10));
    QCOMPARE(triggers[0].message, QStringLiteral("The critical step \u201cUpgrade database\u201d "
                                                 "failed."));

    QString error;
    QVERIFY2(m_session->answerTrigger(triggers[0], false, QStringLiteral("Ada"),
                                      QStringLiteral("retry once"), &error),
             qPrintable(error));
    QVERIFY(m_session->triggers().isEmpty());
    QCOMPARE(m_project->data().runEvents.constLast().decision,
             QStringLiteral("continue:step_failed"));
    QVERIFY(!m_session->answerTrigger(triggers[0], false, QStringLiteral("Ada"), QString(), &error));
    QVERIFY(error.contains(QStringLiteral("no longer pending")));

    reopen();
    QVERIFY(m_session->triggers().isEmpty());
    play(QStringLiteral("start 4 Ben; fail 4 Ben"));
    QCOMPARE(m_session->triggers().size(), 1);
    play(QStringLiteral("start 4 Ben; finish 4 Ben"));
    QVERIFY(m_session->triggers().isEmpty());
}

void TestRunEngine::aNonCriticalFailureTriggersNothing()
{
    play(QStringLiteral("start 1 Ben; fail 1 Ben"));
    QVERIFY(m_session->triggers().isEmpty());
}

void TestRunEngine::lateRunsTriggerOnceEach()
{
    play(QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben; go 3 Ada; "
                        "at 22:20; start 4 Ben"));
    QVERIFY(m_session->triggers().isEmpty());

    // 22:40: undoing the database (25) and the application that is due to start (15, in
    // parallel), then announcing (5), no longer fits before 23:00; the database needs 10 more
    // minutes, the application 20, the verify 10: the plan ends at 23:10.
    QSignalSpy changed(m_session.get(), &RunSession::triggersChanged);
    m_now = test::utc(2026, 12, 5, 22, 40);
    m_session->checkTriggers();
    QCOMPARE(changed.size(), 1);
    QList<RollbackTrigger> triggers = m_session->triggers();
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(triggers[0].kind, TriggerKind::PointOfNoReturnReached);
    QCOMPARE(triggers[1].kind, TriggerKind::FinishPastWindowEnd);
    QCOMPARE(triggers[1].message, QStringLiteral("The projected finish 2026-12-05 23:10 UTC is "
                                                 "after the window's end 2026-12-05 23:00 UTC."));

    QString error;
    QVERIFY2(m_session->answerTrigger(triggers[0], false, QStringLiteral("Ada"),
                                      QStringLiteral("almost done"), &error),
             qPrintable(error));
    QCOMPARE(m_session->triggers().size(), 1);
    QVERIFY2(m_session->answerTrigger(triggers[1], false, QStringLiteral("Ada"),
                                      QStringLiteral("extended with the business"), &error),
             qPrintable(error));
    QVERIFY(m_session->triggers().isEmpty());
    m_now = test::utc(2026, 12, 5, 22, 55);
    reopen();
    QVERIFY(m_session->triggers().isEmpty());
}

void TestRunEngine::finishingLateWithoutExecuteWorkLeftTriggersOnlyTheWindowEnd()
{
    play(QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben; go 3 Ada; "
                        "start 4 Ben; finish 4 Ben; start 5 Ben; finish 5 Ben; at 22:55; "
                        "start 6 Ben"));
    const QList<RollbackTrigger> triggers = m_session->triggers();
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers[0].kind, TriggerKind::FinishPastWindowEnd);
}

void TestRunEngine::projectionFollowsActualProgress_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QDateTime>("finish");
    QTest::addColumn<QDateTime>("rollbackFinish");
    QTest::addColumn<double>("minutesToPointOfNoReturn");
    QTest::addColumn<bool>("executeWorkLeft");

    const auto at = [](int hour, int minute) {
        return test::utc(2026, 12, 5, hour, minute);
    };
    const QString backingUp = QStringLiteral(
        "at 20:00; start 1 Ben; at 20:12; finish 1 Ben; start 2 Ben;");
    // From 20:20: backup 12 left, gate 5, upgrades 30 || 20, verify 10 = 57 minutes. Aborting
    // now undoes nothing but announces (5). The rollback after all execute work takes 25 + 5,
    // so it must start by 22:30 to end at 23:00.
    QTest::newRow("a running step takes the rest of its estimate")
        << backingUp + QStringLiteral("at 20:20") << at(21, 17) << at(20, 25) << 130.0 << true;
    QTest::newRow("a step running past its estimate is about to end")
        << backingUp + QStringLiteral("at 20:40") << at(21, 25) << at(20, 45) << 110.0 << true;
    // From 20:41: database 20 left, application 20 from now, verify 10. Aborting now restores
    // the database (25) and announces (5).
    QTest::newRow("aborting undoes what was started")
        << backingUp
               + QStringLiteral("at 20:30; finish 2 Ben; go 3 Ada; at 20:31; start 4 Ben; at 20:41")
        << at(21, 11) << at(21, 11) << 109.0 << true;
    QTest::newRow("a failed step is done again in full")
        << backingUp
               + QStringLiteral(
                   "at 20:30; finish 2 Ben; go 3 Ada; start 4 Ben; at 20:40; fail 4 Ben")
        << at(21, 20) << at(21, 10) << 110.0 << true;
    QTest::newRow("without execute work only the verify is left")
        << backingUp
               + QStringLiteral("finish 2 Ben; go 3 Ada; start 4 Ben; finish 4 Ben; start 5 Ben; "
                                "finish 5 Ben; at 21:00")
        << at(21, 10) << at(21, 30) << 90.0 << false;
    // Rolling back: restore database 25, then announce 5, from 20:50.
    QTest::newRow("a rolling-back run projects its rollback")
        << backingUp
               + QStringLiteral("at 20:30; finish 2 Ben; go 3 Ada; start 4 Ben; fail 4 Ben; "
                                "rollback Ada; at 20:50")
        << at(21, 20) << at(21, 20) << 0.0 << false;
}

void TestRunEngine::projectionFollowsActualProgress()
{
    QFETCH(QString, script);
    QFETCH(QDateTime, finish);
    QFETCH(QDateTime, rollbackFinish);
    QFETCH(double, minutesToPointOfNoReturn);
    QFETCH(bool, executeWorkLeft);

    play(script);
    const RunProjection projection = m_session->projection();
    QVERIFY2(projection.valid, qPrintable(projection.error));
    QCOMPARE(projection.nowUtc, m_now);
    QCOMPARE(projection.finishUtc, finish);
    QCOMPARE(projection.rollbackFinishUtc, rollbackFinish);
    QCOMPARE(projection.minutesToPointOfNoReturn, minutesToPointOfNoReturn);
    QCOMPARE(projection.executeWorkLeft, executeWorkLeft);
    if (!m_session->state().rollingBack)
        QCOMPARE(projection.pointOfNoReturnUtc,
                 m_now.addSecs(qint64(minutesToPointOfNoReturn * 60)));
    for (const StepForecast &forecast : projection.steps)
        QVERIFY2(forecast.startUtc <= forecast.finishUtc,
                 qPrintable(QString::number(forecast.stepId)));
}

void TestRunEngine::everyRunEventIsInTheHashChain()
{
    play(QStringLiteral("start 1 Ben; finish 1 Ben; note 1 Ben; start 2 Ben; fail 2 Ben; "
                        "rollback Ada; end Ben"));
    reopen();
    const ProjectData &data = m_project->data();
    const AuditVerification chain = verifyAuditChain(data.audit);
    QVERIFY2(chain.intact, qPrintable(chain.message));
    const RunEventAuditCheck events = verifyRunEventsAudited(data);
    QVERIFY2(events.intact, qPrintable(events.message));
    QCOMPARE(events.events, int(data.runEvents.size()));
    QCOMPARE(data.runEvents.size(), 8);
    QVERIFY(data.runs.at(m_session->runId()).endedAtUtc.isValid());
}

void TestRunEngine::tamperedRunEventsAreFound_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<Id>("firstBroken");
    QTest::addColumn<QString>("messagePart");

    const QByteArray unlock = "DROP TRIGGER run_events_no_update;";
    QTest::newRow("a note rewritten") << unlock + "UPDATE run_events SET note='forged' WHERE id=3;"
                                      << Id(3) << QStringLiteral("was changed after");
    QTest::newRow("a person rewritten")
        << unlock + "UPDATE run_events SET person='Mallory' WHERE id=2;" << Id(2)
        << QStringLiteral("was changed after");
    QTest::newRow("an event added behind the program's back")
        << QByteArray("INSERT INTO run_events (id, run_id, step_id, type, time_ms, person) "
                      "VALUES (99, 1, 2, 'step_finished', 0, 'Mallory');")
        << Id(99) << QStringLiteral("has no entry");
}

void TestRunEngine::tamperedRunEventsAreFound()
{
    QFETCH(QByteArray, sql);
    QFETCH(Id, firstBroken);
    QFETCH(QString, messagePart);

    play(QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben"));
    m_session.reset();
    m_project.reset();
    QString error;
    QVERIFY2(test::runSql(m_path, sql.constData(), &error), qPrintable(error));
    auto project = openProject(m_path, Store::Access::ReadOnly);
    QVERIFY(project);
    const RunEventAuditCheck check = verifyRunEventsAudited(project.value()->data());
    QVERIFY(!check.intact);
    QCOMPARE(check.firstBrokenEventId, firstBroken);
    QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
}

void TestRunEngine::aRehearsalProposesEstimates()
{
    play(QStringLiteral("at 20:00; start 1 Ben; at 20:12; finish 1 Ben; start 2 Ben; at 20:40; "
                        "finish 2 Ben"));
    const QList<EstimateProposal> proposals = m_session->calibrationProposals();
    QCOMPARE(proposals.size(), 2);
    QCOMPARE(proposals[0].stepId, Id(1));
    QCOMPARE(proposals[0].actualMinutes, 12.0);
    QCOMPARE(proposals[0].after.likely, 12.0);
    QCOMPARE(proposals[1].stepId, Id(2));
    QCOMPARE(proposals[1].actualMinutes, 28.0);
}

void TestRunEngine::aStoppedCommandFailsInTheNameOfWhoStoppedIt()
{
    Step announce = m_project->data().steps.at(1);
    announce.stepKind = StepKind::Command;
    announce.command.command = QStringLiteral("echo waiting; sleep 300");
    QVERIFY(edit::updateEntity(*m_project, QStringLiteral("Automate"), announce));
    TrustStore trust(m_dir->filePath(QStringLiteral("trust.json")));
    QVERIFY(
        trust.trust(m_path, m_project->data(), QStringLiteral("Ben"), m_project->now(), nullptr));
    m_session->setTrustStore(trust);
    m_session->setKillGrace(std::chrono::milliseconds(200));

    QSignalSpy output(m_session.get(), &RunSession::outputReceived);
    play(QStringLiteral("start 1 Ben"));
    QVERIFY(output.wait(10000));
    QString error;
    QVERIFY(!m_session->endRun(QStringLiteral("Ben"), QString(), &error));
    QCOMPARE(error, QStringLiteral("\u201cAnnounce\u201d is still running; stop it before ending "
                                   "the run."));
    QVERIFY(!m_session->failStep(1, QStringLiteral("Ben"), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("stop it to end it early")), qPrintable(error));
    QVERIFY2(m_session->stopStep(1, QStringLiteral("Dee"), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state().stateOf(1), StepRunState::Failed, 20000);
    const StepProgress *progress = m_session->state().step(1);
    QCOMPARE(progress->endedBy, QStringLiteral("Dee"));
    QCOMPARE(progress->lastNote, QStringLiteral("The command was stopped by hand, together with "
                                                "every process it started."));
    QCOMPARE(progress->lastOutput, QStringLiteral("waiting\n"));
    QVERIFY(!m_session->isStepLive(1));
}

QTEST_GUILESS_MAIN(TestRunEngine)

#include "tst_runengine.moc"
