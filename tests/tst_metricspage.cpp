#include "commands.h"
#include "mainwindow.h"
#include "metricchart.h"
#include "metricchartpanel.h"
#include "metricdialog.h"
#include "metricmonitor.h"
#include "metricspage.h"
#include "metricsstrip.h"
#include "projectfile.h"
#include "scripteddialogs.h"
#include "testutil.h"

#include <QAreaSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QImage>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

using namespace uw;

namespace {

/** Answers every HTTP request with status 500 and a page that is no Prometheus answer. */
class FailingServer : public QObject
{
public:
    FailingServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    const QByteArray body("<html>upstream failed</html>");
                    socket->write(
                        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n"
                        "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
};

Metric localMetric(Id id, const QString &name, const QString &query)
{
    Metric metric;
    metric.id = id;
    metric.name = name;
    metric.source = MetricSource::LocalMachine;
    metric.query = query;
    metric.unit = QStringLiteral("%");
    metric.intervalSeconds = 1;
    return metric;
}

/** A Prometheus metric whose server refuses connections, so the test alone adds samples. */
Metric silentMetric(Id id, const QString &name)
{
    Metric metric;
    metric.id = id;
    metric.name = name;
    metric.source = MetricSource::Prometheus;
    metric.serverUrl = QStringLiteral("http://127.0.0.1:1");
    metric.query = QStringLiteral("up");
    metric.intervalSeconds = 3600;
    return metric;
}

/** The series drawing a metric's values (not its baseline, thresholds or event markers). */
QLineSeries *valueLine(MetricChart *chart)
{
    const QList<QLineSeries *> thresholds = chart->thresholdSeries();
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && !thresholds.contains(line))
            return line;
    }
    return nullptr;
}

/** Samples of metricId every 10 s over the last minutes, alternating around level. */
QList<MetricSample> pastSamples(Id metricId, double level, int minutes,
                                const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    QList<MetricSample> samples;
    for (int second = minutes * 60; second > 0; second -= 10)
        samples.append({metricId, now.addSecs(-second), QString(), level + (second % 20 ? 2 : -2)});
    return samples;
}

template<class T>
T *named(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

/** The Metrics page in the real main window, driven by clicks, and the key metrics strip. */
class TestMetricsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void thisMachineCpuAddedByClicksIsChartedLive();
    void failingServerShowsTheErrorStateWithItsReason();
    void capturedBaselineAndThresholdAreDrawn();
    void baselinePeriodEndsAtTheProjectClock();
    void runEventsAreMarkedOnTheTimeAxis();
    void exportWritesPngAndSvg();
    void rendererDrawsAChartWithoutAWidget();
    void stripShowsKeyMetricValueAndActivatesIt();
    void samplesPastTheirRetentionLeaveTheChart();
    void chartsTakeTurnsWhileFollowingLive();
    void valuesArrivingLateStayFirstInTheLegend();

private:
    MetricsPage *open(MainWindow &window, const ProjectData &data);
    static MetricChartPanel *waitForPanel(MetricsPage *page, Id metricId);

    QTemporaryDir m_dir;
    test::ScriptedDialogs m_dialogs;
};

void TestMetricsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Dialogs::setInstance(&m_dialogs);
}

void TestMetricsPage::init()
{
    m_dialogs = test::ScriptedDialogs();
}

MetricsPage *TestMetricsPage::open(MainWindow &window, const ProjectData &data)
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.uwb").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    if (!createProject(path, data))
        return nullptr;
    window.resize(1440, 900);
    window.show();
    if (!window.openFile(path))
        return nullptr;
    auto *page = window.page<MetricsPage>();
    window.showPage(page);
    return page;
}

MetricChartPanel *TestMetricsPage::waitForPanel(MetricsPage *page, Id metricId)
{
    if (!QTest::qWaitFor([&] { return page->chartPanel(metricId) != nullptr; }, 5000))
        return nullptr;
    return page->chartPanel(metricId);
}

void TestMetricsPage::thisMachineCpuAddedByClicksIsChartedLive()
{
    MainWindow window;
    MetricsPage *page = open(window, test::smallRunbook());
    QVERIFY(page);
    Project *project = window.project();

    QTest::mouseClick(named<QPushButton>(page, "addMetric"), Qt::LeftButton);
    auto *dialog = page->findChild<MetricDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(named<QLineEdit>(dialog, "metricName"), QStringLiteral("CPU"));
    auto *source = named<QComboBox>(dialog, "metricSource");
    QCOMPARE(source->currentText(), QStringLiteral("This machine"));
    auto *query = named<QComboBox>(dialog, "metricQuery");
    query->lineEdit()->selectAll();
    QTest::keyClicks(query->lineEdit(), QStringLiteral("cpu"));
    auto *interval = named<QSpinBox>(dialog, "metricInterval");
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("1"));
    auto *retention = named<QSpinBox>(dialog, "metricRetention");
    QCOMPARE(retention->value(), 14);
    retention->selectAll();
    QTest::keyClicks(retention, QStringLiteral("3"));
    QTest::keyClick(named<QCheckBox>(dialog, "metricKey"), Qt::Key_Space);
    QTest::mouseClick(named<QPushButton>(dialog, "addThreshold"), Qt::LeftButton);
    auto *thresholds = named<QTableWidget>(dialog, "metricThresholds");
    QCOMPARE(thresholds->rowCount(), 1);
    auto *limit = qobject_cast<QDoubleSpinBox *>(thresholds->cellWidget(0, 1));
    limit->selectAll();
    QTest::keyClicks(limit, QStringLiteral("95"));
    QTest::mouseClick(named<QDialogButtonBox>(dialog, "metricDialogButtons")
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QCOMPARE(project->data().metrics.size(), size_t(1));
    const Metric metric = project->data().metrics.begin()->second;
    QCOMPARE(metric.name, QStringLiteral("CPU"));
    QCOMPARE(metric.source, MetricSource::LocalMachine);
    QCOMPARE(metric.query, QStringLiteral("cpu"));
    QCOMPARE(metric.intervalSeconds, 1);
    QCOMPARE(metric.retentionDays, 3);
    QVERIFY(metric.key);
    QCOMPARE(metric.thresholds.size(), 1);
    QCOMPARE(metric.thresholds.first().value, 95.0);

    MetricChartPanel *panel = waitForPanel(page, metric.id);
    QVERIFY(panel);
    QVERIFY2(QTest::qWaitFor([panel] { return panel->chart()->plottedPointCount() > 0; }, 15000),
             qPrintable(panel->statusText()));
    QVERIFY2(panel->statusText().startsWith(QStringLiteral("OK")), qPrintable(panel->statusText()));
    QCOMPARE(panel->chart()->thresholdSeries().size(), 1);
    const auto *list = named<QListWidget>(page, "metricsList");
    QVERIFY(list->item(0)->text().contains(QStringLiteral("CPU — OK")));

    project->undoStack()->undo();
    QVERIFY(project->data().metrics.empty());
    QVERIFY(!page->chartPanel(metric.id));
}

void TestMetricsPage::failingServerShowsTheErrorStateWithItsReason()
{
    FailingServer server;
    MainWindow window;
    MetricsPage *page = open(window, test::smallRunbook());
    QVERIFY(page);
    Metric metric;
    metric.id = window.project()->allocateId(EntityKind::Metric);
    metric.name = QStringLiteral("Error rate");
    metric.source = MetricSource::Prometheus;
    metric.serverUrl = server.url();
    metric.query = QStringLiteral("rate(errors_total[5m])");
    metric.intervalSeconds = 1;
    QVERIFY(edit::addEntities(*window.project(), QStringLiteral("Add"), {metric}));
    // The metric reaches a server: it is polled once this user trusts the project.
    m_dialogs.nextAnswer = Dialogs::Answer::Yes;
    QTest::mouseClick(named<QPushButton>(page, "reviewCommands"), Qt::LeftButton);

    MetricChartPanel *panel = waitForPanel(page, metric.id);
    QVERIFY(panel);
    QVERIFY2(QTest::qWaitFor([panel] { return panel->statusText().contains(QStringLiteral("500")); },
                             15000),
             qPrintable(panel->statusText()));
    QVERIFY2(panel->statusText().startsWith(metricStateName(MetricState::HttpError)),
             qPrintable(panel->statusText()));
    QVERIFY(panel->statusText().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(panel->chart()->plottedPointCount(), 0);
    const auto *item = named<QListWidget>(page, "metricsList")->item(0);
    QVERIFY(item->text().contains(metricStateName(MetricState::HttpError)));
    QVERIFY(item->toolTip().contains(QStringLiteral("500")));
}

void TestMetricsPage::capturedBaselineAndThresholdAreDrawn()
{
    ProjectData data = test::smallRunbook();
    Metric memory = localMetric(7, QStringLiteral("Memory"), QStringLiteral("memory"));
    memory.intervalSeconds = 60;
    memory.thresholds.append({Threshold::Comparison::Above, 1.5, true, 0, true});
    data.metrics[memory.id] = memory;
    data.samples = pastSamples(memory.id, 40, 12);
    MainWindow window;
    MetricsPage *page = open(window, data);
    QVERIFY(page);
    MetricChartPanel *panel = waitForPanel(page, memory.id);
    QVERIFY(panel);
    QVERIFY2(!panel->chart()->baselineSeries(), "no baseline before capture");
    QVERIFY2(panel->chart()->thresholdSeries().isEmpty(), "a relative threshold needs a baseline");

    auto *list = named<QListWidget>(page, "metricsList");
    list->setCurrentRow(0);
    auto *period = named<QComboBox>(page, "baselinePeriod");
    period->setCurrentIndex(period->findText(QStringLiteral("from the last 15 minutes")));
    QTest::mouseClick(named<QPushButton>(page, "captureBaseline"), Qt::LeftButton);

    const Baseline baseline = window.project()->find<Metric>(memory.id)->baseline;
    QVERIFY(baseline.captured);
    QCOMPARE(baseline.low, 38.0);
    QCOMPARE(baseline.high, 42.0);
    QAreaSeries *band = panel->chart()->baselineSeries();
    QVERIFY(band);
    QCOMPARE(band->upperSeries()->at(0).y(), 42.0);
    QCOMPARE(band->lowerSeries()->at(0).y(), 38.0);
    const QList<QLineSeries *> thresholds = panel->chart()->thresholdSeries();
    QCOMPARE(thresholds.size(), 1);
    QCOMPARE(thresholds.first()->at(0).y(), 1.5 * baseline.mean);
    QVERIFY(thresholds.first()->name().startsWith(QStringLiteral("Rollback above")));
    QVERIFY(panel->chart()->plottedPointCount() > 0);

    window.project()->undoStack()->undo();
    QVERIFY(!panel->chart()->baselineSeries());
}

void TestMetricsPage::baselinePeriodEndsAtTheProjectClock()
{
    const QDateTime now(QDate(2031, 3, 4), QTime(5, 6, 7), QTimeZone::utc());
    ProjectData data = test::smallRunbook();
    const Metric memory = localMetric(7, QStringLiteral("Memory"), QStringLiteral("memory"));
    data.metrics[memory.id] = memory;
    data.samples = pastSamples(memory.id, 40, 12, now);
    MainWindow window;
    MetricsPage *page = open(window, data);
    QVERIFY(page);
    window.project()->setClock(fixedClock(now));
    named<QListWidget>(page, "metricsList")->setCurrentRow(0);
    auto *period = named<QComboBox>(page, "baselinePeriod");
    period->setCurrentIndex(period->findText(QStringLiteral("from the last 15 minutes")));
    QTest::mouseClick(named<QPushButton>(page, "captureBaseline"), Qt::LeftButton);

    const Baseline baseline = window.project()->find<Metric>(memory.id)->baseline;
    QVERIFY2(baseline.captured, "the samples before the project's now are the last 15 minutes");
    QCOMPARE(baseline.low, 38.0);
    QCOMPARE(baseline.high, 42.0);
}

void TestMetricsPage::runEventsAreMarkedOnTheTimeAxis()
{
    ProjectData data = test::smallRunbook();
    const Metric memory = localMetric(7, QStringLiteral("Memory"), QStringLiteral("memory"));
    data.metrics[memory.id] = memory;
    MainWindow window;
    MetricsPage *page = open(window, data);
    QVERIFY(page);
    Project *project = window.project();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Run run;
    run.name = QStringLiteral("Rehearsal");
    run.windowId = 10;
    run.startedAtUtc = now.addSecs(-600);
    const auto runId = project->startRun(run);
    QVERIFY(runId);
    const Id stepId = project->data().steps.begin()->first;
    const QList<std::pair<RunEventType, int>> events = {{RunEventType::RunStarted, -600},
                                                        {RunEventType::StepStarted, -500},
                                                        {RunEventType::StepFinished, -300},
                                                        {RunEventType::StepFailed, -120},
                                                        {RunEventType::Decision, -60}};
    for (const auto &[type, seconds] : events) {
        RunEvent event;
        event.runId = runId.value();
        event.stepId = stepId;
        event.type = type;
        event.timeUtc = now.addSecs(seconds);
        event.decision = type == RunEventType::Decision ? QStringLiteral("go") : QString();
        QVERIFY(project->recordRunEvent(event));
    }
    MetricChartPanel *panel = waitForPanel(page, memory.id);
    QVERIFY(panel);
    page->refreshCharts();

    const QList<MetricChartEvent> marked = panel->chart()->visibleEvents();
    QCOMPARE(marked.size(), events.size());
    QCOMPARE(marked.first().type, RunEventType::RunStarted);
    QVERIFY(marked.last().label.contains(QStringLiteral("(go)")));
    QVERIFY(marked[1].label.contains(project->data().steps.begin()->second.title));
    bool failureMarked = false;
    for (QAbstractSeries *series : panel->chart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series);
            scatter && scatter->name() == QStringLiteral("Step failed"))
            failureMarked = scatter->count() == 1;
    }
    QVERIFY(failureMarked);
}

void TestMetricsPage::exportWritesPngAndSvg()
{
    ProjectData data = test::smallRunbook();
    const Metric memory = localMetric(7, QStringLiteral("Memory"), QStringLiteral("memory"));
    data.metrics[memory.id] = memory;
    data.samples = pastSamples(memory.id, 40, 10);
    MainWindow window;
    MetricsPage *page = open(window, data);
    QVERIFY(page);
    MetricChartPanel *panel = waitForPanel(page, memory.id);
    QVERIFY(panel);
    page->refreshCharts();
    auto *exportButton = named<QToolButton>(panel, "exportChart");

    m_dialogs.nextFile = m_dir.filePath(QStringLiteral("memory.png"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    const QImage image(m_dialogs.nextFile);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= panel->chart()->size().width());

    m_dialogs.nextFile = m_dir.filePath(QStringLiteral("memory.svg"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(QFileInfo(m_dialogs.nextFile).size() > 0);
    QSvgRenderer svg(m_dialogs.nextFile);
    QVERIFY(svg.isValid());
    QVERIFY(test::fileBytes(m_dialogs.nextFile).contains("Memory"));
    QVERIFY(m_dialogs.warnings.isEmpty());
}

void TestMetricsPage::rendererDrawsAChartWithoutAWidget()
{
    ProjectData data = test::smallRunbook();
    Metric memory = localMetric(7, QStringLiteral("Memory"), QStringLiteral("memory"));
    memory.thresholds.append({Threshold::Comparison::Above, 41, false, 0, false});
    data.metrics[memory.id] = memory;
    data.samples = pastSamples(memory.id, 40, 10);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MetricChartRenderer renderer(data, memory.id, {now.addSecs(-900), now});

    QImage image(900, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(image.rect()));
    painter.end();

    QVERIFY(renderer.chart()->plottedPointCount() > 0);
    QCOMPARE(renderer.chart()->thresholdSeries().size(), 1);
    // Every other sample is 42, above 41: the watch over the stored samples finds breaches.
    QVERIFY(!renderer.chart()->breaches().isEmpty());
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            coloured += pixel.saturation() > 80 ? 1 : 0;
        }
    }
    QVERIFY2(coloured > 200, "the series, threshold and breaches are drawn in colour");
}

void TestMetricsPage::stripShowsKeyMetricValueAndActivatesIt()
{
    ProjectData data = test::smallRunbook();
    Metric memory = localMetric(7, QStringLiteral("Memory"), QStringLiteral("memory"));
    memory.key = true;
    data.metrics[memory.id] = memory;
    data.metrics[8] = localMetric(8, QStringLiteral("Disk"), QStringLiteral("disk"));
    MainWindow window;
    MetricsPage *page = open(window, data);
    QVERIFY(page);

    MetricsStrip strip;
    strip.setSource(window.project(), page->monitor());
    strip.show();
    QCOMPARE(strip.shownMetrics(), QList<Id>{memory.id});
    QVERIFY2(QTest::qWaitFor([&] { return strip.tileText(memory.id).contains(QStringLiteral(" %")); },
                             15000),
             qPrintable(strip.tileText(memory.id)));
    QVERIFY(strip.tileText(memory.id).startsWith(QStringLiteral("Memory\n")));

    QSignalSpy activated(&strip, &MetricsStrip::metricActivated);
    QTest::mouseClick(named<QToolButton>(&strip, "metricTile7"), Qt::LeftButton);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<Id>(), memory.id);

    // The page's answer to the strip: the metric's chart comes back even when it was unticked.
    auto *list = named<QListWidget>(page, "metricsList");
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!page->chartPanel(memory.id));
    page->showMetric(memory.id);
    QVERIFY(page->chartPanel(memory.id));
    QCOMPARE(list->currentRow(), 0);

    Metric unmarked = *window.project()->find<Metric>(memory.id);
    unmarked.key = false;
    QVERIFY(edit::updateEntity(*window.project(), QStringLiteral("Not key"), unmarked));
    QVERIFY(strip.shownMetrics().isEmpty());
}

void TestMetricsPage::samplesPastTheirRetentionLeaveTheChart()
{
    ProjectData data = test::smallRunbook();
    Metric metric = silentMetric(7, QStringLiteral("Queue depth"));
    metric.retentionDays = 1;
    data.metrics[metric.id] = metric;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int hour = 30; hour >= 1; --hour)
        data.samples.append({metric.id, now.addSecs(-hour * 3600), QString(), double(hour)});
    MainWindow window;
    MetricsPage *page = open(window, data);
    QVERIFY(page);
    MetricChartPanel *panel = waitForPanel(page, metric.id);
    QVERIFY(panel);
    auto *range = named<QComboBox>(page, "metricsRange");
    range->setCurrentIndex(range->findText(QStringLiteral("Last 7 days")));
    QCOMPARE(panel->chart()->plottedPointCount(), 30);

    QSignalSpy dropped(window.project(), &Project::samplesDropped);
    QString error;
    QVERIFY2(window.project()->recordSamples({{metric.id, now, QString(), 0.0}}, &error),
             qPrintable(error));
    QCOMPARE(dropped.count(), 1);
    page->refreshCharts();
    // A day before the newest sample: the 24 hourly samples of the last day stay.
    QCOMPARE(panel->chart()->plottedPointCount(), 24);
}

void TestMetricsPage::chartsTakeTurnsWhileFollowingLive()
{
    ProjectData data = test::smallRunbook();
    for (Id id = 1; id <= 3; ++id) {
        data.metrics[id] = silentMetric(id, QStringLiteral("Metric %1").arg(id));
        data.samples.append(pastSamples(id, 10.0 * double(id), 5));
    }
    MainWindow window;
    MetricsPage *page = open(window, data);
    QVERIFY(page);
    QList<QSignalSpy *> refreshes;
    for (Id id = 1; id <= 3; ++id) {
        MetricChartPanel *panel = waitForPanel(page, id);
        QVERIFY(panel);
        QVERIFY(QTest::qWaitFor([panel] { return valueLine(panel->chart()) != nullptr; }, 5000));
        refreshes.append(new QSignalSpy(valueLine(panel->chart()), &QXYSeries::pointsReplaced));
    }
    const auto total = [&refreshes] {
        qsizetype sum = 0;
        for (const QSignalSpy *spy : std::as_const(refreshes))
            sum += spy->count();
        return sum;
    };
    const auto counts = [&refreshes] {
        QList<qsizetype> result;
        for (const QSignalSpy *spy : std::as_const(refreshes))
            result.append(spy->count());
        return result;
    };

    // Each turn refreshes one chart (three charts fit in one turn's eighth of a second).
    page->refreshChartsInTurn();
    QCOMPARE(total(), qsizetype(1));
    page->refreshChartsInTurn();
    page->refreshChartsInTurn();
    QCOMPARE(counts(), QList<qsizetype>({1, 1, 1}));
    page->refreshChartsInTurn();
    QCOMPARE(total(), qsizetype(4));

    // The timer keeps the turns going.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<qsizetype> now = counts();
            return std::all_of(now.begin(), now.end(), [](qsizetype n) { return n >= 3; });
        },
        10000));
    qDeleteAll(refreshes);
}

void TestMetricsPage::valuesArrivingLateStayFirstInTheLegend()
{
    QGraphicsScene scene;
    auto *chart = new MetricChart;
    scene.addItem(chart);
    chart->resize(640, 360);
    Metric metric = localMetric(7, QStringLiteral("Memory"), QStringLiteral("memory"));
    metric.thresholds.append({Threshold::Comparison::Above, 80, false, 0, true});
    chart->setMetric(metric);
    const double now = double(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
    chart->setEvents({{now - 60000, RunEventType::StepStarted, QStringLiteral("Step started")}});
    chart->showRange({}, now - 600000, now);
    QCOMPARE(chart->plottedPointCount(), 0);

    MetricHistory history;
    history.add(pastSamples(metric.id, 40, 5));
    chart->showRange(history.series(metric.id), now - 600000, now);
    QVERIFY(chart->plottedPointCount() > 0);
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    QCOMPARE(markers.size(), 3);
    QCOMPARE(markers.at(0)->label(), QStringLiteral("Memory"));
    QCOMPARE(markers.at(1)->series(), chart->thresholdSeries().first());
    QCOMPARE(markers.at(1)->series()->type(), QAbstractSeries::SeriesTypeLine);
    // Moving a series behind the values keeps how it looks.
    const QPen thresholdPen = qobject_cast<QLineSeries *>(markers.at(1)->series())->pen();
    QCOMPARE(thresholdPen.style(), Qt::SolidLine);
    QCOMPARE(thresholdPen.widthF(), 2.5);
    QCOMPARE(markers.at(2)->series()->type(), QAbstractSeries::SeriesTypeScatter);
}

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
