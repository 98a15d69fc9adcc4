#include "project.h"
#include "testutil.h"

#include <QFile>
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
    void validateReportsABrokenAuditChainAsAFinding();
    void validateJsonNamesAFileError();
    void newWithSampleCreatesAValidProject();

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Outcome run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_sample;
};

TestCli::Outcome TestCli::run(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(UW_APP_PATH));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCli::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.uwb"));
    const Outcome created = run({QStringLiteral("new"), m_sample, QStringLiteral("--sample")});
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
    auto project = Project::open(m_sample, Store::Access::ReadOnly);
    QVERIFY(project);
    const ProjectData &data = project.value()->data();
    QVERIFY(!data.change.title.isEmpty());
    QVERIFY(data.systems.size() >= 20);
    QVERIFY(data.dependencies.size() >= 35);
    QCOMPARE(data.people.size(), size_t(4));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
