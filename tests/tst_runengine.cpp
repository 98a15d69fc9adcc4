#include "commands.h"
#include "projectfile.h"
#include "runaudit.h"
#include "runenginetest.h"
#include "runfixture.h"
#include "runrules.h"
#include "runscript.h"
#include "runsession.h"
#include "runsummary.h"
#include "scheduler.h"
#include "testutil.h"

#include "audit.h"

#include <QSignalSpy>
#include <QTest>

using namespace uw;

/** The run engine: the step state machine, gates, rollback and the audited event chain. */
class TestRunEngine : public test::RunEngineTest
{
    Q_OBJECT

private slots:
    void stepsMoveThroughTheStateMachine_data();
    void stepsMoveThroughTheStateMachine();
    void retriesCountAsAttempts();
    void aFailedThenSkippedStepCountsAsBothEverywhere();
    void aGateWithANamedApproverWaitsForThatPerson();
    void aRunningStepIsInterruptedAfterReopening();
    void aFreshReplayNeverTrustsARunningStep();
    void rollbackRunsTheUndoOfStartedWorkOnly_data();
    void rollbackRunsTheUndoOfStartedWorkOnly();
    void rollbackOfRunningWorkWaitsUntilItStops();
    void everyRunEventIsInTheHashChain();
    void tamperedRunEventsAreFound_data();
    void tamperedRunEventsAreFound();
    void aRehearsalProposesEstimates();
    void aStoppedCommandFailsInTheNameOfWhoStoppedIt();
};

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

void TestRunEngine::aFailedThenSkippedStepCountsAsBothEverywhere()
{
    play(QStringLiteral("at 20:01; start 1 Ben; at 20:05; fail 1 Ben; at 20:06; skip 1 Ben"));
    const StepProgress *progress = m_session->state().step(1);
    QVERIFY(progress);
    QCOMPARE(progress->state, StepRunState::Skipped);
    QCOMPARE(progress->failures, 1);
    QCOMPARE(stepOutcomeName(*progress), QStringLiteral("skipped after 1 failure"));
    const RunTally tally = tallyRun(m_session->state());
    QCOMPARE(tally.skipped, 1);
    QCOMPARE(tally.failed, 0);
    QCOMPARE(tally.failures, 1);
    // The summary's count and its list of failures agree.
    const QString summary = runSummaryText(m_project->data(), m_session->state(),
                                           m_session->state().runId, QStringLiteral("UTC"));
    QVERIFY2(summary.contains(QStringLiteral("1 skipped, 0 failed")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Failures during the run: 1")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("failed (Ben)")), qPrintable(summary));
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
