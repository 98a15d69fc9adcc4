#include "projectjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace uw;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

/** Every entity kind once or twice, every field away from its default, so nothing can be lost. */
ProjectData fullProject()
{
    ProjectData data;
    Change &change = data.change;
    change.title = u"Move orders to PostgreSQL 16"_s;
    change.purpose = u"Stay on a supported database; \"quotes\", ümlauts and 中文 survive."_s;
    change.reason = ReasonCategory::SecurityFix;
    change.urgency = Level::High;
    change.risk = Level::Critical;
    change.rollout = RolloutStrategy::BlueGreen;
    change.fromSummary = u"PostgreSQL 13.14"_s;
    change.toSummary = u"PostgreSQL 16.4"_s;
    change.timeZone = u"Europe/Berlin"_s;

    System db;
    db.id = 10;
    db.name = u"db-primary"_s;
    db.systemKind = SystemKind::Database;
    db.environment = QStringLiteral("Staging");
    db.site = u"Frankfurt DC1"_s;
    db.currentVersion = u"13.14"_s;
    db.targetVersion = u"16.4"_s;
    db.criticality = Level::Critical;
    db.owner = u"Data platform team"_s;
    db.businessProcesses = {u"order intake"_s, u"payment"_s};
    db.peakUsage = u"weekdays 18:00-21:00"_s;
    db.attributes = {{u"cpu"_s, u"16"_s}, {u"memory"_s, u"64 GiB"_s}};
    db.configurationItems = {{u"PGPORT"_s, u"5432"_s, ConfigValueSource::Plain},
                             {u"PGPASSWORD"_s, u"ORDERS_DB_PASSWORD"_s,
                              ConfigValueSource::EnvironmentVariable},
                             {u"replication key"_s, u"orders-replication"_s,
                              ConfigValueSource::Keychain}};
    db.notes = u"multi\nline"_s;
    data.systems.emplace(db.id, db);

    System app;
    app.id = 20;
    app.name = u"order-service"_s;
    app.systemKind = SystemKind::Application;
    app.environment = QStringLiteral("Pilot");
    app.site = u"Frankfurt DC2"_s;
    app.currentVersion = u"4.8.2"_s;
    app.targetVersion = u"5.0.0"_s;
    app.criticality = Level::High;
    app.owner = u"Order team"_s;
    app.businessProcesses = {u"fulfilment"_s};
    app.peakUsage = u"Black Friday"_s;
    app.attributes = {{u"replicas"_s, u"3"_s}};
    app.configurationItems = {{u"CI-0815"_s, {}, ConfigValueSource::Plain}};
    app.notes = u"stateless"_s;
    data.systems.emplace(app.id, app);

    Dependency dependency;
    dependency.id = 5;
    dependency.dependentId = app.id;
    dependency.dependencyId = db.id;
    dependency.dependencyKind = DependencyKind::Data;
    dependency.constraint = u">=13 <16"_s;
    dependency.mixedVersionsTolerated = true;
    dependency.note = u"JDBC driver 42.x"_s;
    data.dependencies.emplace(dependency.id, dependency);

    CompatibilityRule rule;
    rule.id = 7;
    rule.systemId = app.id;
    rule.whenVersion = u">=5.0"_s;
    rule.requiredSystemId = db.id;
    rule.requiredRange = u">=14"_s;
    rule.source = u"vendor matrix 2026-03"_s;
    data.rules.emplace(rule.id, rule);

    Person lead;
    lead.id = 3;
    lead.name = u"Anna Lead"_s;
    lead.roles = RoleApprover | RoleLead;
    lead.contact = u"+49 69 123"_s;
    lead.availability = {{utc(2026, 12, 5, 18, 0), utc(2026, 12, 6, 6, 0)},
                         {utc(2026, 12, 7, 8, 0), utc(2026, 12, 7, 16, 30)}};
    data.people.emplace(lead.id, lead);

    Person engineer;
    engineer.id = 4;
    engineer.name = u"Ben Engineer"_s;
    engineer.roles = RoleExecutor | RoleVerifier;
    engineer.contact = u"ben@example.org"_s;
    engineer.availability = {{utc(2026, 12, 5, 20, 0), utc(2026, 12, 6, 4, 0)}};
    data.people.emplace(engineer.id, engineer);

    Approval approval;
    approval.id = 8;
    approval.personId = lead.id;
    approval.decision = ApprovalDecision::Approved;
    approval.decidedAtUtc = utc(2026, 12, 1, 9, 15, 30, 250);
    approval.comment = u"go"_s;
    data.approvals.emplace(approval.id, approval);

    Window window;
    window.id = 9;
    window.name = u"Saturday night"_s;
    window.windowKind = WindowKind::Blackout;
    window.startUtc = utc(2026, 12, 5, 21, 0);
    window.endUtc = utc(2026, 12, 6, 3, 0);
    window.timeZone = u"Europe/Berlin"_s;
    window.systemIds = {db.id, app.id};
    window.notes = u"agreed with the business"_s;
    data.windows.emplace(window.id, window);

    Metric metric;
    metric.id = 12;
    metric.name = u"error rate"_s;
    metric.source = MetricSource::Prometheus;
    metric.query = u"sum(rate(errors[5m]))"_s;
    metric.serverUrl = u"https://prometheus.example.org"_s;
    metric.tokenVariable = u"PROM_TOKEN"_s;
    metric.unit = u"%"_s;
    metric.intervalSeconds = 30;
    metric.key = true;
    metric.baseline = {{utc(2026, 11, 28, 21, 0), utc(2026, 11, 29, 3, 0)}, 0.4, 0.1, 0.9, true};
    metric.thresholds = {{Threshold::Comparison::Below, 0.25, true, 2.5, true},
                         {Threshold::Comparison::Above, 1e-3, false, 0, false}};
    data.metrics.emplace(metric.id, metric);

    Step gate;
    gate.id = 11;
    gate.title = u"Go/no-go"_s;
    gate.instructions = u"Decide."_s;
    gate.phase = Phase::Verify;
    gate.stepKind = StepKind::Gate;
    gate.systemIds = {db.id};
    gate.ownerId = engineer.id;
    gate.verifierId = lead.id;
    gate.estimate = {5, 10.5, 20};
    gate.enabled = false;
    gate.position = 3;
    gate.command = {u"pg_isready -h db-primary"_s,
                    60,
                    1,
                    u"accepting"_s,
                    {u"PGPORT"_s, u"PGPASSWORD"_s}};
    gate.http = {u"https://orders.example.org/health"_s, u"HEAD"_s, 204, u"ok"_s, 10, false};
    gate.criticality = StepCriticality::NotCritical;
    gate.reversible = false;
    gate.rollbackLoss = u"orders taken since"_s;
    gate.metricCheck = {metric.id, u"< 2"_s};
    gate.approverId = lead.id;
    data.steps.emplace(gate.id, gate);

    Step undo;
    undo.id = 13;
    undo.title = u"Restore"_s;
    undo.phase = Phase::Rollback;
    undo.stepKind = StepKind::Command;
    undo.estimate = {0, 0, 0.5};
    undo.undoesStepIds = {gate.id};
    undo.criticality = StepCriticality::Critical;
    data.steps.emplace(undo.id, undo);

    StepLink link;
    link.id = 14;
    link.predecessorId = gate.id;
    link.successorId = undo.id;
    link.type = LinkType::StartToStart;
    link.lagMinutes = -5.5;
    data.links.emplace(link.id, link);

    RecordItem record;
    record.id = 15;
    record.recordKind = RecordKind::FollowUp;
    record.title = u"Drop old cluster"_s;
    record.text = u"after two weeks"_s;
    record.systemId = app.id;
    record.createdAtUtc = utc(2026, 12, 6, 2, 59);
    data.records.emplace(record.id, record);

    Run run;
    run.id = 16;
    run.runKind = RunKind::Production;
    run.name = u"Production"_s;
    run.windowId = window.id;
    run.startedAtUtc = utc(2026, 12, 5, 21, 1);
    run.endedAtUtc = utc(2026, 12, 6, 2, 40);
    data.runs.emplace(run.id, run);

    RunEvent event;
    event.id = 17;
    event.runId = run.id;
    event.stepId = gate.id;
    event.type = RunEventType::StepFailed;
    event.timeUtc = utc(2026, 12, 5, 23, 12, 7, 123);
    event.person = u"Ben Engineer"_s;
    event.note = u"timeout"_s;
    event.decision = u"rollback"_s;
    event.output = u"line 1\nline 2\n"_s;
    data.runEvents.append(event);

    MetricSample sample;
    sample.metricId = metric.id;
    sample.timeUtc = utc(2026, 12, 5, 23, 0, 15);
    sample.series = u"{instance=\"app-1\"}"_s;
    sample.value = 0.125;
    data.samples.append(sample);
    return data;
}

template<class T>
void compareTable(const std::map<Id, T> &actual, const std::map<Id, T> &expected, const char *name)
{
    QCOMPARE(actual.size(), expected.size());
    for (const auto &[id, entity] : expected) {
        const auto it = actual.find(id);
        QVERIFY2(it != actual.end(),
                 qPrintable(u"%1 %2 missing"_s.arg(QLatin1String(name)).arg(id)));
        QVERIFY2(it->second == entity,
                 qPrintable(u"%1 %2 differs"_s.arg(QLatin1String(name)).arg(id)));
    }
}

/** A copy of node with the member or element at path replaced (Undefined removes a member). */
QJsonValue edited(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        array[index] = path.isEmpty() ? value : edited(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = path.isEmpty() ? value : edited(object.value(head), path, value);
    return object;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestProjectJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void minimalDocument();
    void earlierFilesStillRead();
    void offsetTimesBecomeUtc();
    void badInput_data();
    void badInput();
    void sampleProject();
};

void TestProjectJson::roundTrip()
{
    const ProjectData data = fullProject();
    const QByteArray json = writeProjectJson(data);
    QString error;
    const std::optional<ProjectData> read = readProjectJson(json, &error);
    QVERIFY2(read, qPrintable(error));

    QVERIFY(read->change == data.change);
    compareTable(read->systems, data.systems, "system");
    compareTable(read->dependencies, data.dependencies, "dependency");
    compareTable(read->rules, data.rules, "rule");
    compareTable(read->people, data.people, "person");
    compareTable(read->approvals, data.approvals, "approval");
    compareTable(read->windows, data.windows, "window");
    compareTable(read->steps, data.steps, "step");
    compareTable(read->links, data.links, "link");
    compareTable(read->metrics, data.metrics, "metric");
    compareTable(read->records, data.records, "record");
    compareTable(read->runs, data.runs, "run");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(read->runEvents, data.runEvents);
    QCOMPARE(read->samples, data.samples);
    QVERIFY(read->audit.isEmpty());

    QCOMPARE(writeProjectJson(*read), json);
}

void TestProjectJson::earlierFilesStillRead()
{
    QString error;
    const auto read = readProjectJson(R"({"format": "upgrade-workbench", "version": 1,
        "systems": [{"id": 1, "name": "db", "environment": "staging",
                     "configuration_items": ["postgresql.conf"]},
                    {"id": 2, "name": "dr-db", "environment": " disaster  recovery "}]})",
                                      &error);
    QVERIFY2(read, qPrintable(error));
    const System &db = read->systems.at(1);
    QCOMPARE(db.environment, u"Staging"_s);
    QCOMPARE(db.configurationItems,
             (QList<ConfigurationItem>{{u"postgresql.conf"_s, {}, ConfigValueSource::Plain}}));
    QCOMPARE(read->systems.at(2).environment, u"DR"_s);
}

void TestProjectJson::minimalDocument()
{
    QString error;
    const auto read = readProjectJson(R"({"format": "upgrade-workbench", "version": 1,
        "steps": [{"id": 1, "title": "Only a title"}]})",
                                      &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->change == Change());
    QCOMPARE(read->steps.size(), size_t(1));
    Step expected;
    expected.id = 1;
    expected.title = u"Only a title"_s;
    QVERIFY(read->steps.at(1) == expected);
}

void TestProjectJson::offsetTimesBecomeUtc()
{
    QString error;
    const auto read = readProjectJson(R"({"format": "upgrade-workbench", "version": 1,
        "windows": [{"id": 1, "start": "2026-12-05T22:00:00+01:00",
                     "end": "2026-12-06T03:00:00Z"}]})",
                                      &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->windows.at(1).startUtc, utc(2026, 12, 5, 21, 0));
    QCOMPARE(read->windows.at(1).startUtc.timeSpec(), Qt::UTC);
}

void TestProjectJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not json") << QByteArray(
        "{\n  \"format\": \"upgrade-workbench\",\n  \"version\" 1\n}")
                              << u"line 3, column"_s;
    QTest::newRow("empty") << QByteArray() << u"line 1, column 1"_s;
    QTest::newRow("top level list") << QByteArray("[]") << u"the top level"_s;

    const QJsonValue base = QJsonDocument::fromJson(writeProjectJson(fullProject())).object();
    const auto row = [&](const char *name, const QString &path, const QJsonValue &value,
                         const QString &expected) {
        const QJsonObject root = edited(base, path.split(u'.'), value).toObject();
        QTest::newRow(name) << QJsonDocument(root).toJson() << expected;
    };
    const QJsonValue remove(QJsonValue::Undefined);

    row("wrong format tag", u"format"_s, u"project-planner"_s, u"format: "_s);
    row("missing format", u"format"_s, remove, u"format: "_s);
    row("newer version", u"version"_s, 2, u"version: the file has format version 2"_s);
    row("version zero", u"version"_s, 0, u"version: "_s);
    row("version as text", u"version"_s, u"1"_s, u"version: expected a whole number"_s);
    row("unknown top-level member", u"audit"_s, QJsonArray(), u"audit: unknown member"_s);

    row("duplicate id", u"systems.1.id"_s, 10,
        u"systems[1].id: id 10 is already used by systems[0]"_s);
    row("zero id", u"systems.0.id"_s, 0, u"systems[0].id: "_s);
    row("missing id", u"steps.1.id"_s, remove, u"steps[1].id: required"_s);
    row("id as text", u"people.0.id"_s, u"3"_s, u"people[0].id: expected a whole number"_s);

    const Id nowhere = 999;
    row("dependent", u"dependencies.0.dependent_id"_s, nowhere,
        u"dependencies[0].dependent_id: there is no system"_s);
    row("dependency", u"dependencies.0.dependency_id"_s, nowhere,
        u"dependencies[0].dependency_id: "_s);
    row("dependency null", u"dependencies.0.dependency_id"_s, QJsonValue::Null,
        u"dependencies[0].dependency_id: "_s);
    row("dependency missing", u"dependencies.0.dependent_id"_s, remove,
        u"dependencies[0].dependent_id: "_s);
    row("rule system", u"rules.0.system_id"_s, nowhere, u"rules[0].system_id: "_s);
    row("rule required system", u"rules.0.required_system_id"_s, nowhere,
        u"rules[0].required_system_id: "_s);
    row("window system", u"windows.0.system_ids.1"_s, nowhere,
        u"windows[0].system_ids[1]: there is no system with id 999"_s);
    row("step system", u"steps.0.system_ids.0"_s, nowhere, u"steps[0].system_ids[0]: "_s);
    row("step owner", u"steps.0.owner_id"_s, nowhere, u"steps[0].owner_id: there is no person"_s);
    row("step verifier", u"steps.0.verifier_id"_s, nowhere, u"steps[0].verifier_id: "_s);
    row("step approver", u"steps.0.approver_id"_s, nowhere, u"steps[0].approver_id: "_s);
    row("undone step", u"steps.1.undoes_step_ids.0"_s, nowhere,
        u"steps[1].undoes_step_ids[0]: there is no step"_s);
    row("checked metric", u"steps.0.metric_check.metric_id"_s, nowhere,
        u"steps[0].metric_check.metric_id: there is no metric"_s);
    row("link predecessor", u"links.0.predecessor_id"_s, nowhere, u"links[0].predecessor_id: "_s);
    row("link successor", u"links.0.successor_id"_s, nowhere, u"links[0].successor_id: "_s);
    row("approval person", u"approvals.0.person_id"_s, nowhere, u"approvals[0].person_id: "_s);
    row("record system", u"records.0.system_id"_s, nowhere, u"records[0].system_id: "_s);
    row("run window", u"runs.0.window_id"_s, nowhere, u"runs[0].window_id: there is no window"_s);
    row("event run", u"run_events.0.run_id"_s, nowhere, u"run_events[0].run_id: there is no run"_s);
    row("event step", u"run_events.0.step_id"_s, nowhere, u"run_events[0].step_id: "_s);
    row("sample metric", u"samples.0.metric_id"_s, nowhere, u"samples[0].metric_id: "_s);

    row("unknown system kind", u"systems.0.kind"_s, u"mainframe"_s,
        u"systems[0].kind: unknown value 'mainframe' (expected one of server, os,"_s);
    row("unknown role", u"people.0.roles.1"_s, u"boss"_s,
        u"people[0].roles[1]: unknown value 'boss'"_s);
    row("unknown comparison", u"metrics.0.thresholds.0.comparison"_s, u"over"_s,
        u"metrics[0].thresholds[0].comparison: "_s);
    row("unknown member", u"steps.0.comand"_s, u"ls"_s, u"steps[0].comand: unknown member"_s);
    row("password in a server address", u"metrics.0.server_url"_s,
        u"https://ops:hunter2@prometheus.example:9090"_s,
        u"metrics[0].server_url: the address contains a user name or password"_s);
    row("metric read every 0 s", u"metrics.0.interval_seconds"_s, 0,
        u"metrics[0].interval_seconds: a metric is read every 1 s to 1 h"_s);

    row("number as text", u"steps.0.estimate.likely"_s, u"10"_s,
        u"steps[0].estimate.likely: expected a number, found '10'"_s);
    row("text as number", u"systems.0.name"_s, 5, u"systems[0].name: expected a string, found 5"_s);
    row("bool as text", u"dependencies.0.mixed_versions_tolerated"_s, u"yes"_s,
        u"dependencies[0].mixed_versions_tolerated: "_s);
    row("fraction for int", u"steps.0.position"_s, 2.5,
        u"steps[0].position: expected a whole number, found 2.5"_s);
    row("int out of range", u"steps.0.command.timeout_seconds"_s, 1e12,
        u"steps[0].command.timeout_seconds: "_s);
    row("text for list", u"systems.0.business_processes"_s, u"payment"_s,
        u"systems[0].business_processes: expected a list"_s);
    row("number in string list", u"systems.0.configuration_items.1"_s, 7,
        u"systems[0].configuration_items[1]: "_s);
    row("entity not an object", u"systems.1"_s, u"db"_s, u"systems[1]: expected an object"_s);
    row("table not a list", u"steps"_s, QJsonObject(), u"steps: expected a list"_s);
    row("id list element null", u"windows.0.system_ids.0"_s, QJsonValue::Null,
        u"windows[0].system_ids[0]: "_s);

    row("bad date", u"windows.0.start"_s, u"05.12.2026 22:00"_s,
        u"windows[0].start: '05.12.2026 22:00' is not"_s);
    row("date without zone", u"approvals.0.decided_at"_s, u"2026-12-01T09:15:30"_s,
        u"approvals[0].decided_at: "_s);
    row("date as number", u"runs.0.started_at"_s, 1765000000,
        u"runs[0].started_at: expected a date-time"_s);
    row("window without end", u"windows.0.end"_s, remove, u"windows[0].end: required"_s);
    row("window ends before start", u"windows.0.end"_s, u"2026-12-05T20:00:00Z"_s,
        u"windows[0].end: the end must be after the start"_s);
    row("window of no length", u"windows.0.end"_s, u"2026-12-05T21:00:00Z"_s, u"windows[0].end: "_s);
    row("availability reversed", u"people.1.availability.0.end"_s, u"2026-12-05T19:00:00Z"_s,
        u"people[1].availability[0].end: "_s);

    row("negative optimistic", u"steps.0.estimate.optimistic"_s, -1,
        u"steps[0].estimate.optimistic: estimates must satisfy"_s);
    row("likely below optimistic", u"steps.0.estimate.likely"_s, 1, u"steps[0].estimate.likely: "_s);
    row("pessimistic below likely", u"steps.0.estimate.pessimistic"_s, 6,
        u"steps[0].estimate.pessimistic: "_s);
    row("variable that is no name", u"steps.0.command.environment_variables.0"_s, u"1X"_s,
        u"steps[0].command.environment_variables: \u201c1X\u201d is not a variable name"_s);
    row("unknown place for a secret", u"systems.0.configuration_items.0.source"_s, u"vault"_s,
        u"systems[0].configuration_items[0].source: "_s);
    row("environment longer than a name", u"systems.0.environment"_s, QString(61, u'x'),
        u"systems[0].environment: longer than the name of an environment"_s);
    row("unknown criticality", u"steps.0.criticality"_s, u"sometimes"_s,
        u"steps[0].criticality: "_s);
    row("link to itself", u"links.0.successor_id"_s, 11,
        u"links[0].successor_id: a step cannot be linked to itself"_s);
}

void TestProjectJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const std::optional<ProjectData> read = readProjectJson(json, &error);
    QVERIFY(!read);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestProjectJson::sampleProject()
{
    const QByteArray json = readFile(QStringLiteral(UW_SAMPLE_PATH));
    QVERIFY2(!json.isEmpty(), UW_SAMPLE_PATH);
    QString error;
    const std::optional<ProjectData> sample = readProjectJson(json, &error);
    QVERIFY2(sample, qPrintable(error));

    QVERIFY(sample->systems.size() >= 20);
    QVERIFY(sample->dependencies.size() >= 35);
    QVERIFY(sample->steps.size() >= 25);
    QCOMPARE(sample->people.size(), size_t(4));
    const auto hasWindow = [&](WindowKind kind) {
        return std::any_of(sample->windows.begin(), sample->windows.end(),
                           [kind](const auto &entry) { return entry.second.windowKind == kind; });
    };
    QVERIFY(hasWindow(WindowKind::Maintenance));
    QVERIFY(hasWindow(WindowKind::ChangeFreeze));

    const auto undoesExecuteStep = [&](const auto &entry) {
        const Step &step = entry.second;
        return step.phase == Phase::Rollback
               && std::any_of(step.undoesStepIds.begin(), step.undoesStepIds.end(),
                              [&](Id id) { return sample->steps.at(id).phase == Phase::Execute; });
    };
    QVERIFY(std::any_of(sample->steps.begin(), sample->steps.end(), undoesExecuteStep));

    // What the program writes from the sample must read back to the same document.
    const std::optional<ProjectData> again = readProjectJson(writeProjectJson(*sample), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(writeProjectJson(*again), writeProjectJson(*sample));
}

QTEST_GUILESS_MAIN(TestProjectJson)

#include "tst_projectjson.moc"
