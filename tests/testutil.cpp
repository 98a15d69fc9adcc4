#include "testutil.h"

#include "sqlite.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace uw::test {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

ProjectData richProject()
{
    ProjectData data;
    data.change = {1,
                   QStringLiteral("Move orders to PostgreSQL 16"),
                   QStringLiteral("PostgreSQL 13 leaves support; stay patched."),
                   ReasonCategory::EndOfSupport,
                   Level::High,
                   Level::Critical,
                   RolloutStrategy::BlueGreen,
                   QStringLiteral("PostgreSQL 13.14"),
                   QStringLiteral("PostgreSQL 16.4"),
                   QStringLiteral("Europe/Berlin")};
    data.systems[1] = {1,
                       QStringLiteral("db-primary"),
                       SystemKind::Database,
                       QStringLiteral("Staging"),
                       QStringLiteral("Frankfurt DC1"),
                       QStringLiteral("13.14"),
                       QStringLiteral("16.4"),
                       Level::Critical,
                       QStringLiteral("Dana DBA"),
                       {QStringLiteral("order intake"), QStringLiteral("billing")},
                       QStringLiteral("Mon-Fri 09:00-18:00"),
                       {{QStringLiteral("cpu"), QStringLiteral("16")},
                        {QStringLiteral("ram"), QStringLiteral("128G")}},
                       {{QStringLiteral("PGPORT"), QStringLiteral("5432"), ConfigValueSource::Plain},
                        {QStringLiteral("PGPASSWORD"), QStringLiteral("orders-db-password"),
                         ConfigValueSource::Keychain},
                        {QStringLiteral("replication"), QStringLiteral("REPL_SECRET"),
                         ConfigValueSource::EnvironmentVariable}},
                       QStringLiteral("Primary of the order cluster — ünïcode ✓")};
    data.systems[2] = {2,
                       QStringLiteral("order-service"),
                       SystemKind::Application,
                       QStringLiteral("Production"),
                       QStringLiteral("Frankfurt DC2"),
                       QStringLiteral("4.8.2"),
                       QStringLiteral("5.0.0"),
                       Level::High,
                       QStringLiteral("Alex App"),
                       {QStringLiteral("order intake")},
                       QString(),
                       {},
                       {},
                       QString()};
    data.dependencies[1] = {1,
                            2,
                            1,
                            DependencyKind::Data,
                            QStringLiteral(">=13 <17"),
                            true,
                            QStringLiteral("reads and writes orders")};
    data.rules[1] = {1,
                     2,
                     QStringLiteral(">=5.0"),
                     1,
                     QStringLiteral(">=14"),
                     QStringLiteral("vendor matrix 2026-03")};
    data.people[1] = {1,
                      QStringLiteral("Dana DBA"),
                      RoleExecutor | RoleVerifier,
                      QStringLiteral("dana@example.org"),
                      {{utc(2026, 12, 5, 20), utc(2026, 12, 6, 4)}}};
    data.people[2] = {2,
                      QStringLiteral("Casey Change"),
                      RoleApprover | RoleLead,
                      QStringLiteral("+49 69 0000"),
                      {}};
    data.approvals[1] = {1, 2, ApprovalDecision::Approved, utc(2026, 12, 1, 10, 30),
                         QStringLiteral("Rehearsal passed")};
    data.windows[1] = {1,
                       QStringLiteral("Saturday night"),
                       WindowKind::Maintenance,
                       utc(2026, 12, 5, 21),
                       utc(2026, 12, 6, 3),
                       QStringLiteral("Europe/Berlin"),
                       {2, 1},
                       QStringLiteral("agreed with the business")};
    data.metrics[1] = {1,
                       QStringLiteral("order error rate"),
                       MetricSource::Prometheus,
                       QStringLiteral("sum(rate(orders_failed_total[5m]))"),
                       QStringLiteral("http://127.0.0.1:9090"),
                       QStringLiteral("PROM_TOKEN"),
                       QStringLiteral("orders-prometheus"),
                       QStringLiteral("1/s"),
                       30,
                       7,
                       true,
                       {{utc(2026, 12, 5, 19), utc(2026, 12, 5, 21)}, 0.4, 0.1, 0.9, true},
                       {{Threshold::Comparison::Above, 2, true, 3, true}}};
    Step backup;
    backup.id = 1;
    backup.title = QStringLiteral("Back up the order database");
    backup.instructions = QStringLiteral("Full backup with checksum verification.");
    backup.phase = Phase::Backup;
    backup.stepKind = StepKind::Command;
    backup.systemIds = {1};
    backup.ownerId = 1;
    backup.verifierId = 2;
    backup.estimate = {20, 30, 55};
    backup.position = 1;
    backup.command = {QStringLiteral("pgbackrest backup --type=full"),
                      3600,
                      0,
                      QStringLiteral("completed successfully"),
                      {QStringLiteral("PGPORT"), QStringLiteral("PGPASSWORD")}};
    backup.criticality = StepCriticality::Critical;
    backup.rollbackLoss = QStringLiteral("nothing: the backup only reads");
    Step upgrade = backup;
    upgrade.id = 2;
    upgrade.title = QStringLiteral("Run pg_upgrade");
    upgrade.phase = Phase::Execute;
    upgrade.stepKind = StepKind::HttpCheck;
    upgrade.http = {QStringLiteral("https://orders.example.org/health"),
                    QStringLiteral("HEAD"),
                    204,
                    QStringLiteral("ok"),
                    12,
                    false};
    upgrade.metricCheck = {1, QStringLiteral("< 2x baseline")};
    upgrade.reversible = false;
    upgrade.criticality = StepCriticality::NotCritical;
    upgrade.enabled = false;
    upgrade.position = 2;
    upgrade.approverId = 2;
    Step rollback = backup;
    rollback.id = 3;
    rollback.title = QStringLiteral("Restore PostgreSQL 13");
    rollback.phase = Phase::Rollback;
    rollback.stepKind = StepKind::Gate;
    rollback.undoesStepIds = {2};
    rollback.position = 3;
    data.steps[1] = backup;
    data.steps[2] = upgrade;
    data.steps[3] = rollback;
    data.links[1] = {1, 1, 2, LinkType::FinishToStart, 5};
    data.links[2] = {2, 1, 3, LinkType::StartToStart, -2.5};
    data.records[1] = {1,
                       RecordKind::KnownIssue,
                       QStringLiteral("Slow vacuum"),
                       QStringLiteral("Expect a long analyze after the upgrade."),
                       1,
                       utc(2026, 11, 20, 8)};
    data.runs[1] = {1, RunKind::Rehearsal,    QStringLiteral("Rehearsal 1"),
                    1, utc(2026, 11, 28, 21), utc(2026, 11, 29, 1)};
    data.runEvents.append({1, 1, 1, RunEventType::StepStarted, utc(2026, 11, 28, 21, 5),
                           QStringLiteral("Dana DBA"), QStringLiteral("starting"), QString(),
                           QStringLiteral("backup output")});
    data.runEvents.append({2, 1, 0, RunEventType::Decision, utc(2026, 11, 28, 22),
                           QStringLiteral("Casey Change"), QStringLiteral("all green"),
                           QStringLiteral("go"), QString()});
    data.samples.append({1, utc(2026, 11, 28, 21, 1), QStringLiteral("{instance=\"a\"}"), 0.25});
    data.samples.append({1, utc(2026, 11, 28, 21, 2), QString(), 0.5});
    return data;
}

namespace {

template<class T>
bool sameTable(const std::map<Id, T> &actual, const std::map<Id, T> &expected, const char *name,
               QString *difference)
{
    for (const auto &[id, entity] : expected) {
        const auto it = actual.find(id);
        if (it == actual.end() || !(it->second == entity)) {
            *difference = QStringLiteral("%1 %2 %3")
                              .arg(QLatin1String(name))
                              .arg(id)
                              .arg(it == actual.end() ? QStringLiteral("missing")
                                                      : QStringLiteral("differs"));
            return false;
        }
    }
    for (const auto &[id, entity] : actual) {
        if (!expected.count(id)) {
            *difference = QStringLiteral("%1 %2 unexpected").arg(QLatin1String(name)).arg(id);
            return false;
        }
    }
    return true;
}

} // namespace

bool sameDocument(const ProjectData &actual, const ProjectData &expected, QString *difference)
{
    if (!(actual.change == expected.change)) {
        *difference = QStringLiteral("change differs");
        return false;
    }
    return sameTable(actual.systems, expected.systems, "system", difference)
           && sameTable(actual.dependencies, expected.dependencies, "dependency", difference)
           && sameTable(actual.rules, expected.rules, "rule", difference)
           && sameTable(actual.people, expected.people, "person", difference)
           && sameTable(actual.approvals, expected.approvals, "approval", difference)
           && sameTable(actual.windows, expected.windows, "window", difference)
           && sameTable(actual.steps, expected.steps, "step", difference)
           && sameTable(actual.links, expected.links, "link", difference)
           && sameTable(actual.metrics, expected.metrics, "metric", difference)
           && sameTable(actual.records, expected.records, "record", difference);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool runSql(const QString &path, const char *sql, QString *error)
{
    auto db = sql::Database::open(path, sql::Database::Mode::Create, error);
    return db && db->exec(sql, error);
}

Step makeStep(Id id, const QString &title, Phase phase, double likely, int position)
{
    Step step;
    step.id = id;
    step.title = title;
    step.phase = phase;
    step.estimate = {likely * 0.5, likely, likely * 2};
    step.position = position;
    return step;
}

StepLink makeLink(Id id, Id predecessorId, Id successorId)
{
    StepLink link;
    link.id = id;
    link.predecessorId = predecessorId;
    link.successorId = successorId;
    return link;
}

ProjectData smallRunbook()
{
    ProjectData data;
    data.change.title = QStringLiteral("Small plan");
    Person ana;
    ana.id = 1;
    ana.name = QStringLiteral("Ana");
    data.people[1] = ana;
    Window window;
    window.id = 10;
    window.name = QStringLiteral("Saturday night");
    window.startUtc = utc(2026, 12, 5, 22);
    window.endUtc = utc(2026, 12, 6, 2);
    data.windows[10] = window;
    data.steps[1] = makeStep(1, QStringLiteral("Announce"), Phase::Prepare, 10, 1);
    data.steps[2] = makeStep(2, QStringLiteral("Backup"), Phase::Backup, 30, 2);
    data.steps[3] = makeStep(3, QStringLiteral("Upgrade"), Phase::Execute, 60, 3);
    data.steps[4] = makeStep(4, QStringLiteral("Smoke test"), Phase::Verify, 15, 4);
    data.steps[5] = makeStep(5, QStringLiteral("Restore"), Phase::Rollback, 40, 5);
    data.steps[5].undoesStepIds = {3};
    data.links[20] = makeLink(20, 1, 2);
    data.links[21] = makeLink(21, 2, 3);
    data.links[22] = makeLink(22, 3, 4);
    return data;
}

AppOutcome runApp(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(UW_APP_PATH));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString toolOutput(const QString &tool, const QString &path)
{
    QProcess process;
    process.start(tool, {path});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path, int page, bool layout)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    process.waitForFinished(60000);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Table cells wrap; joining lines lets a check find a title however it was wrapped.
    return layout ? text : text.simplified();
}

int pdfPageCount(const QString &path)
{
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))"))
                           .match(toolOutput(QStringLiteral("pdfinfo"), path));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace uw::test
