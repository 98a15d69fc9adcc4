#include "commands.h"
#include "csvexport.h"
#include "csvimport.h"
#include "csvimporttest.h"
#include "enumkeys.h"
#include "projectfile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;
using namespace uw::test::csvimport;

Q_DECLARE_METATYPE(uw::ImportTarget)

/**
 * A CMDB export becomes systems or dependencies: columns are found by their usual names, every
 * bad row is reported with its line and skipped (or imported with a warning), the import is one
 * undo step that reaches the file, and what we export imports back unchanged.
 */
class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void columnsAreFoundByTheirCmdbNames_data();
    void columnsAreFoundByTheirCmdbNames();
    void cmdbWordsBecomeOurValues_data();
    void cmdbWordsBecomeOurValues();
    void businessProcessesSplitOnPipeAndOnSemicolonUnlessItSeparatesFields();
    void everyBadSystemRowIsReportedWithItsLine();
    void dependenciesAreResolvedByNameAndBadOnesReported();
    void anUnmappedRequiredFieldSkipsEveryRow();
    void importIsOneUndoStepThatReachesTheFile();
    void exportThenImportIntoAFreshProjectRoundTrips();
    void peopleAndWindowsExportWithKeysAndUtcTimes();
    void readOnlyProjectRefusesTheImport();
    void stalePreviewIsRefused();

private:
    std::unique_ptr<Project> createProject(const QString &name, const ProjectData &data);
    ImportPreview preview(ImportTarget target, const QByteArray &csv) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

namespace {

/** "key=Header" for every mapped field, so a failing comparison reads like the mapping. */
QStringList mappedColumns(ImportTarget target, const QStringList &header)
{
    const QList<ImportField> fields = importFields(target);
    const QList<int> mapping = autoMapColumns(target, header);
    QStringList result;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (mapping.at(i) >= 0)
            result.append(fields.at(i).key + u'=' + header.at(mapping.at(i)));
    }
    return result;
}

const QByteArray systemsWithProblems
    = "Name,Class,Version,Target version,Environment,Criticality,Owned by,Business services\n"
      "web-1,VM,2.4.57,2.4.62,PRD,Tier 1,Web team,orders;billing\n"
      "db-2,DB,13.4,16.2,QA,2 - High,DBA team,orders\n"
      ",Server,1.0,,prod,low,Ops,\n"
      "web-1,Server,1.0,,prod,low,Ops,\n"
      "DB-Primary,Database,13,,prod,low,Ops,\n"
      "blade-7,Blade,1.0,,prod,low,Ops,\n"
      "mq-1,MQ,latest,9.3,Development environment shared by the payment and shipping teams,low,"
      "Ops,\n"
      "cache-1,Server,7.0,,prod,urgent,Ops,\n"
      "lb-1,Load balancer,,,prod\n"
      "app-9,App,n/a,3.0,Staging,medium,Ops,\n"
      "\"edge, north\",Server,1.0,,PROD,3,\"Ops, night shift\",a|b\n";

} // namespace

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = createProject(QStringLiteral("import.uwb"), projectWithFourSystems());
}

void TestCsvImport::cleanup()
{
    m_project.reset();
}

std::unique_ptr<Project> TestCsvImport::createProject(const QString &name, const ProjectData &data)
{
    auto project = uw::createProject(m_dir->filePath(name), data);
    if (!project)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(project.error().message));
    return std::move(project.value());
}

ImportPreview TestCsvImport::preview(ImportTarget target, const QByteArray &csv) const
{
    const CsvTable table = tableOf(csv);
    return previewImport(m_project->data(), target, table, autoMapColumns(target, table.header));
}

void TestCsvImport::columnsAreFoundByTheirCmdbNames_data()
{
    QTest::addColumn<ImportTarget>("target");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("mapped");

    QTest::newRow("ServiceNow list export")
        << ImportTarget::Systems
        << QStringLiteral("Name,Class,Version,Environment,Location,Owned by")
        << QStringList{QStringLiteral("name=Name"),
                       QStringLiteral("kind=Class"),
                       QStringLiteral("environment=Environment"),
                       QStringLiteral("site=Location"),
                       QStringLiteral("current_version=Version"),
                       QStringLiteral("owner=Owned by")};
    QTest::newRow("ServiceNow field names with underscores")
        << ImportTarget::Systems
        << QStringLiteral("sys_class_name,name,used_for,owned_by,business_criticality")
        << QStringList{QStringLiteral("name=name"), QStringLiteral("kind=sys_class_name"),
                       QStringLiteral("environment=used_for"),
                       QStringLiteral("criticality=business_criticality"),
                       QStringLiteral("owner=owned_by")};
    QTest::newRow("case, spaces and punctuation do not matter")
        << ImportTarget::Systems
        << QStringLiteral("HOSTNAME,CI Type,Installed-Version,Target Version,Data Centre,TIER")
        << QStringList{QStringLiteral("name=HOSTNAME"),
                       QStringLiteral("kind=CI Type"),
                       QStringLiteral("site=Data Centre"),
                       QStringLiteral("current_version=Installed-Version"),
                       QStringLiteral("target_version=Target Version"),
                       QStringLiteral("criticality=TIER")};
    QTest::newRow("a column fills one field, the best named one")
        << ImportTarget::Systems << QStringLiteral("System,Hostname,Type,Class")
        << QStringList{QStringLiteral("name=Hostname"), QStringLiteral("kind=Type")};
    QTest::newRow("our own export maps to itself")
        << ImportTarget::Systems << QString::fromUtf8(systemsCsv(ProjectData()).trimmed())
        << QStringList{QStringLiteral("name=name"),
                       QStringLiteral("kind=kind"),
                       QStringLiteral("environment=environment"),
                       QStringLiteral("site=site"),
                       QStringLiteral("current_version=current_version"),
                       QStringLiteral("target_version=target_version"),
                       QStringLiteral("criticality=criticality"),
                       QStringLiteral("owner=owner"),
                       QStringLiteral("business_processes=business_processes"),
                       QStringLiteral("peak_usage=peak_usage"),
                       QStringLiteral("notes=notes")};
    QTest::newRow("ServiceNow relationships")
        << ImportTarget::Dependencies << QStringLiteral("Parent,Type,Child")
        << QStringList{QStringLiteral("dependent=Parent"), QStringLiteral("depends_on=Child"),
                       QStringLiteral("kind=Type")};
    QTest::newRow("source and target with a version requirement")
        << ImportTarget::Dependencies
        << QStringLiteral("Source,Target,Relationship,Required version,Mixed versions")
        << QStringList{QStringLiteral("dependent=Source"), QStringLiteral("depends_on=Target"),
                       QStringLiteral("kind=Relationship"),
                       QStringLiteral("constraint=Required version"),
                       QStringLiteral("mixed_versions_tolerated=Mixed versions")};
    QTest::newRow("unknown columns map to nothing")
        << ImportTarget::Systems << QStringLiteral("Serial number,Cost centre") << QStringList{};
}

void TestCsvImport::columnsAreFoundByTheirCmdbNames()
{
    QFETCH(ImportTarget, target);
    QFETCH(QString, header);
    QFETCH(QStringList, mapped);

    QCOMPARE(mappedColumns(target, header.split(u',')), mapped);
}

void TestCsvImport::cmdbWordsBecomeOurValues_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("key");

    const auto row = [](const char *column, const char *word, const char *key) {
        QTest::addRow("%s '%s' is %s", column, word, key)
            << QString::fromLatin1(column) << QString::fromUtf8(word) << QString::fromLatin1(key);
    };
    row("kind", "DB", "database");
    row("kind", "VM", "server");
    row("kind", "host", "server");
    row("kind", "cmdb_ci_linux_server", "server");
    row("kind", "Operating System", "os");
    row("kind", "NETWORK_DEVICE", "network_device");
    row("kind", "Network device", "network_device");
    row("kind", "Load balancer", "network_device");
    row("kind", "", "server");
    row("environment", "prod", "Production");
    row("environment", "PRD", "Production");
    row("environment", "stage", "Staging");
    row("environment", "QA", "QA");
    row("environment", "test", "Test");
    row("environment", "dev", "Development");
    row("environment", "Disaster Recovery", "DR");
    row("environment", "Pilot", "Pilot");
    row("environment", "Lab  3", "Lab 3");
    row("environment", "", "Production");
    row("criticality", "1", "critical");
    row("criticality", "tier 1", "critical");
    row("criticality", "1 - most critical", "critical");
    row("criticality", "P2", "high");
    row("criticality", "Moderate", "medium");
    row("criticality", "4 - not critical", "low");
    row("criticality", "", "medium");
}

void TestCsvImport::cmdbWordsBecomeOurValues()
{
    QFETCH(QString, column);
    QFETCH(QString, word);
    QFETCH(QString, key);

    const QByteArray csv = "name," + column.toUtf8() + "\nsrv-x,\"" + word.toUtf8() + "\"\n";
    const ImportPreview result = preview(ImportTarget::Systems, csv);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.entities.size(), 1);
    const System system = std::get<System>(result.entities.first());
    const QString actual = column == QLatin1String("kind")          ? enumKey(system.systemKind)
                           : column == QLatin1String("environment") ? system.environment
                                                                    : enumKey(system.criticality);
    QCOMPARE(actual, key);
}

void TestCsvImport::businessProcessesSplitOnPipeAndOnSemicolonUnlessItSeparatesFields()
{
    const auto processes = [this](const QByteArray &csv) {
        return std::get<System>(preview(ImportTarget::Systems, csv).entities.first())
            .businessProcesses;
    };
    const QStringList three{QStringLiteral("orders"), QStringLiteral("billing"),
                            QStringLiteral("returns")};
    QCOMPARE(processes("name,business processes\na,orders; billing|returns\n"), three);
    QCOMPARE(processes("name;business processes\na;\"orders | billing|returns\"\n"), three);
    QCOMPARE(processes("name\tbusiness processes\na\torders;billing;;returns\n"), three);
}

void TestCsvImport::everyBadSystemRowIsReportedWithItsLine()
{
    const ImportPreview result = preview(ImportTarget::Systems, systemsWithProblems);

    QCOMPARE(result.totalRows, 11);
    QCOMPARE(result.skippedRows, 5);
    QCOMPARE(result.entities.size(), 5);
    QCOMPARE(result.entityLines, (QList<int>{2, 3, 7, 11, 12}));
    QCOMPARE(problemShapes(result),
             (QStringList{QStringLiteral("4 name skip"), QStringLiteral("5 name skip"),
                          QStringLiteral("7 kind warn"), QStringLiteral("8 environment skip"),
                          QStringLiteral("8 current_version warn"),
                          QStringLiteral("9 criticality skip"), QStringLiteral("10 - skip"),
                          QStringLiteral("11 current_version warn")}));

    QCOMPARE(messageAt(result, 4),
             QStringLiteral("line 4, Name: the value is missing; this field is required"));
    QCOMPARE(messageAt(result, 5),
             QStringLiteral("line 5, Name: 'web-1' is a duplicate of line 2"));
    // A system the project has is updated where the row fills a field, and says how.
    QCOMPARE(result.updates.size(), 1);
    QCOMPARE(result.updates.first().line, 6);
    QCOMPARE(result.updates.first().after.id, result.updates.first().before.id);
    QCOMPARE(result.updates.first().differences,
             (QStringList{QStringLiteral("Environment: Staging \u2192 Production"),
                          QStringLiteral("Current version: 13.14 \u2192 13"),
                          QStringLiteral("Criticality: Critical \u2192 Low"),
                          QStringLiteral("Owner: Dana DBA \u2192 Ops")}));
    QCOMPARE(result.updates.first().after.targetVersion, QStringLiteral("16.4"));
    QCOMPARE(messageAt(result, 7),
             QStringLiteral("line 7, Kind: 'Blade' is not a known class; imported as Other"));
    QCOMPARE(messageAt(result, 8),
             QStringLiteral("line 8, Environment: 'Development environment shared by the payment "
                            "and shipping t\u2026' is longer than an environment's name can be "
                            "(60 characters)"));
    QVERIFY2(messageAt(result, 9).startsWith(
                 QLatin1String("line 9, Criticality: 'urgent' is unknown; use one of: low, "
                               "medium, high, critical")),
             qPrintable(messageAt(result, 9)));
    QCOMPARE(messageAt(result, 10),
             QStringLiteral("line 10: wrong number of fields (5 in this row, 8 in the header); "
                            "check the quoting of this line"));
    QCOMPARE(messageAt(result, 11),
             QStringLiteral("line 11, Current version: 'n/a' cannot be read (version contains "
                            "no digit); imported as written, compatibility checks will report it "
                            "as unknown"));

    const QList<System> systems = entitiesOf<System>(result);
    QCOMPARE(systems.at(0).name, QStringLiteral("web-1"));
    QCOMPARE(systems.at(0).systemKind, SystemKind::Server);
    QCOMPARE(systems.at(0).environment, QStringLiteral("Production"));
    QCOMPARE(systems.at(0).criticality, Level::Critical);
    QCOMPARE(systems.at(0).currentVersion, QStringLiteral("2.4.57"));
    QCOMPARE(systems.at(0).targetVersion, QStringLiteral("2.4.62"));
    QCOMPARE(systems.at(0).owner, QStringLiteral("Web team"));
    QCOMPARE(systems.at(0).businessProcesses,
             (QStringList{QStringLiteral("orders"), QStringLiteral("billing")}));
    QCOMPARE(systems.at(0).id, Id(0));
    QCOMPARE(systems.at(1).systemKind, SystemKind::Database);
    QCOMPARE(systems.at(1).environment, QStringLiteral("QA"));
    QCOMPARE(systems.at(1).criticality, Level::High);
    QCOMPARE(systems.at(2).systemKind, SystemKind::Other);
    QCOMPARE(systems.at(3).currentVersion, QStringLiteral("n/a"));
    QCOMPARE(systems.at(4).name, QStringLiteral("edge, north"));
    QCOMPARE(systems.at(4).owner, QStringLiteral("Ops, night shift"));
    QCOMPARE(systems.at(4).criticality, Level::Medium);

    QCOMPARE(importSummary(result, QStringLiteral("cmdb.csv")),
             QStringLiteral("Imported 5 systems and updated 1 system from cmdb.csv. Skipped 5 "
                            "rows (wrong number of fields: 1, required value missing: 1, unknown "
                            "value: 2, duplicate in the file: 1). 2 rows were imported with a "
                            "warning (unreadable version: 1, imported as Other: 1)."));
}

void TestCsvImport::dependenciesAreResolvedByNameAndBadOnesReported()
{
    const ImportPreview result = preview(ImportTarget::Dependencies,
                                         "Source,Target,Relationship,Required version,Mixed\n"
                                         "order-service,cache,Depends on::Used by,>=7 <8,yes\n"
                                         "Order-Service,auth-service,Authenticates with,,no\n"
                                         "order-service,db-primary,data,,\n"
                                         "cache,cache,runtime,,\n"
                                         "order-service,ghost,runtime,,\n"
                                         "order-service,cache,data,,\n"
                                         "auth-service,db-primary,data,,maybe\n"
                                         "cache,db-primary,data,>=13 <<16,1\n"
                                         ",db-primary,runtime,,\n");

    QCOMPARE(result.totalRows, 9);
    QCOMPARE(result.skippedRows, 6);
    QCOMPARE(result.entityLines, (QList<int>{2, 3, 9}));
    QCOMPARE(problemShapes(result),
             (QStringList{QStringLiteral("4 depends_on skip"), QStringLiteral("5 depends_on skip"),
                          QStringLiteral("6 depends_on skip"), QStringLiteral("7 depends_on skip"),
                          QStringLiteral("8 mixed_versions_tolerated skip"),
                          QStringLiteral("9 constraint warn"),
                          QStringLiteral("10 dependent skip")}));
    QCOMPARE(messageAt(result, 4),
             QStringLiteral("line 4, Depends on: 'order-service' already depends on 'db-primary' "
                            "in the project"));
    QCOMPARE(messageAt(result, 5),
             QStringLiteral("line 5, Depends on: 'cache' cannot depend on itself"));
    QCOMPARE(messageAt(result, 6),
             QStringLiteral("line 6, Depends on: no system named 'ghost' in the project; add or "
                            "import the systems first"));
    QCOMPARE(messageAt(result, 7),
             QStringLiteral("line 7, Depends on: 'order-service' depending on 'cache' is a "
                            "duplicate of line 2"));
    QCOMPARE(messageAt(result, 8),
             QStringLiteral("line 8, Mixed versions tolerated: 'maybe' is unknown; use yes or no"));
    QVERIFY2(messageAt(result, 9).startsWith(
                 QLatin1String("line 9, Version constraint: '>=13 <<16' cannot be read (")),
             qPrintable(messageAt(result, 9)));

    const QList<Dependency> dependencies = entitiesOf<Dependency>(result);
    QCOMPARE(dependencies.at(0).dependentId, Id(2));
    QCOMPARE(dependencies.at(0).dependencyId, Id(3));
    QCOMPARE(dependencies.at(0).dependencyKind, DependencyKind::Runtime);
    QCOMPARE(dependencies.at(0).constraint, QStringLiteral(">=7 <8"));
    QVERIFY(dependencies.at(0).mixedVersionsTolerated);
    QCOMPARE(dependencies.at(1).dependentId, Id(2));
    QCOMPARE(dependencies.at(1).dependencyId, Id(4));
    QCOMPARE(dependencies.at(1).dependencyKind, DependencyKind::Auth);
    QVERIFY(!dependencies.at(1).mixedVersionsTolerated);
    QCOMPARE(dependencies.at(2).constraint, QStringLiteral(">=13 <<16"));
}

void TestCsvImport::anUnmappedRequiredFieldSkipsEveryRow()
{
    const CsvTable table = tableOf("Class,Version\nDB,1\nVM,2\n");
    const ImportPreview result = previewImport(m_project->data(), ImportTarget::Systems, table,
                                               autoMapColumns(ImportTarget::Systems, table.header));
    QCOMPARE(result.skippedRows, 2);
    QVERIFY(result.entities.isEmpty());
    QCOMPARE(messageAt(result, 2),
             QStringLiteral("line 2, Name: no column of the file is chosen for this required "
                            "field"));
}

void TestCsvImport::importIsOneUndoStepThatReachesTheFile()
{
    const ProjectData before = m_project->data();
    const ImportPreview result = preview(ImportTarget::Systems, systemsWithProblems);
    const int steps = m_project->undoStack()->count();

    QString error;
    QVERIFY2(applyImport(*m_project, result, QStringLiteral("cmdb.csv"), &error), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QCOMPARE(m_project->undoStack()->undoText(),
             QStringLiteral("Import 5 systems and update 1 from cmdb.csv"));
    QCOMPARE(m_project->data().systems.size(), before.systems.size() + 5);
    {
        auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
        QVERIFY(reopened);
        QStringList names;
        for (const auto &[id, system] : reopened.value()->data().systems) {
            QVERIFY(id > 0);
            names.append(system.name);
        }
        for (const char *name : {"web-1", "db-2", "blade-7", "app-9", "edge, north"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    m_project->undoStack()->undo();
    QString difference;
    QVERIFY2(test::sameDocument(m_project->data(), before, &difference), qPrintable(difference));
    auto reopened = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QVERIFY2(test::sameDocument(reopened.value()->data(), before, &difference),
             qPrintable(difference));

    m_project->undoStack()->redo();
    QCOMPARE(m_project->data().systems.size(), before.systems.size() + 5);
    QCOMPARE(m_project->find<System>(1)->owner, QStringLiteral("Ops"));
}

void TestCsvImport::exportThenImportIntoAFreshProjectRoundTrips()
{
    const ProjectData &source = m_project->data();
    auto fresh = createProject(QStringLiteral("fresh.uwb"), ProjectData());
    QString error;
    for (const ImportTarget target : {ImportTarget::Systems, ImportTarget::Dependencies}) {
        const QByteArray csv = target == ImportTarget::Systems ? systemsCsv(source)
                                                               : dependenciesCsv(source);
        const CsvTable table = tableOf(csv);
        const ImportPreview result = previewImport(fresh->data(), target, table,
                                                   autoMapColumns(target, table.header));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
        QVERIFY2(applyImport(*fresh, result, QStringLiteral("export.csv"), &error),
                 qPrintable(error));
    }
    // Same order, same ids in a fresh project: export → import → export is byte-identical.
    QCOMPARE(systemsCsv(fresh->data()), systemsCsv(source));
    QCOMPARE(dependenciesCsv(fresh->data()), dependenciesCsv(source));
    for (const auto &[id, system] : source.systems) {
        System imported = fresh->data().systems.at(id);
        imported.attributes = system.attributes;
        imported.configurationItems = system.configurationItems;
        QCOMPARE(imported, system);
    }
    for (const auto &[id, dependency] : source.dependencies)
        QCOMPARE(fresh->data().dependencies.at(id), dependency);
}

void TestCsvImport::peopleAndWindowsExportWithKeysAndUtcTimes()
{
    const ProjectData data = test::richProject();
    // A telephone number starting with + would be a formula to a spreadsheet: it goes as text.
    QCOMPARE(peopleCsv(data, {2, 1}), QByteArray("name,roles,contact,availability\r\n"
                                                 "Casey Change,approver|lead,'+49 69 0000,\r\n"
                                                 "Dana DBA,executor|verifier,dana@example.org,"
                                                 "2026-12-05T20:00:00Z/2026-12-06T04:00:00Z\r\n"));
    QCOMPARE(windowsCsv(data),
             QByteArray("name,kind,start_utc,end_utc,time_zone,systems,notes\r\n"
                        "Saturday night,maintenance,2026-12-05T21:00:00Z,2026-12-06T03:00:00Z,"
                        "Europe/Berlin,order-service|db-primary,agreed with the business\r\n"));
    QCOMPARE(systemsCsv(data, {2}).count("\r\n"), 2);
}

void TestCsvImport::readOnlyProjectRefusesTheImport()
{
    auto viewer = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(viewer);
    Project &project = *viewer.value();
    QVERIFY(project.isReadOnly());
    const ProjectData before = project.data();
    const CsvTable table = tableOf(systemsWithProblems);
    const ImportPreview result = previewImport(before, ImportTarget::Systems, table,
                                               autoMapColumns(ImportTarget::Systems, table.header));
    QString error;
    QVERIFY(!applyImport(project, result, QStringLiteral("cmdb.csv"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(project.undoStack()->count(), 0);
    QString difference;
    QVERIFY2(test::sameDocument(project.data(), before, &difference), qPrintable(difference));
}

void TestCsvImport::stalePreviewIsRefused()
{
    const ImportPreview result = preview(ImportTarget::Systems, "name\nweb-1\nweb-2\n");
    System taken;
    taken.name = QStringLiteral("WEB-2");
    taken.id = m_project->allocateId(EntityKind::System);
    QVERIFY(edit::addEntities(*m_project, QStringLiteral("add"), {taken}));
    const int steps = m_project->undoStack()->count();

    QString error;
    QVERIFY(!applyImport(*m_project, result, QStringLiteral("cmdb.csv"), &error));
    QVERIFY2(error.contains(QLatin1String("'web-2' now exists")), qPrintable(error));
    QCOMPARE(m_project->undoStack()->count(), steps);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
