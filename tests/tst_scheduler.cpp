#include "sample.h"
#include "scheduler.h"
#include "testutil.h"
#include "zonedtime.h"

#include <QRegularExpression>
#include <QTest>

using namespace uw;

namespace {

const QDateTime windowStart = test::utc(2026, 12, 5, 21);

/**
 * A document from a compact notation. Steps: "id:minutes[flags][@owner][<undone,ids]" with flags
 * x (disabled), e (execute phase), r (rollback phase); other steps are in the prepare phase.
 * Links: "pred[fs|ss|ff][+-lag]>succ", finish-to-start when no type is given.
 */
ProjectData network(const QString &steps, const QString &links = {})
{
    ProjectData data;
    static const QRegularExpression stepPattern(
        QStringLiteral(R"(^(\d+):(\d+(?:\.\d+)?)([xer]*)(?:@(\d+))?(?:<([\d,]+))?$)"));
    for (const QString &token : steps.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto match = stepPattern.match(token);
        Q_ASSERT(match.hasMatch());
        Step step;
        step.id = match.captured(1).toLongLong();
        step.title = QStringLiteral("Step %1").arg(step.id);
        const double minutes = match.captured(2).toDouble();
        step.estimate = {minutes, minutes, minutes};
        const QString flags = match.captured(3);
        step.enabled = !flags.contains(QLatin1Char('x'));
        step.phase = flags.contains(QLatin1Char('r'))   ? Phase::Rollback
                     : flags.contains(QLatin1Char('e')) ? Phase::Execute
                                                        : Phase::Prepare;
        step.ownerId = match.captured(4).toLongLong();
        for (const QString &id : match.captured(5).split(QLatin1Char(','), Qt::SkipEmptyParts))
            step.undoesStepIds.append(id.toLongLong());
        data.steps[step.id] = step;
    }
    static const QRegularExpression linkPattern(
        QStringLiteral(R"(^(\d+)(fs|ss|ff)?([+-]\d+(?:\.\d+)?)?>(\d+)$)"));
    Id linkId = 0;
    for (const QString &token : links.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto match = linkPattern.match(token);
        Q_ASSERT(match.hasMatch());
        const QString type = match.captured(2);
        data.links[++linkId] = {linkId, match.captured(1).toLongLong(),
                                match.captured(4).toLongLong(),
                                type == QLatin1String("ss")   ? LinkType::StartToStart
                                : type == QLatin1String("ff") ? LinkType::FinishToFinish
                                                              : LinkType::FinishToStart,
                                match.captured(3).toDouble()};
    }
    return data;
}

ProjectData chain(int length)
{
    ProjectData data;
    for (Id id = 1; id <= length; ++id) {
        Step step;
        step.id = id;
        step.title = QStringLiteral("Step %1").arg(id);
        step.estimate = {1, 2, 3};
        data.steps[id] = step;
        if (id > 1)
            data.links[id] = {id, id - 1, id, LinkType::FinishToStart, 0};
    }
    return data;
}

ScheduleOptions inWindow(double minutes, double reserve = 0, bool level = false)
{
    return {windowStart, windowStart.addSecs(qint64(minutes * 60)), reserve, level};
}

QList<Id> ids(const QString &text)
{
    QList<Id> result;
    for (const QString &id : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.append(id.toLongLong());
    return result;
}

} // namespace

/** The engine behind the Gantt, the point of no return and the CLI's schedule command. */
class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void criticalPathMethodMatchesTheTextbook_data();
    void criticalPathMethodMatchesTheTextbook();
    void disabledStepsTakeNoTimeButKeepTheOrder();
    void cyclesAreReportedWithTheirPath_data();
    void cyclesAreReportedWithTheirPath();
    void aTwentyThousandDeepChainIsScheduled();
    void levellingSerializesTheStepsOfOnePerson_data();
    void levellingSerializesTheStepsOfOnePerson();
    void pointOfNoReturnLeavesTimeToRollBack_data();
    void pointOfNoReturnLeavesTimeToRollBack();
    void rollbackStepsWithoutUndoJoinWithTheFirstExecuteWork();
    void explanationFollowsTheDrivingPredecessors();
    void windowsAcrossDaylightSavingChangesKeepTheirTrueLength_data();
    void windowsAcrossDaylightSavingChangesKeepTheirTrueLength();
    void theSampleFitsItsMaintenanceWindow();
};

void TestScheduler::criticalPathMethodMatchesTheTextbook_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("links");
    QTest::addColumn<QString>("expected"); // id:ES/EF/LS/LF/total slack/free slack
    QTest::addColumn<QString>("criticalPath");
    QTest::addColumn<double>("finish");

    QTest::newRow("finish-to-start network: slack on the short branch")
        << "1:3 2:4 3:2 4:5 5:1 6:2"
        << "1>2 1>3 2>4 3>5 4>6 5>6"
        << "1:0/3/0/3/0/0 2:3/7/3/7/0/0 3:3/5/9/11/6/0 4:7/12/7/12/0/0 5:5/6/11/12/6/6 "
           "6:12/14/12/14/0/0"
        << "1 2 4 6" << 14.0;
    QTest::newRow("start-to-start with lag overlaps the steps")
        << "1:10 2:6 3:3"
        << "1ss+2>2 2>3"
        << "1:0/10/0/10/0/0 2:2/8/2/8/0/0 3:8/11/8/11/0/0"
        << "1 2 3" << 11.0;
    QTest::newRow("finish-to-finish with lag holds the successor's finish")
        << "1:5 2:2"
        << "1ff+3>2"
        << "1:0/5/0/5/0/0 2:6/8/6/8/0/0"
        << "1 2" << 8.0;
    QTest::newRow("negative lag lets the successor start before the predecessor ends")
        << "1:10 2:4"
        << "1-3>2"
        << "1:0/10/0/10/0/0 2:7/11/7/11/0/0"
        << "1 2" << 11.0;
    QTest::newRow("a lead cannot start a step before the plan starts")
        << "1:2 2:5"
        << "1ss-4>2"
        << "1:0/2/3/5/3/3 2:0/5/0/5/0/0"
        << "2" << 5.0;
    QTest::newRow("independent steps: the longest one is critical")
        << "1:5 2:9 3:1" << QString() << "1:0/5/4/9/4/4 2:0/9/0/9/0/0 3:0/1/8/9/8/8"
        << "2" << 9.0;
}

void TestScheduler::criticalPathMethodMatchesTheTextbook()
{
    QFETCH(QString, steps);
    QFETCH(QString, links);
    QFETCH(QString, expected);
    QFETCH(QString, criticalPath);
    QFETCH(double, finish);

    const Scheduler scheduler(network(steps, links));
    QVERIFY(scheduler.isValid());
    const Schedule schedule = scheduler.schedule({windowStart, {}, 0, false});
    QVERIFY(schedule.valid);
    QCOMPARE(schedule.finishMinutes, finish);
    QCOMPARE(schedule.criticalPath, ids(criticalPath));
    for (const QString &token : expected.split(QLatin1Char(' '))) {
        const Id id = token.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QStringList values = token.section(QLatin1Char(':'), 1).split(QLatin1Char('/'));
        const StepTiming *timing = schedule.timing(id);
        QVERIFY(timing);
        const QList<double> actual{timing->earlyStart, timing->earlyFinish, timing->lateStart,
                                   timing->lateFinish, timing->totalSlack,  timing->freeSlack};
        for (int i = 0; i < actual.size(); ++i)
            QVERIFY2(qFuzzyCompare(1 + actual[i], 1 + values[i].toDouble()),
                     qPrintable(
                         QStringLiteral("step %1 value %2: %3").arg(id).arg(i).arg(actual[i])));
        QCOMPARE(timing->critical, timing->totalSlack == 0);
    }
}

void TestScheduler::disabledStepsTakeNoTimeButKeepTheOrder()
{
    const Scheduler scheduler(network(QStringLiteral("1:3 2:5x 3:2"), QStringLiteral("1>2 2+1>3")));
    const Schedule schedule = scheduler.schedule({windowStart, {}, 0, false});
    QVERIFY(!schedule.timing(2));
    QCOMPARE(schedule.steps.size(), 2);
    QCOMPARE(schedule.timing(3)->earlyStart, 4.0);
    QCOMPARE(schedule.timing(3)->drivingStepId, Id(1));
    QCOMPARE(schedule.criticalPath, ids(QStringLiteral("1 3")));
    QCOMPARE(schedule.finishMinutes, 6.0);
}

void TestScheduler::cyclesAreReportedWithTheirPath_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("links");
    QTest::addColumn<QString>("members");

    QTest::newRow("three steps in a ring") << "1:1 2:1 3:1 4:1"
                                           << "4>1 1>2 2>3 3>1"
                                           << "1 2 3";
    QTest::newRow("a step linked to itself") << "1:1 2:1"
                                             << "1>2 2>2"
                                             << "2";
    QTest::newRow("a ring with a step hanging off it") << "1:1 2:1 3:1"
                                                       << "2>3 3>2 3>1"
                                                       << "2 3";
    QTest::newRow("a ring of rollback steps") << "1:1e 2:1r<1 3:1r"
                                              << "2>3 3>2"
                                              << "2 3";
}

void TestScheduler::cyclesAreReportedWithTheirPath()
{
    QFETCH(QString, steps);
    QFETCH(QString, links);
    QFETCH(QString, members);

    const ProjectData data = network(steps, links);
    const Scheduler scheduler(data);
    QVERIFY(!scheduler.isValid());
    const Schedule schedule = scheduler.schedule({windowStart, {}, 0, false});
    QVERIFY(!schedule.valid);
    const QList<Id> cycle = schedule.cycle;
    QCOMPARE(cycle.first(), cycle.last());
    QList<Id> sorted = cycle.mid(1);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, ids(members));
    for (int i = 0; i + 1 < cycle.size(); ++i) {
        const bool linked = std::any_of(data.links.begin(), data.links.end(), [&](const auto &l) {
            return l.second.predecessorId == cycle[i] && l.second.successorId == cycle[i + 1];
        });
        QVERIFY2(linked, qPrintable(QStringLiteral("%1 -> %2").arg(cycle[i]).arg(cycle[i + 1])));
    }
    QVERIFY2(schedule.error.contains(QStringLiteral("cycle")), qPrintable(schedule.error));
    QVERIFY(schedule.error.contains(QStringLiteral("'Step %1'").arg(cycle.first())));
}

void TestScheduler::aTwentyThousandDeepChainIsScheduled()
{
    constexpr int length = 20000;
    ProjectData data = chain(length);
    const Scheduler scheduler(data);
    const Schedule schedule = scheduler.schedule(inWindow(50000));
    QCOMPARE(schedule.finishMinutes, 2.0 * length);
    QCOMPARE(schedule.criticalPath.size(), length);
    QCOMPARE(schedule.criticalPath.last(), Id(length));
    QCOMPARE(scheduler.explain(schedule, length).chain.size(), length);

    data.links[length + 1] = {length + 1, length, 1, LinkType::FinishToStart, 0};
    const Schedule cyclic = Scheduler(data).schedule(inWindow(50000));
    QVERIFY(!cyclic.valid);
    QCOMPARE(cyclic.cycle.size(), length + 1);
}

void TestScheduler::levellingSerializesTheStepsOfOnePerson_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("links");
    QTest::addColumn<QString>("starts"); // id:levelled start
    QTest::addColumn<QString>("delays"); // id:minutes:person:blocking step
    QTest::addColumn<double>("finish");

    QTest::newRow("two steps of one owner run one after the other, least slack first")
        << "1:5@7 2:10@7" << QString() << "1:10 2:0"
        << "1:10:7:2" << 15.0;
    QTest::newRow("steps of different owners still run in parallel")
        << "1:5@7 2:10@8" << QString() << "1:0 2:0" << QString() << 10.0;
    QTest::newRow("a successor inherits the delay without blaming anyone")
        << "1:10@7 2:5@7 3:5@8"
        << "2>3"
        << "1:0 2:10 3:15"
        << "2:10:7:1 3:10:0:0" << 20.0;
    QTest::newRow("a free slot before a booked step is used") << "1:10@7 2:10@7 3:5@7 4:30@8"
                                                              << "1>2 4>2"
                                                              << "1:0 2:30 3:10"
                                                              << "3:10:7:1" << 40.0;
    QTest::newRow("steps without an owner are not levelled")
        << "1:5 2:10" << QString() << "1:0 2:0" << QString() << 10.0;
}

void TestScheduler::levellingSerializesTheStepsOfOnePerson()
{
    QFETCH(QString, steps);
    QFETCH(QString, links);
    QFETCH(QString, starts);
    QFETCH(QString, delays);
    QFETCH(double, finish);

    const Scheduler scheduler(network(steps, links));
    const Schedule schedule = scheduler.schedule({windowStart, {}, 0, true});
    QVERIFY(schedule.levelled);
    QCOMPARE(schedule.finishMinutes, finish);
    for (const QString &token : starts.split(QLatin1Char(' '))) {
        const Id id = token.section(QLatin1Char(':'), 0, 0).toLongLong();
        QCOMPARE(schedule.timing(id)->start, token.section(QLatin1Char(':'), 1).toDouble());
    }
    QStringList actual;
    for (const LevellingDelay &delay : schedule.delays)
        actual.append(QStringLiteral("%1:%2:%3:%4")
                          .arg(delay.stepId)
                          .arg(delay.minutes)
                          .arg(delay.personId)
                          .arg(delay.blockingStepId));
    QCOMPARE(actual.join(QLatin1Char(' ')), delays);
}

void TestScheduler::pointOfNoReturnLeavesTimeToRollBack_data()
{
    QTest::addColumn<double>("window");
    QTest::addColumn<double>("reserve");
    QTest::addColumn<double>("pointOfNoReturn");
    QTest::addColumn<bool>("past");
    QTest::addColumn<bool>("fits");

    // Execute 1 (0-30) and 2 (30-60), verify 3 (60-80); rolling back 2 takes 20 minutes and
    // must come before rolling back 1 (10 minutes): 10 minutes after 30, 30 after 60.
    QTest::newRow("roomy window: rollback of everything ends well before the end")
        << 180.0 << 0.0 << 150.0 << false << true;
    QTest::newRow("tight window: no return once the second step finishes")
        << 85.0 << 0.0 << 60.0 << false << true;
    QTest::newRow("the reserve moves the point of no return before the last execute step")
        << 85.0 << 20.0 << 55.0 << true << false;
    QTest::newRow("the window holds the plan but not the rollback of its last execute step")
        << 80.0 << 15.0 << 55.0 << true << false;
    QTest::newRow("a window shorter than the work has no room for rollback either")
        << 35.0 << 0.0 << 30.0 << true << false;
}

void TestScheduler::pointOfNoReturnLeavesTimeToRollBack()
{
    QFETCH(double, window);
    QFETCH(double, reserve);
    QFETCH(double, pointOfNoReturn);
    QFETCH(bool, past);
    QFETCH(bool, fits);

    const Scheduler scheduler(
        network(QStringLiteral("1:30e 2:30e 3:20 4:10r<1 5:20r<2"), QStringLiteral("1>2 2>3 5>4")));
    const Schedule schedule = scheduler.schedule(inWindow(window, reserve));
    QCOMPARE(schedule.rollbackMinutes, 30.0);
    QCOMPARE(schedule.rollbackCriticalPath, ids(QStringLiteral("5 4")));
    QCOMPARE(schedule.lastExecuteStepId, Id(2));
    QCOMPARE(schedule.lastExecuteFinishMinutes, 60.0);
    QCOMPARE(schedule.pointOfNoReturnMinutes, pointOfNoReturn);
    QCOMPARE(schedule.pointOfNoReturnUtc(), windowStart.addSecs(qint64(pointOfNoReturn * 60)));
    QCOMPARE(schedule.pastPointOfNoReturn(), past);
    QCOMPARE(schedule.fits(), fits);
}

void TestScheduler::rollbackStepsWithoutUndoJoinWithTheFirstExecuteWork()
{
    // Prepare 1 (0-10), execute 2 (10-40); rollback 3 undoes 2, 4 checks health afterwards.
    const Scheduler scheduler(
        network(QStringLiteral("1:10 2:30e 3:15r<2 4:5r"), QStringLiteral("1>2 3>4")));
    QCOMPARE(scheduler.schedule(inWindow(60)).rollbackMinutes, 20.0);
    // 40 + 20 > 55: no return once step 2 is done; before, nothing needs undoing.
    QCOMPARE(scheduler.schedule(inWindow(55)).pointOfNoReturnMinutes, 40.0);
    QCOMPARE(scheduler.schedule(inWindow(100)).pointOfNoReturnMinutes, 80.0);
}

void TestScheduler::explanationFollowsTheDrivingPredecessors()
{
    const Scheduler scheduler(network(QStringLiteral("1:3@1 2:4@1 3:2 4:5 5:1 6:2"),
                                      QStringLiteral("1>2 1>3 2>4 3>5 4>6 5>6")));
    const Schedule schedule = scheduler.schedule({windowStart, {}, 0, false});
    const StepExplanation last = scheduler.explain(schedule, 6);
    QCOMPARE(last.chain, ids(QStringLiteral("6 4 2 1")));
    QVERIFY(last.critical);
    QVERIFY2(last.text.contains(QStringLiteral("'Step 1' → 'Step 2' → 'Step 4' → 'Step 6'")),
             qPrintable(last.text));
    QVERIFY(last.text.contains(QStringLiteral("critical path")));

    const StepExplanation branch = scheduler.explain(schedule, 5);
    QCOMPARE(branch.chain, ids(QStringLiteral("5 3 1")));
    QVERIFY(!branch.critical);
    QVERIFY2(branch.text.contains(QStringLiteral("6 min of slack")), qPrintable(branch.text));

    const Schedule levelled = scheduler.schedule({windowStart, {}, 0, true});
    const StepExplanation waiting = scheduler.explain(levelled, 1);
    QCOMPARE(waiting.chain, ids(QStringLiteral("1")));
    QVERIFY(scheduler.explain(schedule, 1).text.contains(QStringLiteral("beginning")));
    QVERIFY(scheduler.explain(schedule, 99).chain.isEmpty());
}

void TestScheduler::windowsAcrossDaylightSavingChangesKeepTheirTrueLength_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<QString>("pointOfNoReturn");

    // 22:00 to 06:00 on the clock: nine hours when clocks fall back, seven when they spring
    // forward. The plan: 60 minutes of execute work, rollback of 90 minutes, reserve 30.
    QTest::newRow("Berlin, clocks fall back")
        << QStringLiteral("Europe/Berlin") << test::utc(2026, 10, 24, 20)
        << test::utc(2026, 10, 25, 5) << 540.0 << QStringLiteral("Sun 2026-10-25 04:00 CET");
    QTest::newRow("Berlin, clocks spring forward")
        << QStringLiteral("Europe/Berlin") << test::utc(2026, 3, 28, 21)
        << test::utc(2026, 3, 29, 4) << 420.0 << QStringLiteral("Sun 2026-03-29 04:00 CEST");
    QTest::newRow("New York, clocks spring forward")
        << QStringLiteral("America/New_York") << test::utc(2026, 3, 8, 3)
        << test::utc(2026, 3, 8, 10) << 420.0 << QStringLiteral("Sun 2026-03-08 04:00 EDT");
    QTest::newRow("New York, clocks fall back")
        << QStringLiteral("America/New_York") << test::utc(2026, 11, 1, 2)
        << test::utc(2026, 11, 1, 11) << 540.0 << QStringLiteral("Sun 2026-11-01 04:00 EST");
}

void TestScheduler::windowsAcrossDaylightSavingChangesKeepTheirTrueLength()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(double, minutes);
    QFETCH(QString, pointOfNoReturn);

    const Scheduler scheduler(network(QStringLiteral("1:60e 2:90r<1")));
    const Schedule schedule = scheduler.schedule({start, end, 30, false});
    QCOMPARE(schedule.windowMinutes(), minutes);
    QCOMPARE(formatDuration(start.secsTo(end)), formatDuration(qint64(minutes * 60)));
    QCOMPARE(schedule.pointOfNoReturnMinutes, minutes - 120);
    QCOMPARE(formatInZone(schedule.pointOfNoReturnUtc(), zone, QLocale::c()), pointOfNoReturn);
    QVERIFY(schedule.fits());
}

void TestScheduler::theSampleFitsItsMaintenanceWindow()
{
    QString error;
    const auto data = sampleProject(&error);
    QVERIFY2(data, qPrintable(error));
    const Window &window = data->windows.at(1);
    const Scheduler scheduler(*data);
    const Schedule schedule = scheduler.schedule({window.startUtc, window.endUtc, 15, false});
    QVERIFY(schedule.valid);
    QCOMPARE(schedule.steps.size(), 28);
    QCOMPARE(schedule.criticalPath.first(), Id(1));
    QCOMPARE(schedule.criticalPath.last(), Id(28));
    QVERIFY(schedule.criticalPath.contains(18));
    // 22:00 to 04:00 Berlin time; the work ends at 02:04, the last execute step at 01:19.
    QCOMPARE(schedule.finishMinutes, 244.0);
    QCOMPARE(schedule.lastExecuteStepId, Id(25));
    QCOMPARE(schedule.lastExecuteFinishMinutes, 199.0);
    // Close the shop, 2 minutes' wait, revert the snapshot, start 13, reinstall the service,
    // health check, reopen: 62 minutes, so no return after 360 - 15 - 62 minutes (02:43).
    QCOMPARE(schedule.rollbackMinutes, 62.0);
    QCOMPARE(schedule.rollbackCriticalPath, ids(QStringLiteral("29 30 31 33 35 36")));
    QCOMPARE(schedule.pointOfNoReturnMinutes, 283.0);
    QVERIFY(schedule.pointOfNoReturnUtc() < window.endUtc);
    QVERIFY(schedule.fits());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
