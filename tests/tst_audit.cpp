#include "audit.h"
#include "commands.h"
#include "projectfile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uw;

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void untouchedChainIsIntact();
    void tamperingBehindTheProgramsBackIsFound_data();
    void tamperingBehindTheProgramsBackIsFound();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("audit.uwb"));
    auto project = createProject(m_path, test::richProject());
    QVERIFY(project);
    System system = project.value()->data().systems.at(1);
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        system.name = name;
        QVERIFY(edit::updateEntity(*project.value(), QStringLiteral("Rename"), system));
    }
}

void TestAudit::untouchedChainIsIntact()
{
    auto project = openProject(m_path, Store::Access::ReadOnly);
    QVERIFY(project);
    const AuditVerification result = verifyAuditChain(project.value()->data().audit);
    QVERIFY2(result.intact, qPrintable(result.message));
    QCOMPARE(result.entries, 4);
    QCOMPARE(result.finalHash.size(), 32);
}

void TestAudit::tamperingBehindTheProgramsBackIsFound_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<Id>("firstBroken");
    QTest::addColumn<QString>("messagePart");
    const QByteArray unlock = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";
    QTest::newRow("an action rewritten") << unlock + "UPDATE audit_log SET action='x' WHERE id=3;"
                                         << Id(3) << QStringLiteral("changed after");
    QTest::newRow("a user rewritten") << unlock + "UPDATE audit_log SET user='mallory' WHERE id=2;"
                                      << Id(2) << QStringLiteral("changed after");
    QTest::newRow("an entry removed") << unlock + "DELETE FROM audit_log WHERE id=2;" << Id(3)
                                      << QStringLiteral("does not follow");
    QTest::newRow("entries swapped")
        << unlock
               + "UPDATE audit_log SET id=100 WHERE id=2; UPDATE audit_log SET id=2 WHERE id=3; "
                 "UPDATE audit_log SET id=3 WHERE id=100;"
        << Id(2) << QStringLiteral("does not follow");
}

void TestAudit::tamperingBehindTheProgramsBackIsFound()
{
    QFETCH(QByteArray, sql);
    QFETCH(Id, firstBroken);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY2(test::runSql(m_path, sql.constData(), &error), qPrintable(error));
    auto project = openProject(m_path, Store::Access::ReadOnly);
    QVERIFY(project);
    const AuditVerification result = verifyAuditChain(project.value()->data().audit);
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenId, firstBroken);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
