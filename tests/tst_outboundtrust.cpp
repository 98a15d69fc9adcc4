// A received project reaches nothing beyond this computer (no Prometheus query, no token) until
// its user has reviewed and trusted what it would reach; a changed server asks again.
#include "mainwindow.h"
#include "metricmonitor.h"
#include "metricspage.h"
#include "metrictesting.h"
#include "projectfile.h"
#include "runsession.h"
#include "scripteddialogs.h"
#include "testutil.h"
#include "trust.h"

#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;
using uw::test::FakeServer;

namespace {

const QByteArray vectorAnswer = R"({"status":"success","data":{"resultType":"vector","result":[
    {"metric":{"job":"orders"},"value":[1764968400,"0.25"]}]}})";

} // namespace

class TestOutboundTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aReceivedFileWithAnOpenRunQueriesNothingUntilTrusted();
    void anotherServerNeedsTrustAgain();

private:
    /** A project whose metric 3 queries server with the token from an environment variable. */
    QString receivedProject(const FakeServer &server, bool withOpenRun);
    static MetricState stateOf(MainWindow &window);

    QTemporaryDir m_dir;
    test::ScriptedDialogs m_dialogs;
};

void TestOutboundTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setInstance(&m_dialogs);
    qputenv("UW_TEST_PROMETHEUS_TOKEN", "tok-from-environment");
}

void TestOutboundTrust::init()
{
    m_dialogs = test::ScriptedDialogs();
    QFile::remove(TrustStore::defaultPath());
}

QString TestOutboundTrust::receivedProject(const FakeServer &server, bool withOpenRun)
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.uwb").arg(QLatin1String(QTest::currentTestFunction())));
    ProjectData data = test::smallRunbook();
    Metric metric = test::prometheusMetric(server.url());
    metric.intervalSeconds = 1;
    metric.tokenVariable = QStringLiteral("UW_TEST_PROMETHEUS_TOKEN");
    data.metrics[metric.id] = metric;
    auto created = createProject(path, data);
    if (!created)
        return {};
    if (withOpenRun
        && !RunSession::start(*created.value(), RunKind::Rehearsal, QStringLiteral("Dry run"), 0,
                              QStringLiteral("Ben")))
        return {};
    return path;
}

MetricState TestOutboundTrust::stateOf(MainWindow &window)
{
    const MetricMonitor *monitor = window.page<MetricsPage>()->monitor();
    return monitor ? monitor->status(3).state : MetricState::NotConfigured;
}

void TestOutboundTrust::aReceivedFileWithAnOpenRunQueriesNothingUntilTrusted()
{
    FakeServer server;
    server.answer = {200, vectorAnswer, 0};
    const QString path = receivedProject(server, true);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openFile(path));
    // The open run starts the metrics at once; the metric is read, and refused, every second.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(window), MetricState::NotAllowed, 10000);
    QTest::qWait(1500);
    QCOMPARE(stateOf(window), MetricState::NotAllowed);
    QVERIFY2(server.request.isEmpty(), "nothing reaches the server before trust");

    auto *page = window.page<MetricsPage>();
    window.showPage(page);
    auto *review = page->findChild<QPushButton *>(QStringLiteral("reviewCommands"));
    QVERIFY(review && review->isVisible());
    m_dialogs.nextAnswer = Dialogs::Answer::Yes;
    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(m_dialogs.questions.size(), 1);
    for (const QString &named : {server.url(), QStringLiteral("UW_TEST_PROMETHEUS_TOKEN")})
        QVERIFY2(m_dialogs.questions.first().contains(named),
                 qPrintable(m_dialogs.questions.first()));
    QVERIFY(!review->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!server.request.isEmpty(), 10000);
    QVERIFY2(server.request.contains("Bearer tok-from-environment"), server.request.constData());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(window), MetricState::Ok, 10000);
}

void TestOutboundTrust::anotherServerNeedsTrustAgain()
{
    FakeServer trusted;
    trusted.answer = {200, vectorAnswer, 0};
    const QString path = receivedProject(trusted, false);
    QVERIFY(!path.isEmpty());
    auto project = openProject(path);
    QVERIFY(project);
    const TrustStore trust;
    QVERIFY(!trust.isTrusted(path, project.value()->data()));
    QString error;
    QVERIFY2(trust.trust(path, project.value()->data(), QStringLiteral("Ben"),
                         QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    QVERIFY(trust.isTrusted(path, project.value()->data()));

    ProjectData moved = project.value()->data();
    moved.metrics[3].serverUrl = QStringLiteral("http://192.0.2.1:9090");
    QVERIFY2(!trust.isTrusted(path, moved), "a new server is reviewed again");
    ProjectData otherToken = project.value()->data();
    otherToken.metrics[3].tokenVariable = QStringLiteral("AWS_SECRET_ACCESS_KEY");
    QVERIFY2(!trust.isTrusted(path, otherToken), "a new token source is reviewed again");
    ProjectData keychain = project.value()->data();
    keychain.metrics[3].tokenKeychainKey = QStringLiteral("prod");
    QVERIFY2(!trust.isTrusted(path, keychain), "a keychain entry instead is reviewed again");
}

QTEST_MAIN(TestOutboundTrust)
#include "tst_outboundtrust.moc"
