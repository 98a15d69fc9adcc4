#include "projectfile.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

/** The command line as automation sees it: the real executable, its exit codes and output. */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void validateJsonDescribesTheSample();
    void theSampleIsPlannedForTheNextSaturdayNight_data();
    void theSampleIsPlannedForTheNextSaturdayNight();
    void theSampleWithoutTodayIsAhead();
    void validateReportsABrokenAuditChainAsAFinding();
    void validateJsonNamesAFileError();
    void newWithSampleCreatesAValidProject();
    void checkJsonDescribesTheSample();
    void checkReportsFindingsPerStateAndGroupsConflicts();
    void scheduleJsonHasTheAgreedKeys();
    void scheduleIsByteIdenticalForTheSameSeed();
    void scheduleReportsACycleAsAConflict();

private:
    using Outcome = test::AppOutcome;
    static Outcome run(const QStringList &arguments) { return test::runApp(arguments); }
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCli::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.uwb"));
    const Outcome created = run({QStringLiteral("new"), m_sample, QStringLiteral("--sample"),
                                 QStringLiteral("--today"), QStringLiteral("2026-12-01")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a project\n");
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outputPart");

    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.uwb"));
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("validate FILE");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("Upgrade Workbench");
    QTest::newRow("new with unknown option")
        << QStringList{QStringLiteral("new"), missing, QStringLiteral("--empty")} << 2
        << QStringLiteral("--empty");
    QTest::newRow("validate without file")
        << QStringList{QStringLiteral("validate")} << 2 << QStringLiteral("exactly one FILE");
    QTest::newRow("validate with unknown option")
        << QStringList{QStringLiteral("validate"), m_sample, QStringLiteral("--yaml")} << 2
        << QStringLiteral("--yaml");
    QTest::newRow("validate a missing file") << QStringList{QStringLiteral("validate"), missing}
                                             << 3 << QStringLiteral("does not exist");
    QTest::newRow("validate a text file") << QStringList{QStringLiteral("validate"), notes} << 3
                                          << QStringLiteral("not an SQLite database");
    QTest::newRow("validate the sample") << QStringList{QStringLiteral("validate"), m_sample} << 0
                                         << QStringLiteral("Integrity: ok");
    QTest::newRow("new over an existing file")
        << QStringList{QStringLiteral("new"), m_sample} << 3 << QStringLiteral("already exists");
    QTest::newRow("new without file")
        << QStringList{QStringLiteral("new")} << 2 << QStringLiteral("exactly one FILE");
    // The sample is compatible, but PostgreSQL and pgBackRest need each other: a cycle.
    QTest::newRow("check the sample")
        << QStringList{QStringLiteral("check"), m_sample} << 1
        << QStringLiteral("pgBackRest backup -> PostgreSQL primary (db-01) -> pgBackRest backup");
    QTest::newRow("check without file")
        << QStringList{QStringLiteral("check")} << 2 << QStringLiteral("exactly one FILE");
    QTest::newRow("check with unknown option")
        << QStringList{QStringLiteral("check"), m_sample, QStringLiteral("--yaml")} << 2
        << QStringLiteral("--yaml");
    QTest::newRow("check a text file") << QStringList{QStringLiteral("check"), notes} << 3
                                       << QStringLiteral("not an SQLite database");
    QTest::newRow("schedule the sample: it fits its window without conflicts")
        << QStringList{QStringLiteral("schedule"), m_sample, QStringLiteral("--iterations"),
                       QStringLiteral("2000")}
        << 0 << QStringLiteral("The plan fits the window with its rollback reserve.");
    QTest::newRow("schedule into a freeze: its owners are not there")
        << QStringList{QStringLiteral("schedule"),     m_sample,
                       QStringLiteral("--window"),     QStringLiteral("2"),
                       QStringLiteral("--iterations"), QStringLiteral("100")}
        << 1 << QStringLiteral("is not available");
    QTest::newRow("schedule with a seed that is not a number")
        << QStringList{QStringLiteral("schedule"), m_sample, QStringLiteral("--seed"),
                       QStringLiteral("abc")}
        << 2 << QStringLiteral("--seed needs a whole number");
    QTest::newRow("schedule with zero iterations")
        << QStringList{QStringLiteral("schedule"), m_sample, QStringLiteral("--iterations"),
                       QStringLiteral("0")}
        << 2 << QStringLiteral("--iterations");
    QTest::newRow("schedule with a window the file does not have")
        << QStringList{QStringLiteral("schedule"), m_sample, QStringLiteral("--window"),
                       QStringLiteral("99")}
        << 2 << QStringLiteral("no window 99");
    QTest::newRow("schedule with a seed given twice")
        << QStringList{QStringLiteral("schedule"), m_sample,
                       QStringLiteral("--seed"),   QStringLiteral("1"),
                       QStringLiteral("--seed"),   QStringLiteral("2")}
        << 2 << QStringLiteral("schedule: --seed is given twice");
    QTest::newRow("schedule with an option without its value")
        << QStringList{QStringLiteral("schedule"), m_sample, QStringLiteral("--window")} << 2
        << QStringLiteral("schedule: --window needs a value");
    QTest::newRow("schedule with unknown option")
        << QStringList{QStringLiteral("schedule"), m_sample, QStringLiteral("--fast")} << 2
        << QStringLiteral("schedule: unknown option --fast");
    QTest::newRow("schedule without file")
        << QStringList{QStringLiteral("schedule")} << 2 << QStringLiteral("exactly one FILE");
    QTest::newRow("schedule a text file") << QStringList{QStringLiteral("schedule"), notes} << 3
                                          << QStringLiteral("not an SQLite database");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outputPart);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, exitCode);
    const QString output = QString::fromUtf8(outcome.out + outcome.err);
    QVERIFY2(output.contains(outputPart), qPrintable(output));
}

void TestCli::validateJsonDescribesTheSample()
{
    const QByteArray before = test::fileBytes(m_sample);
    const Outcome outcome = run({QStringLiteral("validate"), m_sample, QStringLiteral("--json")});
    QCOMPARE(outcome.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(outcome.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QVERIFY(json.value(QStringLiteral("schema_version")).toInt() >= 2);
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QVERIFY(counts.value(QStringLiteral("systems")).toInt() >= 20);
    QVERIFY(counts.value(QStringLiteral("steps")).toInt() >= 25);
    QVERIFY(json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("intact")).toBool());
    QCOMPARE(test::fileBytes(m_sample), before);
}

void TestCli::validateReportsABrokenAuditChainAsAFinding()
{
    const QString path = m_dir.filePath(QStringLiteral("tampered.uwb"));
    QVERIFY(QFile::copy(m_sample, path));
    QVERIFY(test::runSql(path, "DROP TRIGGER audit_log_no_update; "
                               "UPDATE audit_log SET user = 'mallory' WHERE id = 1;"));
    const Outcome outcome = run({QStringLiteral("validate"), path});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.out.contains("BROKEN at entry 1"), outcome.out.constData());
}

void TestCli::validateJsonNamesAFileError()
{
    const Outcome outcome = run({QStringLiteral("validate"),
                                 m_dir.filePath(QStringLiteral("notes.txt")),
                                 QStringLiteral("--json")});
    QCOMPARE(outcome.exitCode, 3);
    const QJsonObject error
        = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_sqlite"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("notes.txt")));
}

void TestCli::newWithSampleCreatesAValidProject()
{
    auto project = openProject(m_sample, Store::Access::ReadOnly);
    QVERIFY(project);
    const ProjectData &data = project.value()->data();
    QVERIFY(!data.change.title.isEmpty());
    QVERIFY(data.systems.size() >= 20);
    QVERIFY(data.dependencies.size() >= 35);
    QCOMPARE(data.people.size(), size_t(4));
}

void TestCli::checkJsonDescribesTheSample()
{
    const QByteArray before = test::fileBytes(m_sample);
    const Outcome outcome = run({QStringLiteral("check"), m_sample, QStringLiteral("--json")});
    QCOMPARE(outcome.exitCode, 1);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(outcome.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("cycles"), QStringLiteral("findings"),
                                       QStringLiteral("order"), QStringLiteral("verdict")}));
    // The verdict is the one schedule gives, word for word.
    const Outcome scheduled = run({QStringLiteral("schedule"), m_sample, QStringLiteral("--json")});
    const QJsonObject scheduleJson = QJsonDocument::fromJson(scheduled.out).object();
    QCOMPARE(json.value(QStringLiteral("verdict")), scheduleJson.value(QStringLiteral("verdict")));
    QCOMPARE(json.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("decision")),
             QJsonValue(QStringLiteral("no-go")));
    QVERIFY(json.value(QStringLiteral("findings")).toArray().isEmpty());
    const QJsonArray order = json.value(QStringLiteral("order")).toArray();
    QCOMPARE(order.size(), 5);
    QCOMPARE(order.at(1).toObject().value(QStringLiteral("systems")).toArray(),
             QJsonArray{QStringLiteral("Order service")});
    QCOMPARE(json.value(QStringLiteral("cycles")).toArray().size(), 1);
    QCOMPARE(test::fileBytes(m_sample), before);
}

void TestCli::checkReportsFindingsPerStateAndGroupsConflicts()
{
    ProjectData data;
    const auto addSystem = [&](Id id, const char *name, const char *current, const char *target) {
        System system;
        system.id = id;
        system.name = QString::fromUtf8(name);
        system.currentVersion = QString::fromUtf8(current);
        system.targetVersion = QString::fromUtf8(target);
        data.systems[id] = system;
    };
    addSystem(1, "Order service", "4.8.2", "5.0.0");
    addSystem(2, "PostgreSQL", "13.14", "16.4");
    addSystem(3, "Reporting", "3.4", "");
    addSystem(4, "Redis cache", "latest", "");
    const auto addDependency = [&](Id id, Id dependant, Id dependency, const char *constraint) {
        Dependency &added = data.dependencies[id];
        added.id = id;
        added.dependentId = dependant;
        added.dependencyId = dependency;
        added.constraint = QString::fromUtf8(constraint);
    };
    addDependency(1, 3, 2, "<16");
    addDependency(2, 1, 4, "^7");
    // Order service 4.8 stops at PostgreSQL 15 and 5.0 needs 16: they must change together.
    const auto addRule = [&](Id id, const char *when, const char *range) {
        CompatibilityRule &added = data.rules[id];
        added.id = id;
        added.systemId = 1;
        added.whenVersion = QString::fromUtf8(when);
        added.requiredSystemId = 2;
        added.requiredRange = QString::fromUtf8(range);
    };
    addRule(1, "<5", "<16");
    addRule(2, ">=5", ">=16");
    const QString path = m_dir.filePath(QStringLiteral("findings.uwb"));
    QVERIFY(createProject(path, data));

    const Outcome text = run({QStringLiteral("check"), path});
    QCOMPARE(text.exitCode, 1);
    const QString output = QString::fromUtf8(text.out);
    for (const char *part :
         {"  1. Order service: 4.8.2 -> 5.0.0\n     PostgreSQL: 13.14 -> 16.4\n",
          "change them together.", "Current versions: cannot read version 'latest' of Redis cache",
          "Target versions: Reporting 3.4 needs PostgreSQL <16, but it will be 16.4.",
          "Result: 1 violated, 2 unknown, 0 dependency cycles."}) {
        QVERIFY2(output.contains(QString::fromUtf8(part)), qPrintable(output));
    }

    const Outcome json = run({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray findings
        = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 3);
    const QJsonObject violated = findings.at(1).toObject();
    QCOMPARE(violated.value(QStringLiteral("source")).toString(), QStringLiteral("dependency"));
    QCOMPARE(violated.value(QStringLiteral("source_id")).toInt(), 1);
    QCOMPARE(violated.value(QStringLiteral("system")).toString(), QStringLiteral("Reporting"));
    QCOMPARE(violated.value(QStringLiteral("required_system")).toString(),
             QStringLiteral("PostgreSQL"));
    QCOMPARE(violated.value(QStringLiteral("state")).toString(), QStringLiteral("target"));
    QVERIFY(violated.value(QStringLiteral("after_group")).isNull());
    QCOMPARE(violated.value(QStringLiteral("status")).toString(), QStringLiteral("violated"));
    QCOMPARE(violated.value(QStringLiteral("constraint")).toString(), QStringLiteral("<16"));
    QCOMPARE(violated.value(QStringLiteral("version")).toString(), QStringLiteral("16.4"));
    QVERIFY(!violated.value(QStringLiteral("message")).toString().isEmpty());
}

void TestCli::theSampleIsPlannedForTheNextSaturdayNight_data()
{
    QTest::addColumn<QString>("today");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    // The file's own window: Saturday 5 December 2026, 22:00 to 04:00 in Berlin.
    QTest::newRow("the file's week") << "2026-12-01"
                                     << "2026-12-05T21:00:00Z"
                                     << "2026-12-06T03:00:00Z";
    QTest::newRow("on a Saturday, that night") << "2027-01-09"
                                               << "2027-01-09T21:00:00Z"
                                               << "2027-01-10T03:00:00Z";
    QTest::newRow("clocks spring forward that night: still 22:00 Berlin") << "2027-03-24"
                                                                          << "2027-03-27T21:00:00Z"
                                                                          << "2027-03-28T02:00:00Z";
    QTest::newRow("summer time: 22:00 Berlin is 20:00 UTC") << "2027-04-01"
                                                            << "2027-04-03T20:00:00Z"
                                                            << "2027-04-04T02:00:00Z";
    QTest::newRow("a day before the file's week") << "2026-11-22"
                                                  << "2026-11-28T21:00:00Z"
                                                  << "2026-11-29T03:00:00Z";
}

void TestCli::theSampleIsPlannedForTheNextSaturdayNight()
{
    QFETCH(QString, today);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const QString file = m_dir.filePath(QStringLiteral("sample-%1.uwb").arg(today));
    QCOMPARE(run({QStringLiteral("new"), file, QStringLiteral("--sample"),
                  QStringLiteral("--today"), today})
                 .exitCode,
             0);
    const Outcome scheduled = run({QStringLiteral("schedule"), file, QStringLiteral("--json"),
                                   QStringLiteral("--iterations"), QStringLiteral("100")});
    const QJsonObject window
        = QJsonDocument::fromJson(scheduled.out).object().value(QStringLiteral("window")).toObject();
    QCOMPARE(window.value(QStringLiteral("start")).toString(), start);
    QCOMPARE(window.value(QStringLiteral("end")).toString(), end);
}

void TestCli::theSampleWithoutTodayIsAhead()
{
    const QString file = m_dir.filePath(QStringLiteral("live-sample.uwb"));
    QCOMPARE(run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode, 0);
    const Outcome scheduled = run({QStringLiteral("schedule"), file, QStringLiteral("--json"),
                                   QStringLiteral("--iterations"), QStringLiteral("100")});
    const QJsonObject json = QJsonDocument::fromJson(scheduled.out).object();
    const QDateTime end = QDateTime::fromString(json.value(QStringLiteral("window"))
                                                    .toObject()
                                                    .value(QStringLiteral("end"))
                                                    .toString(),
                                                Qt::ISODate);
    QVERIFY(end > QDateTime::currentDateTimeUtc());
    QVERIFY(end < QDateTime::currentDateTimeUtc().addDays(8));
    // A newcomer sees a live plan: what blocks it is what the sample holds on purpose.
    QStringList blockers;
    for (const QJsonValue &blocker :
         json.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("blockers")).toArray())
        blockers.append(blocker.toObject().value(QStringLiteral("kind")).toString());
    QVERIFY2(!blockers.contains(QStringLiteral("window-over")), qPrintable(blockers.join(u',')));
    QVERIFY2(blockers.contains(QStringLiteral("dependency-cycle")), qPrintable(blockers.join(u',')));

    const Outcome wrong = run({QStringLiteral("new"), m_dir.filePath(QStringLiteral("x.uwb")),
                               QStringLiteral("--sample"), QStringLiteral("--today"),
                               QStringLiteral("next week")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains("--today needs --sample and a date from 2000 to 2199 such as "
                               "2026-12-01, not 'next week'"));
    const Outcome far = run({QStringLiteral("new"), m_dir.filePath(QStringLiteral("y.uwb")),
                             QStringLiteral("--sample"), QStringLiteral("--today"),
                             QStringLiteral("9999-12-31")});
    QCOMPARE(far.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("y.uwb"))));
}

void TestCli::scheduleJsonHasTheAgreedKeys()
{
    const QByteArray before = test::fileBytes(m_sample);
    const Outcome outcome = run({QStringLiteral("schedule"), m_sample, QStringLiteral("--json"),
                                 QStringLiteral("--iterations"), QStringLiteral("1000")});
    QCOMPARE(outcome.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(outcome.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    for (const char *key : {"planned_finish", "critical_path", "point_of_no_return",
                            "rollback_minutes", "p50", "p80", "p95", "fit_probability", "conflicts"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("planned_finish")).toString(),
             QStringLiteral("2026-12-06T01:04:00Z"));
    QCOMPARE(json.value(QStringLiteral("point_of_no_return")).toString(),
             QStringLiteral("2026-12-06T01:43:00Z"));
    QCOMPARE(json.value(QStringLiteral("rollback_minutes")).toDouble(), 62.0);
    for (const char *key : {"p50", "p80", "p95"})
        QVERIFY(json.value(QLatin1String(key)).toString().endsWith(QLatin1Char('Z')));
    const QJsonArray path = json.value(QStringLiteral("critical_path")).toArray();
    QCOMPARE(path.first().toObject().value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(path.first().toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Open the change bridge and take the roll call"));
    QCOMPARE(json.value(QStringLiteral("fit_probability")).toDouble(), 1.0);
    QVERIFY(json.value(QStringLiteral("conflicts")).toArray().isEmpty());
    // The sample fits its window, but it deliberately holds a dependency cycle and an approval
    // not given yet: the one verdict says so.
    const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("decision")).toString(), QStringLiteral("no-go"));
    QStringList blockers;
    for (const QJsonValue &blocker : verdict.value(QStringLiteral("blockers")).toArray()) {
        blockers.append(blocker.toObject().value(QStringLiteral("kind")).toString());
        QVERIFY(!blocker.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    QVERIFY2(blockers.contains(QStringLiteral("dependency-cycle")), qPrintable(blockers.join(u',')));
    QVERIFY2(blockers.contains(QStringLiteral("approval-missing")), qPrintable(blockers.join(u',')));
    QVERIFY(
        verdict.value(QStringLiteral("headline")).toString().startsWith(QStringLiteral("No-go: ")));
    QCOMPARE(test::fileBytes(m_sample), before);
}

void TestCli::scheduleIsByteIdenticalForTheSameSeed()
{
    const QStringList arguments{QStringLiteral("schedule"), m_sample,
                                QStringLiteral("--json"),   QStringLiteral("--iterations"),
                                QStringLiteral("3000"),     QStringLiteral("--seed")};
    const Outcome first = run(arguments + QStringList{QStringLiteral("42")});
    const Outcome second = run(arguments + QStringList{QStringLiteral("42")});
    const Outcome other = run(arguments + QStringList{QStringLiteral("43")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, second.out);
    QVERIFY(first.out != other.out);
}

void TestCli::scheduleReportsACycleAsAConflict()
{
    ProjectData data = test::richProject();
    data.links[3] = {3, 2, 1, LinkType::FinishToStart, 0};
    const QString path = m_dir.filePath(QStringLiteral("cycle.uwb"));
    QVERIFY(createProject(path, data));
    const Outcome outcome = run({QStringLiteral("schedule"), path, QStringLiteral("--json")});
    QCOMPARE(outcome.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(outcome.out).object();
    QVERIFY(json.value(QStringLiteral("planned_finish")).isNull());
    const QJsonObject conflict = json.value(QStringLiteral("conflicts")).toArray().first().toObject();
    QCOMPARE(conflict.value(QStringLiteral("kind")).toString(), QStringLiteral("cycle"));
    QCOMPARE(conflict.value(QStringLiteral("ids")).toArray().size(), 3);
    QVERIFY(conflict.value(QStringLiteral("message")).toString().contains(QStringLiteral("cycle")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
