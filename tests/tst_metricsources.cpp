#include "commandrunner.h"
#include "localmachine.h"
#include "metriccommand.h"
#include "metricmonitor.h"
#include "metrictesting.h"
#include "projectfile.h"
#include "prometheus.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace uw;
using uw::test::FakeServer;
using uw::test::prometheusMetric;
using uw::test::readingOf;

Q_DECLARE_METATYPE(uw::MetricState)

namespace {

Metric commandMetric(const QString &command, int intervalSeconds = 5)
{
    Metric metric;
    metric.id = 4;
    metric.name = QStringLiteral("Queue depth");
    metric.source = MetricSource::Command;
    metric.query = command;
    metric.intervalSeconds = intervalSeconds;
    return metric;
}

Metric localMetric(const QString &query)
{
    Metric metric;
    metric.id = 5;
    metric.name = QStringLiteral("This machine");
    metric.source = MetricSource::LocalMachine;
    metric.query = query;
    return metric;
}

const QDateTime fixedTime = QDateTime(QDate(2026, 12, 5), QTime(21, 0), Qt::UTC);

} // namespace

/** Every way a metric source can fail becomes a state with a reason, never a crash. */
class TestMetricSources : public QObject
{
    Q_OBJECT

private slots:
    void prometheusAnswers_data();
    void prometheusAnswers();
    void slowServerTimesOut();
    void closedPortIsUnreachable();
    void incompleteMetricsAreNotConfigured();
    void tokenComesFromTheEnvironmentAndQueryIsEncoded();
    void rangeQueriesAskForMatrices();
    void seriesKeysAndLegends();
    void procFilesParse();
    void garbledProcFilesAreRefused();
    void localMemoryAndDiskAreSane();
    void localRatesNeedTwoReadings();
    void unknownLocalQuantityIsNotConfigured();
    void commandOutput_data();
    void commandOutput();
    void failingCommandReportsExitCodeAndError();
    void slowCommandIsKilledAtTheTimeout();
    void untrustedCommandDoesNotRun();
    void monitorRecordsSamplesAndRaisesRollbackTriggers();
};

void TestMetricSources::prometheusAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<MetricState>("state");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("sampleCount");

    QTest::newRow("two series")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"instance":"a:9090","job":"api"},"value":[1764968400.5,"0.25"]},
            {"metric":{"instance":"b:9090","job":"api"},"value":[1764968400.5,"1e-3"]}]}})")
        << MetricState::Ok << QString() << 2;
    QTest::newRow("a scalar is one value")
        << 200
        << QByteArray(
               R"({"status":"success","data":{"resultType":"scalar","result":[1764968400,"3"]}})")
        << MetricState::Ok << QString() << 1;
    QTest::newRow("HTTP 500 without a Prometheus error")
        << 500 << QByteArray("<html>upstream failed</html>") << MetricState::HttpError
        << QStringLiteral("HTTP 500") << 0;
    QTest::newRow("Prometheus says why it refused the query")
        << 400
        << QByteArray(R"({"status":"error","errorType":"bad_data","error":"parse error at char 5"})")
        << MetricState::QueryFailed << QStringLiteral("(bad_data): parse error at char 5") << 0;
    QTest::newRow("invalid JSON") << 200 << QByteArray(R"({"status":"success","data":{)")
                                  << MetricState::BadAnswer << QStringLiteral("not JSON") << 0;
    QTest::newRow("matrix where a vector was expected")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"job":"api"},"values":[[1764968400,"1"],[1764968415,"2"]]}]}})")
        << MetricState::BadAnswer << QStringLiteral("matrix") << 0;
    QTest::newRow("NaN and +Inf are reported, finite values kept")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"job":"a"},"value":[1764968400,"NaN"]},
            {"metric":{"job":"b"},"value":[1764968400,"+Inf"]},
            {"metric":{"job":"c"},"value":[1764968400,"7"]}]}})")
        << MetricState::InvalidValue << QStringLiteral("{job=\"a\"}; {job=\"b\"}") << 1;
    QTest::newRow("empty result")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
        << MetricState::NoData << QStringLiteral("no series") << 0;
    QTest::newRow("a value that is no number")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{},"value":[1764968400,"lots"]}]}})")
        << MetricState::BadAnswer << QStringLiteral("\"lots\"") << 0;
    QTest::newRow("a value without a time")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{},"value":"1"}]}})")
        << MetricState::BadAnswer << QStringLiteral("Result 1") << 0;
    QTest::newRow("a status Prometheus never sends")
        << 200 << QByteArray(R"({"status":"maybe"})") << MetricState::BadAnswer
        << QStringLiteral("\"maybe\"") << 0;
    QTest::newRow("a string result")
        << 200
        << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})")
        << MetricState::BadAnswer << QStringLiteral("\"string\"") << 0;
}

void TestMetricSources::prometheusAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(MetricState, state);
    QFETCH(QString, messagePart);
    QFETCH(int, sampleCount);

    FakeServer server;
    server.answer = {status, body, 0};
    QNetworkAccessManager network;
    PrometheusReader reader(prometheusMetric(server.url()), &network, true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, state);
    QVERIFY2(reading.status.message.contains(messagePart), qPrintable(reading.status.message));
    QCOMPARE(reading.samples.size(), sampleCount);
    if (state != MetricState::Ok)
        QVERIFY2(reading.status.message.contains(server.url()), qPrintable(reading.status.message));
    for (const MetricSample &sample : reading.samples)
        QCOMPARE(sample.metricId, Id(3));
}

void TestMetricSources::slowServerTimesOut()
{
    FakeServer server;
    server.answer = {200, R"({"status":"success","data":{"resultType":"vector","result":[]}})",
                     5000};
    QNetworkAccessManager network;
    PrometheusReader reader(prometheusMetric(server.url()), &network, true);
    reader.setTimeout(std::chrono::milliseconds(300));
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::Timeout);
    QVERIFY2(reading.status.message.contains(QLatin1String("0.3 s")),
             qPrintable(reading.status.message));
    QVERIFY2(server.answered == 0, "the reading ends at the timeout, not with the server");
}

void TestMetricSources::closedPortIsUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager network;
    PrometheusReader reader(prometheusMetric(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                            &network, true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::Unreachable);
    QVERIFY2(reading.status.message.contains(QString::number(port)),
             qPrintable(reading.status.message));
}

void TestMetricSources::incompleteMetricsAreNotConfigured()
{
    QNetworkAccessManager network;
    for (const QString &url :
         {QString(), QStringLiteral("ftp://host/"), QStringLiteral("just words")}) {
        PrometheusReader reader(prometheusMetric(url), &network, true);
        const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
        QCOMPARE(reading.status.state, MetricState::NotConfigured);
        QVERIFY2(reading.status.message.contains(QLatin1String("Error rate")),
                 qPrintable(reading.status.message));
    }
    Metric withoutVariable = prometheusMetric(QStringLiteral("http://127.0.0.1:1"));
    withoutVariable.tokenVariable = QStringLiteral("UW_TEST_TOKEN_THAT_IS_NOT_SET");
    qunsetenv("UW_TEST_TOKEN_THAT_IS_NOT_SET");
    PrometheusReader reader(withoutVariable, &network, true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::NotConfigured);
    QVERIFY2(reading.status.message.contains(withoutVariable.tokenVariable),
             qPrintable(reading.status.message));
}

void TestMetricSources::tokenComesFromTheEnvironmentAndQueryIsEncoded()
{
    FakeServer server;
    server.answer = {200, R"({"status":"success","data":{"resultType":"vector","result":[]}})", 0};
    Metric metric = prometheusMetric(server.url() + QStringLiteral("/prom/"));
    metric.query = QStringLiteral("a + b{x=\"1&2\"}");
    metric.tokenVariable = QStringLiteral("UW_TEST_PROMETHEUS_TOKEN");
    qputenv("UW_TEST_PROMETHEUS_TOKEN", "s3cret");
    QNetworkAccessManager network;
    PrometheusReader reader(metric, &network, true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::NoData);
    QVERIFY2(server.request.startsWith("POST /prom/api/v1/query HTTP/1.1"),
             server.request.constData());
    QVERIFY2(server.request.contains("Authorization: Bearer s3cret"), server.request.constData());
    QVERIFY2(server.request.endsWith("query=a%20%2B%20b%7Bx%3D%221%262%22%7D"),
             server.request.constData());
    qunsetenv("UW_TEST_PROMETHEUS_TOKEN");
}

void TestMetricSources::rangeQueriesAskForMatrices()
{
    FakeServer server;
    server.answer = {200, R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"job":"api"},"values":[[1796504400,"1"],[1796504415,"2"],[1796504430,"NaN"]]}]}})",
                     0};
    QNetworkAccessManager network;
    PrometheusReader reader(prometheusMetric(server.url()), &network, true);
    const MetricReading reading = readingOf([&](auto done) {
        reader.readRange(fixedTime, fixedTime.addSecs(30), std::chrono::seconds(15), done);
    });
    QVERIFY2(server.request.startsWith("POST /api/v1/query_range "), server.request.constData());
    QVERIFY2(server.request.contains("&start=1796504400.000&end=1796504430.000&step=15"),
             server.request.constData());
    QCOMPARE(reading.status.state, MetricState::InvalidValue);
    QCOMPARE(reading.samples.size(), 2);
    QCOMPARE(reading.samples[1].timeUtc, fixedTime.addSecs(15));
    QCOMPARE(reading.samples[1].value, 2.0);
    QCOMPARE(reading.samples[1].series, QStringLiteral("{job=\"api\"}"));

    server.answer.body = R"({"status":"success","data":{"resultType":"vector","result":[]}})";
    const MetricReading vector = readingOf([&](auto done) {
        reader.readRange(fixedTime, fixedTime.addSecs(30), std::chrono::seconds(15), done);
    });
    QCOMPARE(vector.status.state, MetricState::BadAnswer);
    QVERIFY2(vector.status.message.contains(QLatin1String("vector")),
             qPrintable(vector.status.message));
}

void TestMetricSources::seriesKeysAndLegends()
{
    const QJsonObject labels{{QStringLiteral("job"), QStringLiteral("api")},
                             {QStringLiteral("__name__"), QStringLiteral("up")},
                             {QStringLiteral("instance"), QStringLiteral("a\"b\\c")}};
    const QString key = prometheusSeriesKey(labels);
    QCOMPARE(key, QStringLiteral(R"(up{instance="a\"b\\c",job="api"})"));
    const LabelList parsed = parsePrometheusSeriesKey(key);
    const LabelList expected{{QStringLiteral("__name__"), QStringLiteral("up")},
                             {QStringLiteral("instance"), QStringLiteral("a\"b\\c")},
                             {QStringLiteral("job"), QStringLiteral("api")}};
    QCOMPARE(parsed, expected);
    QCOMPARE(readableLegend(key), QStringLiteral("up: instance=a\"b\\c, job=api"));
    QCOMPARE(readableLegend(QStringLiteral("{job=\"api\"}")), QStringLiteral("job=api"));
    QCOMPARE(prometheusSeriesKey({}), QString());
    QCOMPARE(readableLegend(QString()), QString());
}

void TestMetricSources::procFilesParse()
{
    const std::optional<CpuTimes> before = parseProcStat(
        "cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n");
    const std::optional<CpuTimes> after = parseProcStat("cpu  160 0 70 900 70 0 0 0 0 0\n");
    QVERIFY(before && after);
    QCOMPARE(before->total, quint64(1000));
    QCOMPARE(before->busy, quint64(150));
    QCOMPARE(cpuBusyPercent(*before, *after), 40.0);
    QVERIFY(!cpuBusyPercent(*after, *after));

    QCOMPARE(memoryUsedPercent("MemTotal:  1000 kB\nMemFree: 100 kB\nMemAvailable:  250 kB\n"),
             75.0);

    const QByteArray netDev
        = "Inter-|   Receive |  Transmit\n"
          " face |bytes    packets errs drop fifo frame compressed multicast|bytes ...\n"
          "    lo:  5000 1 0 0 0 0 0 0  5000 1 0 0 0 0 0 0\n"
          "  eth0:  1200 1 0 0 0 0 0 0   300 1 0 0 0 0 0 0\n"
          "  eth1:    34 1 0 0 0 0 0 0     7 1 0 0 0 0 0 0\n";
    const std::optional<NetworkCounters> all = parseNetDev(netDev, QString());
    QVERIFY(all);
    QCOMPARE(all->receivedBytes, quint64(1234));
    QCOMPARE(all->transmittedBytes, quint64(307));
    const std::optional<NetworkCounters> eth1 = parseNetDev(netDev, QStringLiteral("eth1"));
    QVERIFY(eth1);
    QCOMPARE(eth1->receivedBytes, quint64(34));
    QVERIFY(!parseNetDev(netDev, QStringLiteral("wlan9")));
}

void TestMetricSources::garbledProcFilesAreRefused()
{
    QVERIFY(!parseProcStat("intr 1 2 3\n"));
    QVERIFY(!parseProcStat("cpu  1 2 x 4 5 6 7 8\n"));
    QVERIFY(!parseProcStat(""));
    QVERIFY(!memoryUsedPercent("MemTotal: 1000 kB\n"));
    QVERIFY(!memoryUsedPercent("MemTotal: 0 kB\nMemAvailable: 0 kB\n"));
    QVERIFY(!parseNetDev("  eth0: 12 x\n", QString()));
}

void TestMetricSources::localMemoryAndDiskAreSane()
{
    for (const QString &query :
         {QStringLiteral("memory"), QStringLiteral("disk"), QStringLiteral("disk:/tmp")}) {
        LocalMachineReader reader(localMetric(query), [] { return fixedTime; });
        const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
        QVERIFY2(reading.status.ok(), qPrintable(query + u' ' + reading.status.message));
        QCOMPARE(reading.samples.size(), 1);
        QCOMPARE(reading.samples.first().timeUtc, fixedTime);
        QCOMPARE(reading.samples.first().metricId, Id(5));
        QVERIFY2(reading.samples.first().value > 0 && reading.samples.first().value < 100,
                 qPrintable(query));
    }
    LocalMachineReader missing(localMetric(QStringLiteral("disk:/no/such/path")));
    const MetricReading reading = readingOf([&](auto done) { missing.read(done); });
    QCOMPARE(reading.status.state, MetricState::NotConfigured);
    QVERIFY2(reading.status.message.contains(QLatin1String("/no/such/path")),
             qPrintable(reading.status.message));
}

void TestMetricSources::localRatesNeedTwoReadings()
{
    for (const QString &query :
         {QStringLiteral("cpu"), QStringLiteral("net_rx"), QStringLiteral("net_tx:lo")}) {
        LocalMachineReader reader(localMetric(query));
        const MetricReading first = readingOf([&](auto done) { reader.read(done); });
        QCOMPARE(first.status.state, MetricState::Waiting);
        QVERIFY(first.samples.isEmpty());
        // Enough for the kernel's 10 ms CPU accounting ticks to move.
        QTest::qWait(300);
        const MetricReading second = readingOf([&](auto done) { reader.read(done); });
        QVERIFY2(second.status.ok(), qPrintable(query + u' ' + second.status.message));
        QCOMPARE(second.samples.size(), 1);
        const double value = second.samples.first().value;
        QVERIFY2(value >= 0, qPrintable(query));
        if (query == QLatin1String("cpu"))
            QVERIFY2(value <= 100, qPrintable(QString::number(value)));
    }
}

void TestMetricSources::unknownLocalQuantityIsNotConfigured()
{
    for (const QString &query : {QStringLiteral("gpu"), QStringLiteral("cpu:0"), QString()}) {
        LocalMachineReader reader(localMetric(query));
        const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
        QCOMPARE(reading.status.state, MetricState::NotConfigured);
        QVERIFY2(reading.status.message.contains(QLatin1String("net_rx:interface")),
                 qPrintable(reading.status.message));
    }
}

void TestMetricSources::commandOutput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<MetricState>("state");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QStringList>("series");
    QTest::addColumn<QList<double>>("values");

    QTest::newRow("one number") << QStringLiteral("echo 42") << MetricState::Ok << QString()
                                << QStringList{QString()} << QList<double>{42};
    QTest::newRow("name value lines")
        << QStringLiteral("printf 'orders 12\\n\\nrefunds 0.5\\n'") << MetricState::Ok << QString()
        << QStringList{QStringLiteral("orders"), QStringLiteral("refunds")}
        << QList<double>{12, 0.5};
    QTest::newRow("garbage names its line")
        << QStringLiteral("printf '1\\nload is high\\n'") << MetricState::BadAnswer
        << QStringLiteral("Line 2 of the output of \"Queue depth\" is neither a number nor "
                          "\"name value\": load is high")
        << QStringList() << QList<double>();
    QTest::newRow("NaN is reported")
        << QStringLiteral("printf 'a NaN\\nb 3\\n'") << MetricState::InvalidValue
        << QStringLiteral("for a.") << QStringList{QStringLiteral("b")} << QList<double>{3};
    QTest::newRow("silence is no data")
        << QStringLiteral("true") << MetricState::NoData << QStringLiteral("printed nothing")
        << QStringList() << QList<double>();
}

void TestMetricSources::commandOutput()
{
    QFETCH(QString, command);
    QFETCH(MetricState, state);
    QFETCH(QString, messagePart);
    QFETCH(QStringList, series);
    QFETCH(QList<double>, values);

    CommandMetricReader reader(commandMetric(command), true, [] { return fixedTime; });
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, state);
    QVERIFY2(reading.status.message.contains(messagePart), qPrintable(reading.status.message));
    QStringList actualSeries;
    QList<double> actualValues;
    for (const MetricSample &sample : reading.samples) {
        QCOMPARE(sample.timeUtc, fixedTime);
        actualSeries.append(sample.series);
        actualValues.append(sample.value);
    }
    QCOMPARE(actualSeries, series);
    QCOMPARE(actualValues, values);
}

void TestMetricSources::failingCommandReportsExitCodeAndError()
{
    CommandMetricReader reader(commandMetric(QStringLiteral("echo 'queue not found' >&2; exit 3")),
                               true);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::CommandFailed);
    QVERIFY2(reading.status.message.contains(QLatin1String("code 3. queue not found")),
             qPrintable(reading.status.message));
}

void TestMetricSources::slowCommandIsKilledAtTheTimeout()
{
    QTemporaryDir dir;
    const QString groupFile = dir.filePath(QStringLiteral("group"));
    // The command never ends by itself, so a reading that ends at all ended at the timeout.
    CommandMetricReader reader(commandMetric(QStringLiteral("echo $$ > '%1'; sleep 300; echo 1")
                                                 .arg(groupFile)),
                               true);
    reader.setTimeout(std::chrono::milliseconds(300));
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::Timeout);
    // The shell leads its process group. Under load the timeout may strike before it wrote its
    // id; then it started nothing that could be left behind.
    QFile group(groupFile);
    const qint64 leader = group.open(QIODevice::ReadOnly) ? group.readAll().trimmed().toLongLong()
                                                          : 0;
    if (leader > 0)
        QTRY_COMPARE(livingProcessesInGroup(leader), QStringList());
}

void TestMetricSources::untrustedCommandDoesNotRun()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("ran"));
    CommandMetricReader reader(commandMetric(QStringLiteral("touch '%1'; echo 1").arg(marker)),
                               false);
    const MetricReading reading = readingOf([&](auto done) { reader.read(done); });
    QCOMPARE(reading.status.state, MetricState::NotAllowed);
    QVERIFY2(reading.status.message.contains(QLatin1String("Queue depth")),
             qPrintable(reading.status.message));
    QVERIFY2(reader.findChildren<QProcess *>().isEmpty(), "no process was started");
    QVERIFY(!QFile::exists(marker));
}

void TestMetricSources::monitorRecordsSamplesAndRaisesRollbackTriggers()
{
    QTemporaryDir dir;
    ProjectData initial;
    Metric depth = commandMetric(QStringLiteral("echo 7"), 1);
    Threshold overFive;
    overFive.value = 5;
    overFive.rollbackTrigger = true;
    depth.thresholds = {overFive};
    initial.metrics[depth.id] = depth;
    Metric untrusted = commandMetric(QStringLiteral("echo 1"), 1);
    untrusted.id = 6;
    untrusted.name = QStringLiteral("Untrusted");
    initial.metrics[untrusted.id] = untrusted;
    Metric memory = localMetric(QStringLiteral("memory"));
    memory.intervalSeconds = 1;
    initial.metrics[memory.id] = memory;
    auto created = createProject(dir.filePath(QStringLiteral("live.uwb")), initial);
    QVERIFY2(created, qPrintable(created.ok() ? QString() : created.error().message));
    Project &project = *created.value();

    MetricMonitor monitor(
        &project, [](const Metric &metric) { return metric.id == 4; }, [] { return fixedTime; });
    QSignalSpy rollback(&monitor, &MetricMonitor::rollbackTriggered);
    monitor.setRetention(2);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(rollback.count(), 1, 10000);
    QCOMPARE(rollback.first().first().value<Breach>().metricId, Id(4));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.recentSamples(4, QString()).size() == 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.status(6).state == MetricState::NotAllowed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.status(5).ok(), 10000);
    monitor.stop();

    QCOMPARE(monitor.status(4).state, MetricState::Ok);
    QCOMPARE(monitor.status(4).timeUtc, fixedTime);
    QCOMPARE(monitor.seriesNames(4), QStringList{QString()});
    QVERIFY(monitor.recentSamples(6, QString()).isEmpty());
    QCOMPARE(monitor.activeBreaches().size(), 1);
    int recorded = 0;
    for (const MetricSample &sample : project.data().samples) {
        if (sample.metricId == 4) {
            ++recorded;
            QCOMPARE(sample.value, 7.0);
        }
    }
    QVERIFY2(recorded >= 2, "the file keeps every sample, the display window only the last two");
    auto reopened = openProject(project.filePath(), Store::Access::ReadOnly);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->data().samples.size(), project.data().samples.size());
}

QTEST_GUILESS_MAIN(TestMetricSources)
#include "tst_metricsources.moc"
