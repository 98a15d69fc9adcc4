#include "compatibility.h"
#include "sample.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace uw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(uw::ProjectData)

/**
 * The compatibility check as an upgrade lead relies on it: every constraint in the current, the
 * target and the mixed states, an order that avoids the mixed states it can, cycles with their
 * paths, and the reach of a system for impact analysis.
 */
class TestCompatibility : public QObject
{
    Q_OBJECT

private slots:
    void findingsAndOrder_data();
    void findingsAndOrder();
    void conflictingNeedsAreGroupedWithTheirReason();
    void statusPerSystemAndDependencyIsTheWorstFinding();
    void cycles_data();
    void cycles();
    void impact_data();
    void impact();
    void twentyThousandDeepChainNeedsNoRecursion();
    void randomGraphOfTenThousandSystemsFinishesConsistently();
    void sampleUpgradesTheOrderServiceBeforeItsDatabase();
};

namespace {

/** Builds documents in a few lines; systems are named, ids follow creation. */
struct Builder
{
    ProjectData data;

    Id system(const QString &name, const QString &current, const QString &target = {},
              Level criticality = Level::Medium, const QStringList &processes = {})
    {
        System s;
        s.id = Id(data.systems.size()) + 1;
        s.name = name;
        s.currentVersion = current;
        s.targetVersion = target;
        s.criticality = criticality;
        s.businessProcesses = processes;
        data.systems[s.id] = s;
        return s.id;
    }
    Id id(const QString &name) const
    {
        for (const auto &[id, system] : data.systems) {
            if (system.name == name)
                return id;
        }
        return 0;
    }
    Id depend(Id dependant, Id dependency, const QString &constraint = {}, bool tolerated = false)
    {
        Dependency d;
        d.id = Id(data.dependencies.size()) + 1;
        d.dependentId = dependant;
        d.dependencyId = dependency;
        d.constraint = constraint;
        d.mixedVersionsTolerated = tolerated;
        data.dependencies[d.id] = d;
        return d.id;
    }
    Id rule(Id system, const QString &when, Id required, const QString &range)
    {
        CompatibilityRule r;
        r.id = Id(data.rules.size()) + 1;
        r.systemId = system;
        r.whenVersion = when;
        r.requiredSystemId = required;
        r.requiredRange = range;
        data.rules[r.id] = r;
        return r.id;
    }
};

/** "target violated App>DB" or "mid@0 unknown App>DB": compact enough to compare whole reports. */
QStringList findingSummary(const CompatibilityReport &report, const ProjectData &data)
{
    QStringList lines;
    for (const CompatibilityFinding &f : report.findings) {
        const QString state = f.state == CompatibilityState::Current ? u"current"_s
                              : f.state == CompatibilityState::Target
                                  ? u"target"_s
                                  : u"mid@%1"_s.arg(f.afterGroup);
        const QString status = f.status == ConstraintStatus::Violated  ? u"violated"_s
                               : f.status == ConstraintStatus::Unknown ? u"unknown"_s
                                                                       : u"satisfied"_s;
        lines.append(u"%1 %2 %3>%4"_s.arg(state, status, data.systems.at(f.systemId).name,
                                          data.systems.at(f.requiredSystemId).name));
    }
    return lines;
}

/** Groups as names joined by "+", in order. */
QStringList orderSummary(const CompatibilityReport &report, const ProjectData &data)
{
    QStringList groups;
    for (const UpgradeGroup &group : report.order) {
        QStringList names;
        for (Id id : group.systemIds)
            names.append(data.systems.at(id).name);
        groups.append(names.join(u'+'));
    }
    return groups;
}

QStringList pathNames(const DependencyCycle &cycle, const ProjectData &data)
{
    QStringList names;
    for (Id id : cycle.path)
        names.append(data.systems.at(id).name);
    return names;
}

/** Order service 4.8 stops at PostgreSQL 15; 5.0 needs 16: neither can go first. */
ProjectData conflictingPair()
{
    Builder b;
    const Id order = b.system(u"Order service"_s, u"4.8.2"_s, u"5.0.0"_s);
    const Id database = b.system(u"PostgreSQL"_s, u"13.14"_s, u"16.4"_s);
    b.depend(order, database, u">=13 <17"_s);
    b.rule(order, u"<5.0"_s, database, u"<16"_s);
    b.rule(order, u">=5.0"_s, database, u">=16"_s);
    return b.data;
}

} // namespace

void TestCompatibility::findingsAndOrder_data()
{
    QTest::addColumn<ProjectData>("data");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QString>("message"); // how the first finding's message begins
    const auto row = [](const char *name, const Builder &b, const QStringList &findings,
                        const QStringList &order, const QString &message = {}) {
        QTest::newRow(name) << b.data << findings << order << message;
    };

    {
        Builder b;
        b.depend(b.system(u"App"_s, u"1.0"_s), b.system(u"DB"_s, u"13.2"_s, u"16.4"_s), u"<16"_s);
        row("satisfied now, violated after", b, {u"target violated App>DB"_s}, {u"DB"_s},
            u"Target versions: App 1.0 needs DB <16, but it will be 16.4."_s);
    }
    {
        Builder b;
        b.depend(b.system(u"App"_s, u"1.0"_s), b.system(u"DB"_s, u"11.2"_s, u"13.1"_s), u">=13"_s);
        row("violated now, fixed after", b, {u"current violated App>DB"_s}, {u"DB"_s},
            u"Current versions: App 1.0 needs DB >=13, but it is 11.2."_s);
    }
    {
        Builder b;
        b.depend(b.system(u"App"_s, u"1.0"_s), b.system(u"DB"_s, u"11.2"_s, u"12.1"_s), u">=13"_s);
        row("violated now and after", b,
            {u"current violated App>DB"_s, u"target violated App>DB"_s}, {u"DB"_s});
    }
    {
        Builder b;
        b.depend(b.system(u"App"_s, u"1.0"_s, u"2.0"_s), b.system(u"DB"_s, u"13.2"_s, u"16.4"_s),
                 u"<16"_s);
        row("mixed state showing the target's problem is not repeated", b,
            {u"target violated App>DB"_s}, {u"DB"_s, u"App"_s});
    }
    {
        Builder b;
        const Id app = b.system(u"App"_s, u"4.8"_s, u"5.0"_s);
        const Id db = b.system(u"DB"_s, u"13.2"_s, u"16.4"_s);
        b.depend(app, db);
        b.rule(app, u"<5"_s, db, u"<16"_s);
        row("mid-change-only violation makes the dependant go first", b, {}, {u"App"_s, u"DB"_s});
    }
    {
        Builder b;
        const Id app = b.system(u"App"_s, u"4.8"_s, u"5.0"_s);
        const Id db = b.system(u"DB"_s, u"13.2"_s, u"16.4"_s);
        b.depend(app, db, {}, true);
        b.rule(app, u"<5"_s, db, u"<16"_s);
        row("tolerated mixing suppresses the mid-change check", b, {}, {u"DB"_s, u"App"_s});
    }
    {
        Builder b;
        const Id app = b.system(u"App"_s, u"4.8"_s, u"5.0"_s);
        const Id db = b.system(u"DB"_s, u"13.2"_s, u"latest"_s);
        b.depend(app, db);
        b.rule(app, u"<5"_s, db, u"<16"_s);
        row("mid-change state that cannot be read is reported at its step", b,
            {u"mid@0 unknown App>DB"_s}, {u"DB"_s, u"App"_s},
            u"Mid-change after step 1 (DB upgraded): cannot read version 'latest' of DB (version "
            "contains no digit), so 'App <5 needs DB <16' cannot be checked."_s);
    }
    {
        Builder b;
        b.rule(b.system(u"App"_s, u"4.8"_s), u"<5"_s, b.system(u"DB"_s, u"13.2"_s, u"16.4"_s),
               u"<16"_s);
        row("rule applies", b, {u"target violated App>DB"_s}, {u"DB"_s},
            u"Target versions: App 4.8 needs DB <16, but it will be 16.4."_s);
    }
    {
        Builder b;
        b.rule(b.system(u"App"_s, u"5.1"_s), u"<5"_s, b.system(u"DB"_s, u"13.2"_s, u"16.4"_s),
               u"<16"_s);
        row("rule does not apply", b, {}, {u"DB"_s});
    }
    {
        Builder b;
        b.rule(b.system(u"App"_s, u"4.8"_s), {}, b.system(u"DB"_s, u"13.2"_s), u">=14"_s);
        row("rule without condition always applies", b,
            {u"current violated App>DB"_s, u"target violated App>DB"_s}, {});
    }
    {
        Builder b;
        b.rule(b.system(u"App"_s, u"4.8"_s), u"<<5"_s, b.system(u"DB"_s, u"13.2"_s), u">=13"_s);
        row("rule with unreadable condition is unknown", b,
            {u"current unknown App>DB"_s, u"target unknown App>DB"_s}, {},
            u"Current versions: the condition '<<5' of the rule 'App <<5 needs DB >=13' cannot "
            "be read ("_s);
    }
    {
        Builder b;
        b.rule(b.system(u"App"_s, u"next"_s), u"<5"_s, b.system(u"DB"_s, u"13.2"_s), u">=13"_s);
        row("rule on a system with unreadable version is unknown", b,
            {u"current unknown App>DB"_s, u"target unknown App>DB"_s}, {});
    }
    {
        Builder b;
        b.depend(b.system(u"order service"_s, u"4.8.2"_s), b.system(u"Redis cache"_s, u"latest"_s),
                 u"^7.0"_s);
        row("unreadable version is unknown", b,
            {u"current unknown order service>Redis cache"_s,
             u"target unknown order service>Redis cache"_s},
            {},
            u"Current versions: cannot read version 'latest' of Redis cache (version contains no "
            "digit), so 'order service needs Redis cache ^7.0' cannot be checked."_s);
    }
    {
        Builder b;
        b.depend(b.system(u"App"_s, u"1.0"_s), b.system(u"DB"_s, u"13.2"_s), u">=13 <<16"_s);
        row("unparseable constraint is unknown", b,
            {u"current unknown App>DB"_s, u"target unknown App>DB"_s}, {},
            u"Current versions: the constraint '>=13 <<16' of App on DB cannot be read ("_s);
    }
    {
        Builder b;
        b.depend(b.system(u"Proxy"_s, u"2.6"_s), b.system(u"Certificate"_s, {}), u">=1"_s);
        b.depend(b.system(u"Shop"_s, u"7.1"_s), b.id(u"Certificate"_s));
        row("missing version is unknown only where a constraint needs it", b,
            {u"current unknown Proxy>Certificate"_s, u"target unknown Proxy>Certificate"_s}, {},
            u"Current versions: Certificate has no version recorded, so 'Proxy needs "
            "Certificate >=1' cannot be checked."_s);
    }
    {
        Builder b;
        b.system(u"charlie"_s, u"1"_s, u"2"_s);
        b.system(u"Alpha"_s, u"1"_s, u"2"_s);
        b.system(u"bravo"_s, u"1"_s, u"2"_s);
        b.system(u"Unchanged"_s, u"1"_s, u"1.0"_s);
        row("independent systems go by name, unchanged ones not at all", b, {},
            {u"Alpha"_s, u"bravo"_s, u"charlie"_s});
    }
    {
        Builder b;
        const Id a = b.system(u"A"_s, u"1"_s, u"2"_s);
        const Id bb = b.system(u"B"_s, u"1"_s, u"2"_s);
        const Id c = b.system(u"C"_s, u"1"_s, u"2"_s);
        b.depend(a, bb);
        b.depend(bb, c);
        b.depend(a, b.system(u"Middle"_s, u"1"_s));
        row("dependencies come first", b, {}, {u"C"_s, u"B"_s, u"A"_s});
    }
    QTest::newRow("conflicting needs are changed together")
        << conflictingPair() << QStringList{} << QStringList{u"Order service+PostgreSQL"_s}
        << QString();
}

void TestCompatibility::findingsAndOrder()
{
    QFETCH(ProjectData, data);
    QFETCH(QStringList, findings);
    QFETCH(QStringList, order);
    QFETCH(QString, message);
    const CompatibilityReport report = checkCompatibility(data);
    QCOMPARE(findingSummary(report, data), findings);
    QCOMPARE(orderSummary(report, data), order);
    QVERIFY(report.cycles.isEmpty());
    QCOMPARE(report.isClean(), findings.isEmpty());
    if (!message.isEmpty()) {
        QVERIFY2(report.findings.first().message.startsWith(message),
                 qPrintable(report.findings.first().message));
    }
}

void TestCompatibility::conflictingNeedsAreGroupedWithTheirReason()
{
    const CompatibilityReport report = checkCompatibility(conflictingPair());
    QCOMPARE(report.order.size(), 1);
    QCOMPARE(report.order.first().systemIds, (QList<Id>{1, 2}));
    QCOMPARE(report.order.first().reason,
             u"Order service 4.8.2 cannot run with PostgreSQL 16.4 and PostgreSQL 13.14 cannot "
             "serve Order service 5.0.0: change them together."_s);
    QVERIFY(report.findings.isEmpty());
}

void TestCompatibility::statusPerSystemAndDependencyIsTheWorstFinding()
{
    Builder b;
    const Id app = b.system(u"App"_s, u"1.0"_s);
    const Id db = b.system(u"DB"_s, u"13.2"_s, u"16.4"_s);
    const Id cache = b.system(u"Cache"_s, u"latest"_s);
    const Id queue = b.system(u"Queue"_s, u"3.11"_s);
    const Id lonely = b.system(u"Lonely"_s, u"1"_s);
    const Id toDb = b.depend(app, db, u"<16"_s);
    const Id toCache = b.depend(app, cache, u"^7"_s);
    const Id toQueue = b.depend(app, queue, u">=3.9"_s);
    const Id queueToCache = b.depend(queue, cache, u"^7"_s);
    const CompatibilityReport report = checkCompatibility(b.data);

    QCOMPARE(report.systems.at(app), SystemCompatibility::Violation);
    QCOMPARE(report.systems.at(db), SystemCompatibility::Violation);
    QCOMPARE(report.systems.at(cache), SystemCompatibility::Unknown);
    QCOMPARE(report.systems.at(queue), SystemCompatibility::Unknown);
    QCOMPARE(report.systems.at(lonely), SystemCompatibility::Ok);
    QCOMPARE(report.dependencies.at(toDb), ConstraintStatus::Violated);
    QCOMPARE(report.dependencies.at(toCache), ConstraintStatus::Unknown);
    QCOMPARE(report.dependencies.at(toQueue), ConstraintStatus::Satisfied);
    QCOMPARE(report.dependencies.at(queueToCache), ConstraintStatus::Unknown);
}

void TestCompatibility::cycles_data()
{
    QTest::addColumn<ProjectData>("data");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("findings");

    {
        Builder b;
        const Id a = b.system(u"A"_s, u"1"_s);
        const Id c = b.system(u"B"_s, u"1"_s);
        b.depend(a, c);
        b.depend(c, a);
        QTest::newRow("two systems need each other")
            << b.data << QStringList{u"A>B>A"_s} << QStringList{};
    }
    {
        Builder b;
        const Id c = b.system(u"C"_s, u"1"_s);
        const Id a = b.system(u"A"_s, u"1"_s);
        const Id bb = b.system(u"B"_s, u"1"_s);
        b.depend(a, bb);
        b.depend(bb, c);
        b.depend(c, a);
        b.depend(a, b.system(u"Leaf"_s, u"1"_s));
        QTest::newRow("three-cycle with its full path")
            << b.data << QStringList{u"A>B>C>A"_s} << QStringList{};
    }
    {
        Builder b;
        const Id a = b.system(u"A"_s, u"1"_s);
        b.depend(a, a);
        QTest::newRow("self-dependency") << b.data << QStringList{u"A>A"_s} << QStringList{};
    }
    {
        Builder b;
        const Id a = b.system(u"A"_s, u"1"_s);
        const Id c = b.system(u"B"_s, u"1"_s);
        const Id d = b.system(u"D"_s, u"1"_s);
        b.depend(a, c);
        b.depend(c, a);
        b.depend(c, c);
        b.depend(d, b.system(u"E"_s, u"1"_s));
        b.depend(b.system(u"F"_s, u"1"_s), b.system(u"G"_s, u"1"_s));
        b.depend(b.id(u"G"_s), b.id(u"F"_s));
        b.depend(d, a, u">=2"_s);
        QTest::newRow("several cycles, and the rest is still checked")
            << b.data << QStringList{u"A>B>A"_s, u"B>B"_s, u"F>G>F"_s}
            << QStringList{u"current violated D>A"_s, u"target violated D>A"_s};
    }
}

void TestCompatibility::cycles()
{
    QFETCH(ProjectData, data);
    QFETCH(QStringList, paths);
    QFETCH(QStringList, findings);
    const CompatibilityReport report = checkCompatibility(data);
    QStringList actual;
    for (const DependencyCycle &cycle : report.cycles)
        actual.append(pathNames(cycle, data).join(u'>'));
    QCOMPARE(actual, paths);
    QCOMPARE(findingSummary(report, data), findings);
    QVERIFY(!report.isClean());
}

void TestCompatibility::impact_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QStringList>("dependants");
    QTest::addColumn<QStringList>("needs");
    QTest::addColumn<QStringList>("processes");
    QTest::addColumn<int>("critical");

    // Shop and Reports need the API; the API needs the DB, which needs Storage; Batch needs
    // the DB directly and through the API.
    QTest::newRow("database") << u"DB"_s
                              << QStringList{u"API"_s, u"Batch"_s, u"Shop"_s, u"Reports"_s}
                              << QStringList{u"Storage"_s}
                              << QStringList{u"billing"_s, u"orders"_s, u"reporting"_s} << 2;
    QTest::newRow("top of the graph")
        << u"Shop"_s << QStringList{} << QStringList{u"API"_s, u"DB"_s, u"Storage"_s}
        << QStringList{u"orders"_s} << 0;
    QTest::newRow("bottom of the graph")
        << u"Storage"_s << QStringList{u"DB"_s, u"API"_s, u"Batch"_s, u"Shop"_s, u"Reports"_s}
        << QStringList{} << QStringList{u"billing"_s, u"orders"_s, u"reporting"_s} << 2;
    QTest::newRow("unknown system")
        << u"nothing"_s << QStringList{} << QStringList{} << QStringList{} << 0;
}

void TestCompatibility::impact()
{
    QFETCH(QString, system);
    QFETCH(QStringList, dependants);
    QFETCH(QStringList, needs);
    QFETCH(QStringList, processes);
    QFETCH(int, critical);

    Builder b;
    const Id shop = b.system(u"Shop"_s, u"1"_s, {}, Level::Critical, {u"orders"_s});
    const Id reports = b.system(u"Reports"_s, u"1"_s, {}, Level::Low, {u"reporting"_s});
    const Id api = b.system(u"API"_s, u"1"_s, {}, Level::Critical, {u"orders"_s});
    const Id batch = b.system(u"Batch"_s, u"1"_s, {}, Level::High, {u"billing"_s, u"orders"_s});
    const Id db = b.system(u"DB"_s, u"1"_s);
    const Id storage = b.system(u"Storage"_s, u"1"_s);
    b.depend(shop, api);
    b.depend(reports, api);
    b.depend(api, db);
    b.depend(batch, db);
    b.depend(batch, api);
    b.depend(db, storage);

    const Impact impact = impactOf(b.data, b.id(system));
    const auto names = [&](const QList<Id> &ids) {
        QStringList result;
        for (Id id : ids)
            result.append(b.data.systems.at(id).name);
        return result;
    };
    QCOMPARE(names(impact.dependants), dependants);
    QCOMPARE(names(impact.needs), needs);
    QCOMPARE(impact.businessProcesses, processes);
    QCOMPARE(impact.criticalDependants, critical);
}

void TestCompatibility::twentyThousandDeepChainNeedsNoRecursion()
{
    constexpr int depth = 20000;
    Builder b;
    for (int i = 0; i < depth; ++i)
        b.system(u"s%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"1.0"_s, u"2.0"_s);
    for (Id id = 1; id < depth; ++id)
        b.depend(id, id + 1, u">=1"_s);

    CompatibilityReport report = checkCompatibility(b.data);
    QVERIFY(report.findings.isEmpty());
    QVERIFY(report.cycles.isEmpty());
    QCOMPARE(report.order.size(), depth);
    QCOMPARE(report.order.first().systemIds, QList<Id>{depth});
    QCOMPARE(report.order.last().systemIds, QList<Id>{1});

    const Impact top = impactOf(b.data, 1);
    QCOMPARE(top.needs.size(), depth - 1);
    QCOMPARE(impactOf(b.data, depth).dependants.size(), depth - 1);

    // Closing the chain makes one cycle through every system.
    b.depend(depth, 1);
    report = checkCompatibility(b.data);
    QCOMPARE(report.cycles.size(), 1);
    QCOMPARE(report.cycles.first().path.size(), depth + 1);
    QCOMPARE(report.order.size(), depth);
}

void TestCompatibility::randomGraphOfTenThousandSystemsFinishesConsistently()
{
    constexpr int systems = 10000;
    QRandomGenerator random(4242);
    Builder b;
    const QStringList constraints{{}, u">=3"_s, u"<8"_s, u"^5.0 || ^6.0"_s, u"~4.2"_s, u">=x"_s};
    for (int i = 0; i < systems; ++i) {
        const int current = random.bounded(10);
        const QString target = random.bounded(3) ? u"%1.0"_s.arg(current + random.bounded(3))
                                                 : QString();
        b.system(u"system %1"_s.arg(i), u"%1.%2"_s.arg(current).arg(random.bounded(5)), target);
    }
    for (int i = 0; i < 3 * systems; ++i) {
        b.depend(random.bounded(1, systems + 1), random.bounded(1, systems + 1),
                 constraints.at(random.bounded(int(constraints.size()))), random.bounded(4) == 0);
    }
    for (int i = 0; i < systems / 10; ++i) {
        b.rule(random.bounded(1, systems + 1), u"<%1"_s.arg(random.bounded(10)),
               random.bounded(1, systems + 1), u">=%1"_s.arg(random.bounded(10)));
    }

    const CompatibilityReport report = checkCompatibility(b.data);
    std::set<Id> ordered;
    for (const UpgradeGroup &group : report.order) {
        QVERIFY(!group.systemIds.isEmpty());
        QCOMPARE(group.reason.isEmpty(), group.systemIds.size() == 1);
        for (Id id : group.systemIds)
            QVERIFY(ordered.insert(id).second);
    }
    std::set<std::pair<Id, Id>> edges;
    for (const auto &[id, dependency] : b.data.dependencies)
        edges.emplace(dependency.dependentId, dependency.dependencyId);
    QVERIFY(!report.cycles.isEmpty());
    for (const DependencyCycle &cycle : report.cycles) {
        QCOMPARE(cycle.path.first(), cycle.path.last());
        for (qsizetype i = 1; i < cycle.path.size(); ++i)
            QVERIFY(edges.count({cycle.path.at(i - 1), cycle.path.at(i)}));
    }
    for (const CompatibilityFinding &finding : report.findings) {
        QVERIFY(!finding.message.isEmpty());
        QVERIFY(finding.status != ConstraintStatus::Satisfied);
        QCOMPARE(finding.afterGroup >= 0, finding.state == CompatibilityState::MidChange);
    }
    QCOMPARE(report.systems.size(), size_t(systems));
}

void TestCompatibility::sampleUpgradesTheOrderServiceBeforeItsDatabase()
{
    QString error;
    const auto sample = sampleProject(&error);
    QVERIFY2(sample, qPrintable(error));
    const CompatibilityReport report = checkCompatibility(*sample);

    // Order service 4.8 supports PostgreSQL up to 15 only (a rule), so it moves to 5.0 before
    // the database moves to 16; likewise Report ETL 2.3 before the replica it reads from.
    QCOMPARE(orderSummary(report, *sample),
             (QStringList{u"Order service licence"_s, u"Order service"_s,
                          u"PostgreSQL primary (db-01)"_s, u"Report ETL"_s,
                          u"PostgreSQL replica (db-02)"_s}));
    QCOMPARE(findingSummary(report, *sample), QStringList{});
    // PostgreSQL archives through pgBackRest, which backs up PostgreSQL.
    QCOMPARE(report.cycles.size(), 1);
    QCOMPARE(pathNames(report.cycles.first(), *sample),
             (QStringList{u"pgBackRest backup"_s, u"PostgreSQL primary (db-01)"_s,
                          u"pgBackRest backup"_s}));
    for (const auto &[id, status] : report.systems)
        QCOMPARE(status, SystemCompatibility::Ok);
}

QTEST_GUILESS_MAIN(TestCompatibility)
#include "tst_compatibility.moc"
