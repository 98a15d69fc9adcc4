#include "testutil.h"
#include "verdict.h"

#include <QTest>

using namespace uw;

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void aFittingApprovedPlanIsGo();
    void eachBlockerMakesItNoGo_data();
    void eachBlockerMakesItNoGo();
    void risksMakeItGoWithRisks();
    void onlyASuccessfulRehearsalCounts();
    void figuresComeFromTheAnalysis();
    void keysAreStable();

private:
    /** smallRunbook with an approval given and low risk: nothing stands in the way. */
    static ProjectData readyProject();
    static Verdict assess(const ProjectData &data, const VerdictContext &context = before());
    static VerdictContext before() { return {test::utc(2026, 12, 1, 12), true}; }
    static QStringList kinds(const QList<VerdictReason> &reasons);
};

ProjectData TestVerdict::readyProject()
{
    ProjectData data = test::smallRunbook();
    data.change.risk = Level::Low;
    Approval approval;
    approval.id = 1;
    approval.personId = 1;
    approval.decision = ApprovalDecision::Approved;
    data.approvals[1] = approval;
    return data;
}

Verdict TestVerdict::assess(const ProjectData &data, const VerdictContext &context)
{
    PlanAnalysisOptions options;
    options.iterations = 200;
    options.clock = fixedClock(context.nowUtc);
    PlanAnalysis analysis = analysePlan(data, options);
    if (analysis.schedule.valid)
        simulatePlan(data, options, analysis);
    return assessChange(data, analysis, checkCompatibility(data), context);
}

QStringList TestVerdict::kinds(const QList<VerdictReason> &reasons)
{
    QStringList keys;
    for (const VerdictReason &reason : reasons)
        keys.append(verdictKindKey(reason.kind));
    return keys;
}

void TestVerdict::aFittingApprovedPlanIsGo()
{
    const Verdict verdict = assess(readyProject());
    QVERIFY2(verdict.blockers.isEmpty(), qPrintable(kinds(verdict.blockers).join(u',')));
    // Low risk needs no rehearsal, but never having rehearsed is still worth saying.
    QCOMPARE(kinds(verdict.risks), QStringList{QStringLiteral("no-rehearsal")});
    QCOMPARE(verdict.decision, GoDecision::GoWithRisks);
    QCOMPARE(goDecisionKey(verdict.decision), QStringLiteral("go-with-risks"));
    QVERIFY(verdict.headline().startsWith(QStringLiteral("Go with risks: ")));
}

void TestVerdict::eachBlockerMakesItNoGo_data()
{
    QTest::addColumn<ProjectData>("data");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    const QDateTime early = before().nowUtc;

    ProjectData empty = readyProject();
    empty.steps.clear();
    empty.links.clear();
    QTest::newRow("no steps") << empty << early << true << "no-steps"
                              << "The runbook has no steps yet.";
    ProjectData noWindow = readyProject();
    noWindow.windows.clear();
    QTest::newRow("no window") << noWindow << early << true << "no-window"
                               << "There is no maintenance window to plan into: add one.";
    QTest::newRow("window over")
        << readyProject() << test::utc(2026, 12, 6, 3) << true << "window-over"
        << "The window \"Saturday night\" ended at Sun 2026-12-06 02:00 UTC: choose or add a "
           "window that is still ahead.";
    ProjectData tooLong = readyProject();
    tooLong.steps[3].estimate = {300, 300, 300};
    QTest::newRow("finish after the window")
        << tooLong << early << true << "finish-past-window-end"
        << "The plan finishes at Sun 2026-12-06 03:55 UTC, after the window ends at Sun "
           "2026-12-06 02:00 UTC.";
    ProjectData cycle = readyProject();
    for (Id id : {1, 2}) {
        System system;
        system.id = id;
        system.name = id == 1 ? QStringLiteral("api") : QStringLiteral("db");
        cycle.systems[id] = system;
    }
    cycle.dependencies[1] = {1, 1, 2, DependencyKind::Runtime, {}, false, {}};
    cycle.dependencies[2] = {2, 2, 1, DependencyKind::Runtime, {}, false, {}};
    QTest::newRow("dependency cycle")
        << cycle << early << true << "dependency-cycle"
        << "The systems depend on each other in a circle, so no upgrade order exists: api → db "
           "→ api.";
    ProjectData pending = readyProject();
    pending.approvals[1].decision = ApprovalDecision::Pending;
    QTest::newRow("approval missing") << pending << early << true << "approval-missing"
                                      << "0 of 1 approvals given; waiting for Ana.";
    ProjectData rejected = readyProject();
    rejected.approvals[1].decision = ApprovalDecision::Rejected;
    rejected.approvals[1].comment = QStringLiteral("not before the audit");
    QTest::newRow("approval rejected") << rejected << early << true << "approval-rejected"
                                       << "Ana rejected the change: not before the audit";
    ProjectData risky = readyProject();
    risky.change.risk = Level::High;
    QTest::newRow("high risk without rehearsal")
        << risky << early << true << "no-rehearsal"
        << "A change of this risk needs a successful rehearsal first; there is none yet.";
    QTest::newRow("untrusted commands")
        << readyProject() << early << false << "untrusted-commands"
        << "What the project runs and reaches (commands, checks, metric servers) has not been "
           "reviewed and trusted on this computer, so its automated steps and those metrics "
           "cannot run.";
}

void TestVerdict::eachBlockerMakesItNoGo()
{
    QFETCH(ProjectData, data);
    QFETCH(QDateTime, now);
    QFETCH(bool, trusted);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const Verdict verdict = assess(data, {now, trusted});
    QCOMPARE(verdict.decision, GoDecision::NoGo);
    QVERIFY2(kinds(verdict.blockers).contains(kind), qPrintable(kinds(verdict.blockers).join(u',')));
    bool found = false;
    for (const VerdictReason &blocker : verdict.blockers)
        found |= verdictKindKey(blocker.kind) == kind && blocker.message == message;
    QVERIFY2(found, qPrintable(verdict.headline()));
    QVERIFY(verdict.headline().startsWith(QStringLiteral("No-go: ")));
}

void TestVerdict::risksMakeItGoWithRisks()
{
    ProjectData data = readyProject();
    data.approvals.clear();
    // Pessimistic enough that most simulated runs miss the window.
    data.steps[3].estimate.pessimistic = 400;
    const Verdict verdict = assess(data);
    QVERIFY2(verdict.blockers.isEmpty(), qPrintable(kinds(verdict.blockers).join(u',')));
    QVERIFY(kinds(verdict.risks).contains(QStringLiteral("no-approver")));
    QVERIFY(kinds(verdict.risks).contains(QStringLiteral("low-fit-probability")));
    QCOMPARE(verdict.decision, GoDecision::GoWithRisks);
}

void TestVerdict::onlyASuccessfulRehearsalCounts()
{
    ProjectData data = readyProject();
    data.change.risk = Level::High;
    Run run;
    run.id = 1;
    run.runKind = RunKind::Rehearsal;
    run.startedAtUtc = test::utc(2026, 11, 20, 20);
    run.endedAtUtc = test::utc(2026, 11, 20, 22);
    data.runs[1] = run;
    const auto event = [](Id id, RunEventType type, Id step, const QString &decision = {}) {
        RunEvent e;
        e.id = id;
        e.runId = 1;
        e.type = type;
        e.stepId = step;
        e.decision = decision;
        e.timeUtc = test::utc(2026, 11, 20, 21);
        return e;
    };
    data.runEvents = {event(1, RunEventType::StepFinished, 1),
                      event(2, RunEventType::StepFailed, 3)};
    QVERIFY(!hasSuccessfulRehearsal(data));
    QCOMPARE(assess(data).decision, GoDecision::NoGo);

    data.runEvents.append(event(3, RunEventType::StepFinished, 3));
    QVERIFY(hasSuccessfulRehearsal(data));
    QVERIFY(!kinds(assess(data).blockers).contains(QStringLiteral("no-rehearsal")));

    data.runEvents.append(event(4, RunEventType::Decision, 0, QStringLiteral("rollback")));
    QVERIFY(!hasSuccessfulRehearsal(data));
    data.runEvents.removeLast();
    data.runs[1].runKind = RunKind::Production;
    QVERIFY(!hasSuccessfulRehearsal(data));
}

void TestVerdict::figuresComeFromTheAnalysis()
{
    const ProjectData data = readyProject();
    PlanAnalysisOptions options;
    options.iterations = 200;
    options.clock = fixedClock(before().nowUtc);
    PlanAnalysis analysis = analysePlan(data, options);
    simulatePlan(data, options, analysis);
    const Verdict verdict = assessChange(data, analysis, checkCompatibility(data), before());
    QCOMPARE(verdict.plannedFinishUtc, analysis.schedule.finishUtc());
    QCOMPARE(verdict.pointOfNoReturnUtc, analysis.schedule.pointOfNoReturnUtc());
    QCOMPARE(verdict.rollbackMinutes, analysis.schedule.rollbackMinutes);
    QCOMPARE(verdict.p80Utc, analysis.simulation.p80Utc);
    QCOMPARE(verdict.fitProbability, analysis.simulation.fitProbability);
    QCOMPARE(verdict.zone, QStringLiteral("UTC"));
    QVERIFY(verdict.simulated);
}

void TestVerdict::keysAreStable()
{
    QCOMPARE(goDecisionKey(GoDecision::Go), QStringLiteral("go"));
    QCOMPARE(goDecisionKey(GoDecision::NoGo), QStringLiteral("no-go"));
    QCOMPARE(verdictKindKey(VerdictKind::DependencyCycle), QStringLiteral("dependency-cycle"));
    QCOMPARE(verdictKindKey(VerdictKind::UntrustedCommands), QStringLiteral("untrusted-commands"));
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
