#include "planconflicts.h"
#include "testutil.h"

#include <QTest>

using namespace uw;

namespace {

using test::utc;

Window window(Id id, const char *name, WindowKind kind, QDateTime start, QDateTime end,
              QList<Id> systems)
{
    return {id,  QString::fromUtf8(name),         kind,    start,
            end, QStringLiteral("Europe/Berlin"), systems, QString()};
}

Step step(Id id, Id owner, double minutes)
{
    Step result;
    result.id = id;
    result.title = QStringLiteral("Step %1").arg(id);
    result.ownerId = owner;
    result.estimate = {minutes, minutes, minutes};
    return result;
}

/**
 * A window 21:00-23:00 UTC (22:00-00:00 in Berlin) for db-01 and app-01. Miriam is there until
 * 23:00 UTC and runs steps 1, 2 and 5 one after another (0-60, 60-90, 90-150 minutes); Lukas,
 * always available, runs steps 3 and 4 at the same time; Wei's two touching shifts cover step 6.
 */
ProjectData plan()
{
    ProjectData data;
    data.systems[1].id = 1;
    data.systems[1].name = QStringLiteral("db-01");
    data.systems[2].id = 2;
    data.systems[2].name = QStringLiteral("app-01");
    data.systems[3].id = 3;
    data.systems[3].name = QStringLiteral("cache-01");
    data.people[1] = {1,
                      QStringLiteral("Miriam"),
                      RoleExecutor,
                      {},
                      {{utc(2026, 12, 5, 20), utc(2026, 12, 5, 23)}}};
    data.people[2] = {2, QStringLiteral("Lukas"), RoleExecutor, {}, {}};
    data.people[3] = {3,
                      QStringLiteral("Wei"),
                      RoleExecutor,
                      {},
                      {{utc(2026, 12, 5, 22), utc(2026, 12, 5, 23)},
                       {utc(2026, 12, 5, 21), utc(2026, 12, 5, 22)}}};
    const QDateTime start = utc(2026, 12, 5, 21);
    const QDateTime end = utc(2026, 12, 5, 23);
    data.windows[1] = window(1, "Saturday night", WindowKind::Maintenance, start, end, {1, 2});
    data.windows[2] = window(2, "Year-end freeze", WindowKind::ChangeFreeze,
                             utc(2026, 12, 5, 22, 30), utc(2027, 1, 4, 7), {1, 3});
    data.windows[3] = window(3, "Black Week", WindowKind::PeakUsage, utc(2026, 12, 1, 0),
                             utc(2026, 12, 6, 1), {3});
    data.windows[4] = window(4, "Network works", WindowKind::Blackout, utc(2026, 12, 5, 22),
                             utc(2026, 12, 5, 22, 15), {});
    data.windows[5] = window(5, "January freeze", WindowKind::ChangeFreeze, end,
                             utc(2027, 1, 10, 0), {1});
    data.windows[6] = window(6, "Other maintenance", WindowKind::Maintenance, start, end, {1});
    data.steps[1] = step(1, 1, 60);
    data.steps[2] = step(2, 1, 30);
    data.steps[3] = step(3, 2, 30);
    data.steps[4] = step(4, 2, 20);
    data.steps[5] = step(5, 1, 60);
    data.steps[6] = step(6, 3, 90);
    data.links[1] = {1, 1, 2, LinkType::FinishToStart, 0};
    data.links[2] = {2, 2, 5, LinkType::FinishToStart, 0};
    return data;
}

QList<Conflict> conflictsOf(const ProjectData &data, bool level)
{
    const Window &planned = data.windows.at(1);
    const Schedule schedule = Scheduler(data).schedule({planned.startUtc, planned.endUtc, 0, level});
    return findConflicts(data, planned, schedule, QLocale::c());
}

} // namespace

/** Conflicts are what stops a change board from approving a plan: each names what and where. */
class TestPlanConflicts : public QObject
{
    Q_OBJECT

private slots:
    void eachConflictNamesWhatAndWhere_data();
    void eachConflictNamesWhatAndWhere();
    void nothingElseIsReported();
    void levellingRemovesDoubleBookings();
    void aCycleIsTheOnlyConflictOfAPlanWithoutSchedule();
};

void TestPlanConflicts::eachConflictNamesWhatAndWhere_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<Id>>("ids");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("the window overlaps a freeze of a system it touches")
        << "window_overlap" << QList<Id>{1, 2}
        << QStringList{QStringLiteral("'Saturday night'"), QStringLiteral("change freeze"),
                       QStringLiteral("'Year-end freeze'"),
                       QStringLiteral("from Sat 2026-12-05 23:30 CET to Sun 2026-12-06 00:00 CET"),
                       QStringLiteral("on db-01.")};
    QTest::newRow("a blackout without systems affects every system")
        << "window_overlap" << QList<Id>{1, 4}
        << QStringList{QStringLiteral("blackout"), QStringLiteral("'Network works'"),
                       QStringLiteral("from Sat 2026-12-05 23:00 CET to Sat 2026-12-05 23:15 CET"),
                       QStringLiteral("on db-01, app-01.")};
    QTest::newRow("the owner has gone home before the step ends")
        << "owner_unavailable" << QList<Id>{5, 1}
        << QStringList{QStringLiteral("'Step 5'"), QStringLiteral("Miriam"),
                       QStringLiteral("from Sat 2026-12-05 23:30 CET to Sun 2026-12-06 00:30 CET")};
    QTest::newRow("one person booked on two steps at once")
        << "double_booking" << QList<Id>{2, 3, 4}
        << QStringList{QStringLiteral("Lukas"), QStringLiteral("'Step 3' and 'Step 4'"),
                       QStringLiteral("from Sat 2026-12-05 22:00 CET to Sat 2026-12-05 22:20 CET")};
    QTest::newRow("a step runs past the window end")
        << "past_window_end" << QList<Id>{5, 1}
        << QStringList{QStringLiteral("'Step 5' finishes at Sun 2026-12-06 00:30 CET"),
                       QStringLiteral("'Saturday night' ends at Sun 2026-12-06 00:00 CET")};
}

void TestPlanConflicts::eachConflictNamesWhatAndWhere()
{
    QFETCH(QString, kind);
    QFETCH(QList<Id>, ids);
    QFETCH(QStringList, messageParts);

    const QList<Conflict> conflicts = conflictsOf(plan(), false);
    const auto found = std::find_if(conflicts.begin(), conflicts.end(), [&](const Conflict &c) {
        return conflictKindKey(c.kind) == kind && c.ids == ids;
    });
    QVERIFY(found != conflicts.end());
    for (const QString &part : messageParts)
        QVERIFY2(found->message.contains(part), qPrintable(found->message));
}

void TestPlanConflicts::nothingElseIsReported()
{
    // Not the peak on another system, the freeze after the window, another maintenance
    // window, or Wei's step covered by two touching shifts.
    QStringList kinds;
    for (const Conflict &conflict : conflictsOf(plan(), false))
        kinds.append(conflictKindKey(conflict.kind));
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("window_overlap"), QStringLiteral("window_overlap"),
                          QStringLiteral("owner_unavailable"), QStringLiteral("double_booking"),
                          QStringLiteral("past_window_end")}));
}

void TestPlanConflicts::levellingRemovesDoubleBookings()
{
    for (const Conflict &conflict : conflictsOf(plan(), true))
        QVERIFY(conflict.kind != ConflictKind::DoubleBooking);
}

void TestPlanConflicts::aCycleIsTheOnlyConflictOfAPlanWithoutSchedule()
{
    ProjectData data = plan();
    data.links[3] = {3, 5, 1, LinkType::FinishToStart, 0};
    const QList<Conflict> conflicts = conflictsOf(data, false);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().kind, ConflictKind::Cycle);
    QCOMPARE(conflicts.first().ids.size(), 4);
    QVERIFY(conflicts.first().message.contains(QStringLiteral("'Step 5'")));
}

QTEST_GUILESS_MAIN(TestPlanConflicts)
#include "tst_planconflicts.moc"
