#include "runenginetest.h"
#include "runprojection.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>

using namespace uw;

/** What a run raises while it goes (rollback triggers) and what it projects from progress. */
class TestRunTriggers : public test::RunEngineTest
{
    Q_OBJECT

private slots:
    void aCriticalFailureTriggersUntilAnswered();
    void aNonCriticalFailureTriggersNothing();
    void aMetricBreachTriggersUntilAnswered();
    void lateRunsTriggerOnceEach();
    void finishingLateWithoutExecuteWorkLeftTriggersOnlyTheWindowEnd();
    void projectionFollowsActualProgress_data();
    void projectionFollowsActualProgress();
};

void TestRunTriggers::aMetricBreachTriggersUntilAnswered()
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

void TestRunTriggers::aCriticalFailureTriggersUntilAnswered()
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

void TestRunTriggers::aNonCriticalFailureTriggersNothing()
{
    play(QStringLiteral("start 1 Ben; fail 1 Ben"));
    QVERIFY(m_session->triggers().isEmpty());
}

void TestRunTriggers::lateRunsTriggerOnceEach()
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
    QCOMPARE(triggers[1].message, QStringLiteral("The projected finish Sat 2026-12-05 23:10 UTC "
                                                 "is after the window's end Sat 2026-12-05 23:00 "
                                                 "UTC."));
    // People read the times on the window's clock, with its abbreviation.
    RunProjection inBerlin = m_session->projection();
    inBerlin.timeZone = QStringLiteral("Europe/Berlin");
    QCOMPARE(pendingTriggers(m_session->state(), inBerlin)[1].message,
             QStringLiteral("The projected finish Sun 2026-12-06 00:10 CET is after the window's "
                            "end Sun 2026-12-06 00:00 CET."));

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

    // The accepted finish was 23:10; once the projection slips well past it, the late finish
    // asks again (the point of no return, answered once, does not).
    m_now = test::utc(2026, 12, 5, 23, 40);
    m_session->checkTriggers();
    triggers = m_session->triggers();
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers[0].kind, TriggerKind::FinishPastWindowEnd);
    QVERIFY2(triggers[0].message.contains(QStringLiteral("later than the finish accepted")),
             qPrintable(triggers[0].message));
}

void TestRunTriggers::finishingLateWithoutExecuteWorkLeftTriggersOnlyTheWindowEnd()
{
    play(QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; finish 2 Ben; go 3 Ada; "
                        "start 4 Ben; finish 4 Ben; start 5 Ben; finish 5 Ben; at 22:55; "
                        "start 6 Ben"));
    const QList<RollbackTrigger> triggers = m_session->triggers();
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers[0].kind, TriggerKind::FinishPastWindowEnd);
}

void TestRunTriggers::projectionFollowsActualProgress_data()
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

void TestRunTriggers::projectionFollowsActualProgress()
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

QTEST_GUILESS_MAIN(TestRunTriggers)
#include "tst_runtriggers.moc"
