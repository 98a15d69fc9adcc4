#include "changeassessor.h"
#include "mainwindow.h"
#include "mspdi.h"
#include "planpage.h"
#include "projectfile.h"
#include "runpage.h"
#include "scripteddialogs.h"
#include "stepchecks.h"
#include "testutil.h"
#include "zonedtime.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace uw;

/**
 * Numbers near the ends of their types, as a damaged or hostile file carries them: durations
 * and lags of 10^18 minutes or more. They are refused where they come in and named wherever a
 * file already holds them; nothing computes a time from them, nothing crashes.
 */
class TestHugeValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void durationsFormatAtTheEndsOfTheirRange();
    void boundsNameTheStepAndTheField();
    void aFileWithHugeNumbersSchedulesReportsAndValidates_data();
    void aFileWithHugeNumbersSchedulesReportsAndValidates();
    void aFileWithHugeNumbersOpensInTheWindow();
    void mspdiImportLeavesHugeDurationsAndLagsOut();
    void anMspdiFileBeyondTheCapIsRefusedUnread();

private:
    QString tamperedProject(const QString &name, const char *sql);

    QTemporaryDir m_dir;
    test::ScriptedDialogs m_dialogs;
};

void TestHugeValues::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Dialogs::setInstance(&m_dialogs);
}

QString TestHugeValues::tamperedProject(const QString &name, const char *sql)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!createProject(path, test::smallRunbook()))
        return {};
    QString error;
    if (!test::runSql(path, sql, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestHugeValues::durationsFormatAtTheEndsOfTheirRange()
{
    // Negating the smallest qint64 overflowed and recursed for ever.
    QVERIFY(formatDuration(std::numeric_limits<qint64>::min()).startsWith(QLatin1Char('-')));
    QVERIFY(!formatDuration(std::numeric_limits<qint64>::max()).isEmpty());
    QCOMPARE(formatDuration(-90), QStringLiteral("-2 min"));
    QCOMPARE(formatMinutes(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("–"));
    QCOMPARE(formatMinutes(std::numeric_limits<double>::infinity()), formatMinutes(1e300));
    QVERIFY(formatMinutes(-1e300).startsWith(QLatin1Char('-')));
    QCOMPARE(formatMinutes(90), QStringLiteral("1 h 30 min"));
}

void TestHugeValues::boundsNameTheStepAndTheField()
{
    QVERIFY(minutesProblem(longestStepMinutes, QStringLiteral("lag")).isEmpty());
    QVERIFY(!minutesProblem(longestStepMinutes + 1, QStringLiteral("lag")).isEmpty());
    QVERIFY(!minutesProblem(-1, QStringLiteral("estimate")).isEmpty());
    QVERIFY(minutesProblem(-1, QStringLiteral("lag"), true).isEmpty());
    QVERIFY(!minutesProblem(std::numeric_limits<double>::quiet_NaN(), QStringLiteral("lag"), true)
                 .isEmpty());

    ProjectData data = test::smallRunbook();
    QVERIFY(stepBoundsProblem(data).isEmpty());
    Step &upgrade = data.steps.begin()->second;
    upgrade.estimate.pessimistic = 1e18;
    const QString problem = stepBoundsProblem(data);
    QVERIFY2(problem.contains(upgrade.title) && problem.contains(QStringLiteral("pessimistic"))
                 && problem.contains(QStringLiteral("longer than a year")),
             qPrintable(problem));
}

void TestHugeValues::aFileWithHugeNumbersSchedulesReportsAndValidates_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("estimate 1e300")
        << QStringLiteral("UPDATE steps SET optimistic = 1e300, likely = 1e300, pessimistic = "
                          "1e300 WHERE id = 3");
    QTest::newRow("estimate near 2^63 seconds")
        << QStringLiteral("UPDATE steps SET likely = 1.6e17, pessimistic = 1.6e17 WHERE id = 2");
    QTest::newRow("lag 1e18") << QStringLiteral("UPDATE step_links SET lag_minutes = 1e18");
    QTest::newRow("lead -1e18") << QStringLiteral("UPDATE step_links SET lag_minutes = -1e18");
}

void TestHugeValues::aFileWithHugeNumbersSchedulesReportsAndValidates()
{
    QFETCH(QString, sql);
    const QString path = tamperedProject(QStringLiteral("%1.uwb").arg(
                                             QLatin1String(QTest::currentDataTag())),
                                         sql.toUtf8().constData());
    QVERIFY(!path.isEmpty());

    const test::AppOutcome scheduled = test::runApp({QStringLiteral("schedule"), path});
    QCOMPARE(scheduled.exitCode, 1);
    QVERIFY2(scheduled.out.contains("longer than a year"), scheduled.out.constData());

    const test::AppOutcome validated = test::runApp({QStringLiteral("validate"), path});
    QCOMPARE(validated.exitCode, 1);
    QVERIFY2(validated.out.contains("longer than a year"), validated.out.constData());

    const QString pdf = path + QStringLiteral(".pdf");
    const test::AppOutcome reported = test::runApp(
        {QStringLiteral("report"), path, QStringLiteral("--kind"), QStringLiteral("plan"),
         QStringLiteral("-o"), pdf});
    QCOMPARE(reported.exitCode, 0);
    QVERIFY2(test::pdfText(pdf).contains(QStringLiteral("longer than a year")),
             "the report names the number it could not plan with");
}

void TestHugeValues::aFileWithHugeNumbersOpensInTheWindow()
{
    const QString path = tamperedProject(QStringLiteral("window.uwb"),
                                         "UPDATE steps SET optimistic = 1e300, likely = 1e300, "
                                         "pessimistic = 1e300");
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    auto *plan = window.page<PlanPage>();
    window.showPage(plan);
    QTRY_VERIFY_WITH_TIMEOUT(plan->assessor()->isSettled(), 30000);
    const auto labels = plan->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("longer than a year"));
    }));
    // The run page counts nothing down from a plan it cannot compute.
    window.showPage(window.page<RunPage>());
    QCoreApplication::processEvents();
}

void TestHugeValues::mspdiImportLeavesHugeDurationsAndLagsOut()
{
    const QString path = m_dir.filePath(QStringLiteral("imported.uwb"));
    QFile::remove(path);
    QVERIFY(createProject(path, ProjectData()));
    const test::AppOutcome imported = test::runApp(
        {QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("mspdi"),
         QStringLiteral(UW_TEST_DATA "/mspdi/huge.xml")});
    // Something was left out: exit 1, and the message names the task and its line.
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains("line 20: task 'Upgrade that never ends'"),
             imported.err.constData());
    QVERIFY2(imported.err.contains("imported without lag"), imported.err.constData());
    auto project = openProject(path);
    QVERIFY(project);
    const ProjectData &data = project.value()->data();
    QCOMPARE(data.steps.size(), size_t(2));
    QCOMPARE(data.links.size(), size_t(1));
    QCOMPARE(data.links.begin()->second.lagMinutes, 0.0);
    QVERIFY(stepBoundsProblem(data).isEmpty());
}

void TestHugeValues::anMspdiFileBeyondTheCapIsRefusedUnread()
{
    const QString path = m_dir.filePath(QStringLiteral("capped.uwb"));
    QFile::remove(path);
    QVERIFY(createProject(path, ProjectData()));
    // Sparse: the size is there, the disk holds nearly nothing.
    QFile big(m_dir.filePath(QStringLiteral("big.xml")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(MaxMspdiBytes + 1));
    big.close();
    const test::AppOutcome imported = test::runApp({QStringLiteral("import"), path,
                                                    QStringLiteral("--format"),
                                                    QStringLiteral("mspdi"), big.fileName()});
    QCOMPARE(imported.exitCode, 3);
    QVERIFY2(imported.err.contains("larger than 64 MB"), imported.err.constData());

    QVERIFY(!readMspdi(QByteArray(MaxMspdiBytes + 1, ' '), ProjectData()));
}

QTEST_MAIN(TestHugeValues)
#include "tst_hugevalues.moc"
