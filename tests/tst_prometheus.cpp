#include "baseline.h"
#include "metricpoller.h"
#include "metrictesting.h"
#include "prometheus.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uw;
using uw::test::readingOf;

namespace {

QString labelValue(const QString &seriesKey, const QString &label)
{
    for (const auto &[name, value] : parsePrometheusSeriesKey(seriesKey)) {
        if (name == label)
            return value;
    }
    return {};
}

} // namespace

/**
 * Our Prometheus source against a real Prometheus server that scrapes itself: the answers of
 * the real thing, not of our idea of it.
 */
class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void instantQueryGivesOneSeriesPerLabelSet();
    void rangeQueryGivesHistoryAndABaseline();
    void realServerErrorsBecomeStates();
    void pollerReadsInItsOwnThread();

private:
    Metric metric(const QString &query) const;

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
};

Metric TestPrometheus::metric(const QString &query) const
{
    Metric m;
    m.id = 1;
    m.name = QStringLiteral("Prometheus self-scrape");
    m.source = MetricSource::Prometheus;
    m.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    m.query = query;
    m.intervalSeconds = 1;
    return m;
}

void TestPrometheus::initTestCase()
{
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
    if (binary.isEmpty())
        QFAIL("prometheus is not installed: run `apt-get install prometheus` (scripts/packages.txt "
              "lists it; scripts/install-deps.sh installs it)");
    QVERIFY(m_dir.isValid());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
    probe.close();

    const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("global:\n"
                              "  scrape_interval: 1s\n"
                              "  evaluation_interval: 1s\n"
                              "scrape_configs:\n"
                              "  - job_name: self\n"
                              "    static_configs:\n"
                              "      - targets: ['127.0.0.1:%1']\n")
                   .arg(m_port)
                   .toUtf8());
    file.close();
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")));
    m_server.start(binary,
                   {QStringLiteral("--config.file=") + config,
                    QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port)});
    QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));

    // Up to a minute for the server to start, scrape itself and answer with that sample.
    const Metric up = metric(QStringLiteral("up{job=\"self\"}"));
    PrometheusReader reader(up, &m_network, true);
    reader.setTimeout(std::chrono::seconds(2));
    MetricReading reading;
    const bool settled = QTest::qWaitFor(
        [&] {
            reading = readingOf([&](auto done) { reader.read(done); });
            return reading.status.ok() || m_server.state() != QProcess::Running;
        },
        60000);
    QFile log(m_dir.filePath(QStringLiteral("prometheus.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(settled && reading.status.ok(),
             qPrintable(reading.status.message + u'\n'
                        + QString::fromUtf8(log.readAll().right(3000))));
    // A few scrapes more, so that a range has several points.
    PrometheusReader scrapes(metric(QStringLiteral("count_over_time(up{job=\"self\"}[1m])")),
                             &m_network, true);
    const auto scraped = [&] {
        const MetricReading count = readingOf([&](auto done) { scrapes.read(done); });
        return count.status.ok() && count.samples.value(0).value >= 4;
    };
    QTRY_VERIFY_WITH_TIMEOUT(scraped(), 60000);
}

void TestPrometheus::cleanupTestCase()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(15000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

void TestPrometheus::instantQueryGivesOneSeriesPerLabelSet()
{
    PrometheusReader reader(metric(QStringLiteral("up")), &m_network, true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QVERIFY2(reading.status.ok(), qPrintable(reading.status.message));
    QCOMPARE(reading.samples.size(), 1);
    const MetricSample &sample = reading.samples.first();
    const QString instance = QStringLiteral("127.0.0.1:%1").arg(m_port);
    QCOMPARE(sample.value, 1.0);
    QCOMPARE(sample.metricId, Id(1));
    QCOMPARE(labelValue(sample.series, QStringLiteral("__name__")), QStringLiteral("up"));
    QCOMPARE(labelValue(sample.series, QStringLiteral("job")), QStringLiteral("self"));
    QCOMPARE(labelValue(sample.series, QStringLiteral("instance")), instance);
    QCOMPARE(readableLegend(sample.series),
             QStringLiteral("up: instance=%1, job=self").arg(instance));
    QVERIFY(qAbs(sample.timeUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    PrometheusReader buildInfo(metric(QStringLiteral("prometheus_build_info")), &m_network, true);
    const MetricReading info = readingOf([&](auto done) { buildInfo.read(done); });
    QVERIFY2(info.status.ok(), qPrintable(info.status.message));
    QCOMPARE(info.samples.size(), 1);
    QCOMPARE(info.samples.first().value, 1.0);
    QVERIFY(labelValue(info.samples.first().series, QStringLiteral("version")).startsWith(u'2'));

    // An expression of two series keeps them apart by their labels.
    PrometheusReader both(metric(QStringLiteral("up or label_replace(up, \"copy\", \"yes\", "
                                                "\"job\", \".*\")")),
                          &m_network, true);
    const MetricReading two = readingOf([&](auto done) { both.read(done); });
    QVERIFY2(two.status.ok(), qPrintable(two.status.message));
    QCOMPARE(two.samples.size(), 2);
    QVERIFY(two.samples[0].series != two.samples[1].series);
}

void TestPrometheus::rangeQueryGivesHistoryAndABaseline()
{
    PrometheusReader reader(metric(QStringLiteral("up{job=\"self\"}")), &m_network, true);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-30);
    const MetricReading reading = readingOf(
        [&](auto done) { reader.readRange(start, end, std::chrono::seconds(1), done); });
    QVERIFY2(reading.status.ok(), qPrintable(reading.status.message));
    QVERIFY2(reading.samples.size() >= 3, qPrintable(QString::number(reading.samples.size())));
    for (int i = 0; i < reading.samples.size(); ++i) {
        const MetricSample &sample = reading.samples[i];
        QCOMPARE(sample.value, 1.0);
        QCOMPARE(labelValue(sample.series, QStringLiteral("job")), QStringLiteral("self"));
        QVERIFY(sample.timeUtc >= start.addSecs(-1) && sample.timeUtc <= end.addSecs(1));
        if (i > 0)
            QVERIFY(sample.timeUtc > reading.samples[i - 1].timeUtc);
    }
    const std::optional<BaselineStats> stats = baselineFromSamples(reading.samples, 1,
                                                                   {start.addSecs(-1),
                                                                    end.addSecs(1)});
    QVERIFY(stats);
    QCOMPARE(stats->count, int(reading.samples.size()));
    QCOMPARE(stats->mean, 1.0);
    QCOMPARE(stats->stddev, 0.0);
}

void TestPrometheus::realServerErrorsBecomeStates()
{
    PrometheusReader broken(metric(QStringLiteral("sum(up")), &m_network, true);
    const MetricReading syntax = readingOf([&](auto done) { broken.read(done); });
    QCOMPARE(syntax.status.state, MetricState::QueryFailed);
    QVERIFY2(syntax.status.message.contains(QLatin1String("bad_data")),
             qPrintable(syntax.status.message));

    PrometheusReader range(metric(QStringLiteral("up[1m]")), &m_network, true);
    const MetricReading matrix = readingOf([&](auto done) { range.read(done); });
    QCOMPARE(matrix.status.state, MetricState::BadAnswer);
    QVERIFY2(matrix.status.message.contains(QLatin1String("matrix")),
             qPrintable(matrix.status.message));

    PrometheusReader nothing(metric(QStringLiteral("up{job=\"no-such-job\"}")), &m_network, true);
    const MetricReading empty = readingOf([&](auto done) { nothing.read(done); });
    QCOMPARE(empty.status.state, MetricState::NoData);

    PrometheusReader notANumber(metric(QStringLiteral("0/0")), &m_network, true);
    const MetricReading nan = readingOf([&](auto done) { notANumber.read(done); });
    QCOMPARE(nan.status.state, MetricState::InvalidValue);
    QVERIFY(nan.samples.isEmpty());
}

void TestPrometheus::pollerReadsInItsOwnThread()
{
    MetricPoller poller;
    QSignalSpy readings(&poller, &MetricPoller::readingArrived);
    poller.setMetrics({metric(QStringLiteral("up{job=\"self\"}"))},
                      [](const Metric &) { return true; });
    QTRY_VERIFY_WITH_TIMEOUT(readings.count() >= 2, 10000);
    poller.stop();
    const auto reading = readings.first().at(1).value<MetricReading>();
    QCOMPARE(readings.first().first().value<Id>(), Id(1));
    QVERIFY2(reading.status.ok(), qPrintable(reading.status.message));
    QVERIFY(reading.status.timeUtc.isValid());
    QCOMPARE(reading.samples.size(), 1);
    QCOMPARE(reading.samples.first().value, 1.0);
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
