#include "keychain.h"
#include "keychaintesting.h"
#include "metrictesting.h"
#include "prometheus.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVirtualObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace uw;
using uw::test::answerOf;
using uw::test::FakeServer;
using uw::test::readingOf;

namespace {

/** Takes every call to the Secret Service and never answers, like a keyring stuck on a prompt. */
class SilentSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true;
    }

    int calls = 0;
};

} // namespace

/**
 * A keychain that is missing or never answers: on a bus of the test's own where nothing starts
 * on demand, first without any Secret Service, then with one that swallows every call.
 */
class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretServiceIsNamed();
    void aSilentKeychainTimesOut();
    void aMetricWaitingForTheKeychainDoesNotPileUpReads();

private:
    test::PrivateSessionBus m_bus;
    SilentSecretService m_silent;
    QNetworkAccessManager m_network;
};

void TestKeychainTimeout::initTestCase()
{
    if (const QString problem = m_bus.start(test::PrivateSessionBus::Activation::None);
        !problem.isEmpty())
        QFAIL(qPrintable(problem));
}

void TestKeychainTimeout::noSecretServiceIsNamed()
{
    const KeychainAnswer read = answerOf([&](auto done) {
        readKeychainSecret(QStringLiteral("prometheus-prod"), std::chrono::seconds(10), this, done);
    });
    QVERIFY(!read.ok());
    QVERIFY2(read.error.startsWith(QStringLiteral("the system keychain cannot be used")),
             qPrintable(read.error));
}

void TestKeychainTimeout::aSilentKeychainTimesOut()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.secrets")),
             qPrintable(bus.lastError().message()));
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &m_silent, QDBusConnection::SubPath));
    const KeychainAnswer read = answerOf([&](auto done) {
        readKeychainSecret(QStringLiteral("prometheus-prod"), std::chrono::seconds(1), this, done);
    });
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QStringLiteral("did not answer about \"prometheus-prod\" within "
                                                "1 s")),
             qPrintable(read.error));
    QVERIFY(m_silent.calls > 0);
}

void TestKeychainTimeout::aMetricWaitingForTheKeychainDoesNotPileUpReads()
{
    FakeServer server;
    Metric metric = test::prometheusMetric(server.url());
    metric.tokenKeychainKey = QStringLiteral("prometheus-prod");
    PrometheusReader reader(metric, &m_network, true);
    reader.setTimeout(std::chrono::seconds(2));
    std::optional<MetricReading> first;
    reader.read([&first](const MetricReading &reading) { first = reading; });
    const MetricReading second = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(second.status.state, MetricState::NotConfigured);
    QVERIFY2(second.status.message.contains(QStringLiteral("Still waiting")),
             qPrintable(second.status.message));
    QVERIFY(QTest::qWaitFor([&first] { return first.has_value(); }, 10000));
    QCOMPARE(first->status.state, MetricState::NotConfigured);
    QVERIFY2(first->status.message.contains(QStringLiteral("did not answer")),
             qPrintable(first->status.message));
    QVERIFY2(server.request.isEmpty(), "nothing is sent without the token");
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychaintimeout.moc"
