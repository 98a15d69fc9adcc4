#include "keychain.h"
#include "keychaintesting.h"
#include "metricdialog.h"
#include "metricpoller.h"
#include "metrictesting.h"
#include "prometheus.h"
#include "scripteddialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace uw;
using uw::test::answerOf;
using uw::test::FakeServer;
using uw::test::readingOf;

namespace {

const QByteArray vectorAnswer = R"({"status":"success","data":{"resultType":"vector","result":[
    {"metric":{"job":"orders"},"value":[1764968400,"0.25"]}]}})";

Metric tokenMetric(const QString &url, const QString &keychainEntry)
{
    Metric metric = test::prometheusMetric(url);
    metric.tokenKeychainKey = keychainEntry;
    return metric;
}

QByteArray authorizationOf(const QByteArray &request)
{
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith("authorization:"))
            return line.mid(14).trimmed();
    }
    return {};
}

} // namespace

/**
 * Bearer tokens in a real system keychain: GNOME Keyring's Secret Service on a session bus of
 * the test's own, so that the user's keyring is never touched.
 */
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aStoredTokenIsReadBack();
    void aMissingEntryIsNamed();
    void prometheusSendsTheTokenFromTheKeychain();
    void aRefusedTokenIsReadAgain();
    void aMissingTokenIsTheMetricsState();
    void aTokenStoredForAnotherServerIsNeverSent();
    void anUntrustedMetricSendsNothing();
    void thePollerThreadReadsTheKeychain();
    void theMetricDialogStoresTheToken();

private:
    void store(const QString &entry, const QByteArray &token);

    test::PrivateSessionBus m_bus;
    QNetworkAccessManager m_network;
    test::ScriptedDialogs m_dialogs;
};

void TestKeychain::initTestCase()
{
    if (const QString problem = m_bus.start(); !problem.isEmpty())
        QFAIL(qPrintable(problem));
    if (const QString problem = m_bus.startKeyring(); !problem.isEmpty())
        QFAIL(qPrintable(problem));
    Dialogs::setInstance(&m_dialogs);
}

void TestKeychain::store(const QString &entry, const QByteArray &token)
{
    const KeychainAnswer stored = answerOf([&](auto done) {
        writeKeychainSecret(entry, token, std::chrono::seconds(20), this, done);
    });
    QVERIFY2(stored.ok(), qPrintable(stored.error));
}

void TestKeychain::aStoredTokenIsReadBack()
{
    store(QStringLiteral("prometheus-prod"), "tok-1f2e3d");
    const KeychainAnswer read = answerOf([&](auto done) {
        readKeychainSecret(QStringLiteral("prometheus-prod"), std::chrono::seconds(20), this, done);
    });
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.secret, QByteArray("tok-1f2e3d"));
}

void TestKeychain::aMissingEntryIsNamed()
{
    const KeychainAnswer read = answerOf([&](auto done) {
        readKeychainSecret(QStringLiteral("nobody-stored-this"), std::chrono::seconds(20), this,
                           done);
    });
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QStringLiteral("no entry \"nobody-stored-this\"")),
             qPrintable(read.error));
}

void TestKeychain::prometheusSendsTheTokenFromTheKeychain()
{
    FakeServer server;
    server.answer = {200, vectorAnswer, 0};
    store(originBoundKeychainKey(QStringLiteral("orders-prometheus"), QUrl(server.url())),
          "tok-orders");
    PrometheusReader reader(tokenMetric(server.url(), QStringLiteral("orders-prometheus")),
                            &m_network, true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QVERIFY2(reading.status.ok(), qPrintable(reading.status.message));
    QCOMPARE(reading.samples.size(), 1);
    QCOMPARE(authorizationOf(server.request), QByteArray("Bearer tok-orders"));
}

void TestKeychain::aRefusedTokenIsReadAgain()
{
    FakeServer server;
    server.answer = {200, vectorAnswer, 0};
    const QString entry = originBoundKeychainKey(QStringLiteral("rotated"), QUrl(server.url()));
    store(entry, "tok-old");
    PrometheusReader reader(tokenMetric(server.url(), QStringLiteral("rotated")), &m_network, true);
    QVERIFY(readingOf([&](auto done) { reader.read(done); }).status.ok());
    QCOMPARE(authorizationOf(server.request), QByteArray("Bearer tok-old"));

    // The token is rotated in the keychain; the server refuses the old one once.
    store(entry, "tok-new");
    server.answer = {401, R"({"status":"error","error":"unauthorized"})", 0};
    const MetricReading refused = readingOf([&](auto done) { reader.read(done); });
    QVERIFY(!refused.status.ok());
    QCOMPARE(authorizationOf(server.request), QByteArray("Bearer tok-old"));
    server.answer = {200, vectorAnswer, 0};
    QVERIFY(readingOf([&](auto done) { reader.read(done); }).status.ok());
    QCOMPARE(authorizationOf(server.request), QByteArray("Bearer tok-new"));
}

void TestKeychain::aMissingTokenIsTheMetricsState()
{
    FakeServer server;
    server.answer = {200, vectorAnswer, 0};
    PrometheusReader reader(tokenMetric(server.url(), QStringLiteral("never-stored")), &m_network,
                            true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::NotConfigured);
    QVERIFY2(reading.status.message.contains(QStringLiteral("Error rate")),
             qPrintable(reading.status.message));
    QVERIFY2(reading.status.message.contains(QStringLiteral("never-stored")),
             qPrintable(reading.status.message));
    QVERIFY2(server.request.isEmpty(), "nothing is sent without the token");
}

void TestKeychain::aTokenStoredForAnotherServerIsNeverSent()
{
    FakeServer stored;
    FakeServer elsewhere;
    elsewhere.answer = {200, vectorAnswer, 0};
    store(originBoundKeychainKey(QStringLiteral("prod"), QUrl(stored.url())), "tok-prod");
    // A received file names the user's entry but points it at a server of its own.
    PrometheusReader reader(tokenMetric(elsewhere.url(), QStringLiteral("prod")), &m_network, true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::NotConfigured);
    QVERIFY2(reading.status.message.contains(QStringLiteral("prod")),
             qPrintable(reading.status.message));
    QVERIFY2(elsewhere.request.isEmpty(), "the token stored for one origin never goes to another");
}

void TestKeychain::anUntrustedMetricSendsNothing()
{
    FakeServer server;
    server.answer = {200, vectorAnswer, 0};
    store(originBoundKeychainKey(QStringLiteral("untrusted"), QUrl(server.url())), "tok-untrusted");
    MetricPoller poller;
    QSignalSpy readings(&poller, &MetricPoller::readingArrived);
    poller.setMetrics({tokenMetric(server.url(), QStringLiteral("untrusted"))},
                      [](const Metric &) { return false; });
    QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 20000);
    poller.stop();
    const auto reading = readings.first().at(1).value<MetricReading>();
    QCOMPARE(reading.status.state, MetricState::NotAllowed);
    QVERIFY2(server.request.isEmpty(), "nothing is sent before the user trusts the project");
}

void TestKeychain::thePollerThreadReadsTheKeychain()
{
    FakeServer server;
    server.answer = {200, vectorAnswer, 0};
    store(originBoundKeychainKey(QStringLiteral("polled"), QUrl(server.url())), "tok-polled");
    MetricPoller poller;
    QSignalSpy readings(&poller, &MetricPoller::readingArrived);
    poller.setMetrics({tokenMetric(server.url(), QStringLiteral("polled"))},
                      [](const Metric &) { return true; });
    QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 1, 20000);
    poller.stop();
    const auto reading = readings.first().at(1).value<MetricReading>();
    QVERIFY2(reading.status.ok(), qPrintable(reading.status.message));
    QCOMPARE(authorizationOf(server.request), QByteArray("Bearer tok-polled"));
}

void TestKeychain::theMetricDialogStoresTheToken()
{
    MetricDialog dialog(tokenMetric(QStringLiteral("http://127.0.0.1:9090"), QString()));
    dialog.show();
    auto *source = dialog.findChild<QComboBox *>(QStringLiteral("metricTokenSource"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("metricTokenName"));
    auto *storeButton = dialog.findChild<QPushButton *>(QStringLiteral("metricStoreToken"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("metricTokenStatus"));
    QVERIFY(source && name && storeButton && status);
    QVERIFY(!storeButton->isVisible());
    source->setCurrentIndex(source->findText(QStringLiteral("From the system keychain")));
    QVERIFY(storeButton->isVisible());

    QTest::mouseClick(storeButton, Qt::LeftButton);
    QVERIFY2(status->text().contains(QStringLiteral("Name the keychain entry")),
             qPrintable(status->text()));
    QTest::keyClicks(name, QStringLiteral("dialog-entry"));
    m_dialogs.nextSecret = QStringLiteral("tok-from-dialog");
    QTest::mouseClick(storeButton, Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([status] { return status->text().contains(QStringLiteral("stored")); },
                             30000),
             qPrintable(status->text()));
    QVERIFY2(!status->text().contains(QStringLiteral("not stored")), qPrintable(status->text()));

    const KeychainAnswer read = answerOf([&](auto done) {
        readKeychainSecret(originBoundKeychainKey(QStringLiteral("dialog-entry"),
                                                  QUrl(QStringLiteral("http://127.0.0.1:9090"))),
                           std::chrono::seconds(20), this, done);
    });
    QCOMPARE(read.secret, QByteArray("tok-from-dialog"));
    const Metric edited = dialog.metric();
    QCOMPARE(edited.tokenKeychainKey, QStringLiteral("dialog-entry"));
    QVERIFY(edited.tokenVariable.isEmpty());
    const QByteArray file = QByteArray("tok-from-dialog");
    QVERIFY2(!edited.tokenKeychainKey.toUtf8().contains(file), "the token itself is not kept");
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
