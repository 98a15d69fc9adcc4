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
