#include "commands.h"
#include "csvimport.h"
#include "csvimporttest.h"
#include "projectfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;
using namespace uw::test::csvimport;

/**
 * Exports as CMDBs and vendors hand them over: a ServiceNow server list and relationship list
 * with their own column names, classes and relationship types, and a vendor compatibility
 * matrix becoming rules.
 */
class TestCmdbImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serviceNowServerClassesAndColumnsAreRecognised();
    void serviceNowRelationshipTypesKeepTheirDirection();
    void aVendorMatrixBecomesCompatibilityRules();
    void nothingIsDroppedForItsClassTypeOrEnvironment();
    void aNewerExportUpdatesTheSystemsTheProjectHas();

private:
    ImportPreview preview(ImportTarget target, const QByteArray &csv) const
    {
        const CsvTable table = tableOf(csv);
        return previewImport(m_project->data(), target, table, autoMapColumns(target, table.header));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestCmdbImport::init()
{
    const QString path = m_dir.filePath(QLatin1String(QTest::currentTestFunction())
                                        + QStringLiteral(".uwb"));
    QFile::remove(path);
    auto project = createProject(path, projectWithFourSystems());
    QVERIFY(project);
    m_project = std::move(project.value());
}

void TestCmdbImport::serviceNowServerClassesAndColumnsAreRecognised()
{
    // A cmdb_ci_server list export: its own column names and a class per make of server.
    const ImportPreview result = preview(ImportTarget::Systems,
                                         "name,sys_class_name,os_version,u_environment,location\n"
                                         "esx-01,cmdb_ci_esx_server,7.0.3,Production,FRA1\n"
                                         "aix-01,cmdb_ci_aix_server,7.3,Production,FRA1\n"
                                         "sol-01,cmdb_ci_solaris_server,11.4,Production,FRA2\n"
                                         "hp-01,cmdb_ci_hpux_server,11.31,Production,FRA2\n"
                                         "ibm-01,cmdb_ci_ibm_i_server,7.5,Production,FRA2\n"
                                         "lnx-01,cmdb_ci_linux_server,12,Production,FRA1\n");
    QCOMPARE(result.skippedRows, 0);
    QVERIFY(result.problems.isEmpty());
    const QList<System> systems = entitiesOf<System>(result);
    QCOMPARE(systems.size(), 6);
    for (const System &system : systems) {
        QCOMPARE(system.systemKind, SystemKind::Server);
        QVERIFY2(!system.currentVersion.isEmpty(), qPrintable(system.name));
    }
    QCOMPARE(systems.at(1).currentVersion, QStringLiteral("7.3"));
}

void TestCmdbImport::serviceNowRelationshipTypesKeepTheirDirection()
{
    const ImportPreview result = preview(ImportTarget::Dependencies,
                                         "parent,type,child\n"
                                         "order-service,Runs on::Runs,cache\n"
                                         "db-primary,Contains::Contained by,auth-service\n"
                                         "cache,IP Connection::IP Connection,auth-service\n"
                                         "auth-service,Virtualized by::Virtualizes,cache\n"
                                         "cache,Members::Member of,db-primary\n"
                                         "auth-service,Used by::Depends on,order-service\n");
    QCOMPARE(result.skippedRows, 0);
    const QList<Dependency> dependencies = entitiesOf<Dependency>(result);
    QCOMPARE(dependencies.size(), 6);
    // The order service runs on the cache host; the auth service is contained by db-primary's
    // host, so it is the one that depends.
    QCOMPARE(dependencies.at(0).dependentId, Id(2));
    QCOMPARE(dependencies.at(0).dependencyId, Id(3));
    QCOMPARE(dependencies.at(1).dependentId, Id(4));
    QCOMPARE(dependencies.at(1).dependencyId, Id(1));
    QCOMPARE(dependencies.at(2).dependencyKind, DependencyKind::Network);
    QCOMPARE(dependencies.at(3).dependentId, Id(4));
    QCOMPARE(dependencies.at(3).dependencyId, Id(3));
    QCOMPARE(dependencies.at(5).dependentId, Id(2));
    QCOMPARE(dependencies.at(5).dependencyId, Id(4));
}

void TestCmdbImport::nothingIsDroppedForItsClassTypeOrEnvironment()
{
    // Classes, relationship types and environments no list foresees come in, and say so.
    const ImportPreview systems = preview(ImportTarget::Systems,
                                          "name,sys_class_name,u_environment\n"
                                          "mf-01,cmdb_ci_mainframe,Disaster Recovery\n"
                                          "lab-01,cmdb_ci_linux_server,Lab Berlin\n"
                                          "dev-01,cmdb_ci_linux_server,DEV\n");
    QCOMPARE(systems.skippedRows, 0);
    const QList<System> added = entitiesOf<System>(systems);
    QCOMPARE(added.size(), 3);
    QCOMPARE(added.at(0).systemKind, SystemKind::Other);
    QCOMPARE(added.at(0).environment, QStringLiteral("DR"));
    QCOMPARE(added.at(1).environment, QStringLiteral("Lab Berlin"));
    QCOMPARE(added.at(2).environment, QStringLiteral("Development"));
    QCOMPARE(systems.problems.size(), 1);
    QCOMPARE(systems.problems.first().issue, ImportIssue::UnmappedValue);
    QVERIFY(!systems.problems.first().skipsRow);

    const ImportPreview links
        = preview(ImportTarget::Dependencies,
                  "parent,type,child\n"
                  "order-service,Sends alerts to::Receives alerts from,cache\n");
    QCOMPARE(links.skippedRows, 0);
    QCOMPARE(entitiesOf<Dependency>(links).first().dependencyKind, DependencyKind::Other);
    QVERIFY2(links.problems.first().message.contains(QStringLiteral("imported as Other")),
             qPrintable(links.problems.first().message));
}

void TestCmdbImport::aNewerExportUpdatesTheSystemsTheProjectHas()
{
    const QByteArray newer = "name,sys_class_name,os_version,u_environment,location\n"
                             "DB-PRIMARY,cmdb_ci_db_instance,13.15,Staging,Frankfurt DC1\n"
                             "cache,cmdb_ci_mainframe,4.8.2,Production,Frankfurt DC2\n"
                             "order-service,,,,\n"
                             "new-01,cmdb_ci_linux_server,12,Production,FRA1\n";
    const ImportPreview result = preview(ImportTarget::Systems, newer);
    QCOMPARE(entitiesOf<System>(result).size(), 1);
    // db-primary: only the version moved; the cache's unknown class leaves its kind alone and
    // nothing else differs; the order service row fills nothing.
    QCOMPARE(result.updates.size(), 1);
    QCOMPARE(result.updates.first().before.id, Id(1));
    QCOMPARE(result.updates.first().differences,
             QStringList{QStringLiteral("Current version: 13.14 \u2192 13.15")});
    QStringList upToDate;
    for (const ImportProblem &problem : result.problems) {
        if (problem.issue == ImportIssue::UpToDate)
            upToDate.append(QString::number(problem.line));
    }
    QCOMPARE(upToDate, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));

    const ProjectData before = m_project->data();
    QString error;
    QVERIFY2(applyImport(*m_project, result, QStringLiteral("newer.csv"), &error),
             qPrintable(error));
    QCOMPARE(m_project->find<System>(1)->currentVersion, QStringLiteral("13.15"));
    QCOMPARE(m_project->find<System>(1)->owner, before.systems.at(1).owner);
    QCOMPARE(m_project->data().systems.size(), before.systems.size() + 1);
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(importSummary(result, QStringLiteral("newer.csv")),
             QStringLiteral("Imported 1 system and updated 1 system from newer.csv. Skipped 2 "
                            "rows (already up to date: 2)."));

    // The same preview again is stale: db-primary changed since.
    QVERIFY(!applyImport(*m_project, result, QStringLiteral("newer.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("changed or removed")), qPrintable(error));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->find<System>(1)->currentVersion, QStringLiteral("13.14"));
}

void TestCmdbImport::aVendorMatrixBecomesCompatibilityRules()
{
    // A vendor's matrix as people keep it: their own column names, a range per row.
    const ImportPreview result = preview(ImportTarget::Rules,
                                         "Product,Version,Requires,Supported versions,Reference\n"
                                         "order-service,>=5.0,db-primary,>=14 <17,Guide 5.0\n"
                                         "order-service,<5.0,db-primary,<16,Notes 4.8\n"
                                         "cache,,auth-service,^2,\n"
                                         "order-service,,ghost,>=1,\n"
                                         "cache,,cache,>=1,\n"
                                         "cache,>=7 <<8,db-primary,>=13,\n"
                                         "cache,,db-primary,,\n");
    QCOMPARE(result.totalRows, 7);
    QCOMPARE(result.skippedRows, 4);
    QCOMPARE(result.entityLines, (QList<int>{2, 3, 4}));
    QCOMPARE(problemShapes(result),
             (QStringList{QStringLiteral("5 requires skip"), QStringLiteral("6 requires skip"),
                          QStringLiteral("7 when_version skip"),
                          QStringLiteral("8 required_range skip")}));
    QCOMPARE(messageAt(result, 5),
             QStringLiteral("line 5, Needs: no system named 'ghost' in the project; add or "
                            "import the systems first"));
    QCOMPARE(messageAt(result, 6), QStringLiteral("line 6, Needs: 'cache' cannot need itself"));
    const QList<CompatibilityRule> rules = entitiesOf<CompatibilityRule>(result);
    QCOMPARE(rules.at(0).systemId, Id(2));
    QCOMPARE(rules.at(0).whenVersion, QStringLiteral(">=5.0"));
    QCOMPARE(rules.at(0).requiredSystemId, Id(1));
    QCOMPARE(rules.at(0).requiredRange, QStringLiteral(">=14 <17"));
    QCOMPARE(rules.at(0).source, QStringLiteral("Guide 5.0"));
    QVERIFY(rules.at(2).whenVersion.isEmpty());

    QString error;
    const size_t before = m_project->data().rules.size();
    QVERIFY2(applyImport(*m_project, result, QStringLiteral("matrix.csv"), &error),
             qPrintable(error));
    QCOMPARE(m_project->data().rules.size(), before + 3);
    QCOMPARE(m_project->undoStack()->undoText(),
             QStringLiteral("Import 3 compatibility rules from matrix.csv"));
}

QTEST_MAIN(TestCmdbImport)
#include "tst_cmdbimport.moc"
