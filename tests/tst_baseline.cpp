#include "baseline.h"
#include "downsample.h"
#include "metriccheck.h"
#include "projectfile.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <limits>

using namespace uw;

namespace {

const QDateTime t0 = test::utc(2026, 12, 5, 21);

QDateTime at(int minutes, int seconds = 0)
{
    return t0.addSecs(minutes * 60 + seconds);
}

Metric errorRate()
{
    Metric metric;
    metric.id = 7;
    metric.name = QStringLiteral("Error rate");
    metric.intervalSeconds = 30;
    metric.baseline = {{at(-60), at(0)}, 10, 8, 12, true};
    Threshold twiceForThreeMinutes;
    twiceForThreeMinutes.value = 2;
    twiceForThreeMinutes.relativeToBaseline = true;
    twiceForThreeMinutes.forMinutes = 3;
    twiceForThreeMinutes.rollbackTrigger = true;
    metric.thresholds = {twiceForThreeMinutes};
    return metric;
}

/** Samples every 30 s from minute `from` (inclusive) to `to` (exclusive). */
QList<MetricSample> every30s(Id metricId, int from, int to, double value, const QString &series = {})
{
    QList<MetricSample> samples;
    for (int second = from * 60; second < to * 60; second += 30)
        samples.append({metricId, t0.addSecs(second), series, value});
    return samples;
}

} // namespace

/** What "normal" was before the change, and when the metric leaves it for long enough. */
class TestBaseline : public QObject
{
    Q_OBJECT

private slots:
    void statisticsOfAPeriod();
    void statisticsSkipNonFiniteValuesAndNeedOne();
    void baselineTakesOnlyTheMetricsSamplesInsideThePeriod();
    void capturingIsOneUndoableEdit();
    void capturingWithoutSamplesNamesTheMetric();
    void limitsAreAbsoluteOrAFactorOfTheBaseline();
    void relativeBreachNeedsThreeSustainedMinutesAndClears();
    void breachesAreTrackedPerSeries();
    void belowThresholdWithoutDurationBreachesAtOnce();
    void relativeThresholdWithoutBaselineIsAProblemNotABreach();
    void conditionsParse_data();
    void conditionsParse();
    void unreadableConditionsAreRefused_data();
    void unreadableConditionsAreRefused();
    void checkPassesWhenEverySeriesPassesAndShowsTheValues();
    void checkFailsOnOneBadSeries();
    void checkRelativeToBaseline();
    void checkFailsOnStaleOrMissingSamples();
    void checkOfAMissingMetricFails();
    void downsamplingKeepsPeaksAndDips();
    void downsamplingLeavesSmallSeriesAlone();
    void seriesPointsAreSortedByTime();
};

void TestBaseline::statisticsOfAPeriod()
{
    QList<double> values;
    for (int i = 100; i >= 1; --i)
        values.append(i);
    const std::optional<BaselineStats> stats = computeBaselineStats(values);
    QVERIFY(stats);
    QCOMPARE(stats->count, 100);
    QCOMPARE(stats->mean, 50.5);
    QCOMPARE(stats->p5, 5.95);
    QCOMPARE(stats->p50, 50.5);
    QCOMPARE(stats->p95, 95.05);
    QCOMPARE(stats->minimum, 1.0);
    QCOMPARE(stats->maximum, 100.0);
    QVERIFY(std::abs(stats->stddev - std::sqrt((100.0 * 100.0 - 1) / 12)) < 1e-9);
}

void TestBaseline::statisticsSkipNonFiniteValuesAndNeedOne()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::optional<BaselineStats> stats = computeBaselineStats({4, nan, 6, inf});
    QVERIFY(stats);
    QCOMPARE(stats->count, 2);
    QCOMPARE(stats->mean, 5.0);
    QCOMPARE(stats->stddev, 1.0);
    QVERIFY(!computeBaselineStats({}));
    QVERIFY(!computeBaselineStats({nan, -inf}));
}

void TestBaseline::baselineTakesOnlyTheMetricsSamplesInsideThePeriod()
{
    QList<MetricSample> samples = every30s(7, 0, 10, 4);
    samples.append(every30s(7, 10, 20, 1000));
    samples.append(every30s(8, 0, 10, -1000));
    samples.append({7, at(-1), QString(), 1000});
    const std::optional<BaselineStats> stats = baselineFromSamples(samples, 7, {at(0), at(9, 30)});
    QVERIFY(stats);
    QCOMPARE(stats->count, 20);
    QCOMPARE(stats->mean, 4.0);
    QCOMPARE(stats->stddev, 0.0);
    const Baseline stored = toBaseline(*stats, {at(0), at(9, 30)});
    QVERIFY(stored.captured);
    QCOMPARE(stored.mean, 4.0);
    QCOMPARE(stored.low, 4.0);
    QCOMPARE(stored.high, 4.0);
    QCOMPARE(stored.period.endUtc, at(9, 30));
}

void TestBaseline::capturingIsOneUndoableEdit()
{
    QTemporaryDir dir;
    ProjectData initial;
    Metric metric = errorRate();
    metric.baseline = {};
    initial.metrics[metric.id] = metric;
    auto created = createProject(dir.filePath(QStringLiteral("baseline.uwb")), initial);
    QVERIFY2(created, qPrintable(created.ok() ? QString() : created.error().message));
    Project &project = *created.value();
    QString error;
    QList<MetricSample> samples = every30s(7, 0, 5, 2);
    samples.append(every30s(7, 5, 10, 4));
    QVERIFY2(project.recordSamples(samples, &error), qPrintable(error));

    QVERIFY2(captureBaseline(project, 7, {at(0), at(10)}, &error), qPrintable(error));
    const Baseline captured = project.find<Metric>(7)->baseline;
    QVERIFY(captured.captured);
    QCOMPARE(captured.mean, 3.0);
    QCOMPARE(captured.low, 2.0);
    QCOMPARE(captured.high, 4.0);
    QCOMPARE(captured.period.startUtc, at(0));
    QCOMPARE(project.undoStack()->count(), 1);
    project.undoStack()->undo();
    QCOMPARE(project.find<Metric>(7)->baseline, Baseline());
}

void TestBaseline::capturingWithoutSamplesNamesTheMetric()
{
    QTemporaryDir dir;
    ProjectData initial;
    initial.metrics[7] = errorRate();
    auto created = createProject(dir.filePath(QStringLiteral("empty.uwb")), initial);
    QVERIFY(created);
    QString error;
    QVERIFY(!captureBaseline(*created.value(), 7, {at(0), at(10)}, &error));
    QVERIFY2(error.contains(QLatin1String("Error rate")), qPrintable(error));
    QCOMPARE(created.value()->find<Metric>(7)->baseline, errorRate().baseline);
    QVERIFY(!captureBaseline(*created.value(), 99, {at(0), at(10)}, &error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
}

void TestBaseline::limitsAreAbsoluteOrAFactorOfTheBaseline()
{
    const Baseline baseline{{}, 10, 8, 12, true};
    Threshold absolute;
    absolute.value = 85;
    QCOMPARE(thresholdLimit(absolute, baseline), 85.0);
    QCOMPARE(thresholdLimit(absolute, Baseline()), 85.0);
    Threshold relative;
    relative.value = 1.5;
    relative.relativeToBaseline = true;
    QCOMPARE(thresholdLimit(relative, baseline), 15.0);
    QVERIFY(!thresholdLimit(relative, Baseline()));
}

void TestBaseline::relativeBreachNeedsThreeSustainedMinutesAndClears()
{
    ThresholdWatch watch(errorRate());
    QSignalSpy started(&watch, &ThresholdWatch::breachStarted);
    QSignalSpy ended(&watch, &ThresholdWatch::breachEnded);
    QSignalSpy rollback(&watch, &ThresholdWatch::rollbackTriggered);

    watch.addSamples(every30s(7, 0, 5, 10));
    // 2.5 minutes at 2.5x the baseline (samples 5:00 .. 7:30), then back: not long enough.
    watch.addSamples(every30s(7, 5, 8, 25));
    watch.addSamples(every30s(7, 8, 10, 10));
    QCOMPARE(started.count(), 0);
    QVERIFY(watch.activeBreaches().isEmpty());

    // Exactly at the limit (2 x 10) is not beyond it.
    watch.addSamples(every30s(7, 10, 14, 20));
    QCOMPARE(started.count(), 0);

    watch.addSamples(every30s(7, 14, 17, 25));
    QCOMPARE(started.count(), 0);
    watch.addSamples({{7, at(17), QString(), 30}});
    QCOMPARE(started.count(), 1);
    QCOMPARE(rollback.count(), 1);
    const auto breach = started.first().first().value<Breach>();
    QCOMPARE(breach.metricId, Id(7));
    QCOMPARE(breach.thresholdIndex, 0);
    QCOMPARE(breach.limit, 20.0);
    QCOMPARE(breach.startUtc, at(14));
    QCOMPARE(breach.confirmedUtc, at(17));
    QVERIFY(!breach.endUtc.isValid());
    QCOMPARE(breach.worstValue, 30.0);
    QVERIFY(breach.rollbackTrigger);
    QCOMPARE(watch.activeBreaches(), QList<Breach>{breach});

    // Staying beyond does not raise it again.
    watch.addSamples(every30s(7, 17, 19, 26));
    QCOMPARE(started.count(), 1);
    QCOMPARE(rollback.count(), 1);

    watch.addSamples({{7, at(19), QString(), 12}});
    QCOMPARE(ended.count(), 1);
    const auto over = ended.first().first().value<Breach>();
    QCOMPARE(over.startUtc, at(14));
    QCOMPARE(over.endUtc, at(19));
    QCOMPARE(over.worstValue, 30.0);
    QVERIFY(watch.activeBreaches().isEmpty());
    QCOMPARE(watch.endedBreaches(), QList<Breach>{over});

    // A sample from the past is ignored instead of reopening the breach.
    watch.addSamples({{7, at(18), QString(), 99}});
    QCOMPARE(started.count(), 1);
}

void TestBaseline::breachesAreTrackedPerSeries()
{
    ThresholdWatch watch(errorRate());
    QSignalSpy started(&watch, &ThresholdWatch::breachStarted);
    const QString a = QStringLiteral("{instance=\"a\"}");
    const QString b = QStringLiteral("{instance=\"b\"}");
    QList<MetricSample> samples;
    for (int second = 0; second <= 240; second += 30) {
        samples.append({7, t0.addSecs(second), a, 25});
        // b dips back every other minute, so it never stays beyond for three minutes.
        samples.append({7, t0.addSecs(second), b, second % 120 == 60 ? 10.0 : 25.0});
    }
    watch.addSamples(samples);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().value<Breach>().series, a);
    QCOMPARE(watch.activeBreaches().size(), 1);
}

void TestBaseline::belowThresholdWithoutDurationBreachesAtOnce()
{
    Metric metric = errorRate();
    Threshold floor;
    floor.comparison = Threshold::Comparison::Below;
    floor.value = 5;
    metric.thresholds = {floor};
    ThresholdWatch watch(metric);
    QSignalSpy started(&watch, &ThresholdWatch::breachStarted);
    QSignalSpy rollback(&watch, &ThresholdWatch::rollbackTriggered);
    watch.addSamples({{7, at(0), QString(), 6}, {7, at(1), QString(), 3}, {7, at(2), QString(), 1}});
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().value<Breach>().confirmedUtc, at(1));
    QCOMPARE(watch.activeBreaches().first().worstValue, 1.0);
    QCOMPARE(rollback.count(), 0);
}

void TestBaseline::relativeThresholdWithoutBaselineIsAProblemNotABreach()
{
    Metric metric = errorRate();
    metric.baseline = {};
    ThresholdWatch watch(metric);
    QSignalSpy started(&watch, &ThresholdWatch::breachStarted);
    watch.addSamples(every30s(7, 0, 10, 1e9));
    QCOMPARE(started.count(), 0);
    QCOMPARE(watch.problems().size(), 1);
    QVERIFY2(watch.problems().first().contains(QLatin1String("Error rate")),
             qPrintable(watch.problems().first()));
}

void TestBaseline::conditionsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("relative");
    using C = MetricCondition::Comparison;
    QTest::newRow("less than a number") << QStringLiteral("< 2") << int(C::Less) << 2.0 << false;
    QTest::newRow("at least a percentage")
        << QStringLiteral(">=99.5") << int(C::GreaterOrEqual) << 99.5 << false;
    QTest::newRow("factor of the baseline with x")
        << QStringLiteral("<= 1.5x baseline") << int(C::LessOrEqual) << 1.5 << true;
    QTest::newRow("factor of the baseline with the times sign")
        << QStringLiteral("< 2 × Baseline") << int(C::Less) << 2.0 << true;
    QTest::newRow("factor of the baseline with a star")
        << QStringLiteral(" > 0.5 * baseline ") << int(C::Greater) << 0.5 << true;
    QTest::newRow("negative and exponent")
        << QStringLiteral("> -1e3") << int(C::Greater) << -1000.0 << false;
}

void TestBaseline::conditionsParse()
{
    QFETCH(QString, text);
    QFETCH(int, comparison);
    QFETCH(double, value);
    QFETCH(bool, relative);
    QString error;
    const std::optional<MetricCondition> condition = parseMetricCondition(text, &error);
    QVERIFY2(condition, qPrintable(error));
    QCOMPARE(int(condition->comparison), comparison);
    QCOMPARE(condition->value, value);
    QCOMPARE(condition->relativeToBaseline, relative);
}

void TestBaseline::unreadableConditionsAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("about 2");
    QTest::newRow("reversed") << QStringLiteral("2 <");
    QTest::newRow("no number") << QStringLiteral("< baseline");
    QTest::newRow("trailing garbage") << QStringLiteral("< 2 apples");
}

void TestBaseline::unreadableConditionsAreRefused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!parseMetricCondition(text, &error));
    QVERIFY2(error.contains(u'"' + text + u'"'), qPrintable(error));
}

void TestBaseline::checkPassesWhenEverySeriesPassesAndShowsTheValues()
{
    const Metric metric = errorRate();
    const QString a = QStringLiteral("{instance=\"a\"}");
    const QString b = QStringLiteral("{instance=\"b\"}");
    QList<MetricSample> samples = every30s(7, 0, 5, 1.5, a);
    samples.append(every30s(7, 0, 5, 1.0, b));
    samples.append({7, at(4, 40), a, 1.25});
    samples.append({7, at(6), a, 50});
    const MetricCheckResult result = evaluateMetricCheck(metric, QStringLiteral("< 2"), samples,
                                                         at(5));
    QVERIFY2(result.passed, qPrintable(result.summary));
    QCOMPARE(result.limit, 2.0);
    const QList<MetricCheckEvidence> expected{{a, at(4, 40), 1.25, true}, {b, at(4, 30), 1.0, true}};
    QCOMPARE(result.evidence, expected);
    QVERIFY2(result.summary.contains(QLatin1String("1.25")), qPrintable(result.summary));
}

void TestBaseline::checkFailsOnOneBadSeries()
{
    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    QList<MetricSample> samples = every30s(7, 0, 5, 1.0, a);
    samples.append(every30s(7, 0, 5, 3.0, b));
    const MetricCheckResult result = evaluateMetricCheck(errorRate(), QStringLiteral("<= 2"),
                                                         samples, at(5));
    QVERIFY(!result.passed);
    QCOMPARE(result.evidence.size(), 2);
    QVERIFY(result.evidence[0].passed);
    QVERIFY(!result.evidence[1].passed);
    QCOMPARE(result.evidence[1].value, 3.0);
    QVERIFY2(result.summary.contains(QLatin1String("b = 3")), qPrintable(result.summary));
}

void TestBaseline::checkRelativeToBaseline()
{
    const QList<MetricSample> samples = every30s(7, 0, 5, 14);
    const MetricCheckResult within = evaluateMetricCheck(errorRate(),
                                                         QStringLiteral("<= 1.5x baseline"),
                                                         samples, at(5));
    QVERIFY2(within.passed, qPrintable(within.summary));
    QCOMPARE(within.limit, 15.0);
    const MetricCheckResult beyond = evaluateMetricCheck(errorRate(),
                                                         QStringLiteral("< 1.2x baseline"), samples,
                                                         at(5));
    QVERIFY(!beyond.passed);
    QCOMPARE(beyond.evidence.first().value, 14.0);

    Metric withoutBaseline = errorRate();
    withoutBaseline.baseline = {};
    const MetricCheckResult unknown = evaluateMetricCheck(withoutBaseline,
                                                          QStringLiteral("< 2x baseline"), samples,
                                                          at(5));
    QVERIFY(!unknown.passed);
    QVERIFY(!unknown.limit);
    QVERIFY2(unknown.summary.contains(QLatin1String("baseline")), qPrintable(unknown.summary));
}

void TestBaseline::checkFailsOnStaleOrMissingSamples()
{
    // Interval 30 s: samples older than 90 s (at least a minute) no longer count.
    const QList<MetricSample> samples = every30s(7, 0, 5, 1);
    const MetricCheckResult fresh = evaluateMetricCheck(errorRate(), QStringLiteral("< 2"), samples,
                                                        at(6));
    QVERIFY2(fresh.passed, qPrintable(fresh.summary));
    const MetricCheckResult stale = evaluateMetricCheck(errorRate(), QStringLiteral("< 2"), samples,
                                                        at(6, 1));
    QVERIFY(!stale.passed);
    QVERIFY(stale.evidence.isEmpty());
    QVERIFY2(stale.summary.contains(QLatin1String("Error rate")), qPrintable(stale.summary));

    const MetricCheckResult garbled = evaluateMetricCheck(errorRate(), QStringLiteral("lots"),
                                                          samples, at(5));
    QVERIFY(!garbled.passed);
    QVERIFY2(garbled.summary.contains(QLatin1String("\"lots\"")), qPrintable(garbled.summary));
}

void TestBaseline::checkOfAMissingMetricFails()
{
    ProjectData data;
    data.metrics[7] = errorRate();
    data.samples = every30s(7, 0, 5, 1);
    const MetricCheckResult ok = evaluateMetricCheck(data, {7, QStringLiteral("< 2")}, at(5));
    QVERIFY2(ok.passed, qPrintable(ok.summary));
    const MetricCheckResult missing = evaluateMetricCheck(data, {8, QStringLiteral("< 2")}, at(5));
    QVERIFY(!missing.passed);
    QVERIFY2(missing.summary.contains(QLatin1String("8")), qPrintable(missing.summary));
}

void TestBaseline::downsamplingKeepsPeaksAndDips()
{
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append({double(i), std::sin(i / 100.0)});
    points[5000].setY(1000);
    points[7321].setY(-1000);
    points[42].setY(std::numeric_limits<double>::quiet_NaN());
    const QList<QPointF> kept = downsampleMinMax(points, 0, 9999, 200);
    QVERIFY(kept.size() <= 400);
    QVERIFY(kept.size() >= 200);
    QVERIFY(kept.contains(QPointF(5000, 1000)));
    QVERIFY(kept.contains(QPointF(7321, -1000)));
    QVERIFY(std::is_sorted(kept.begin(), kept.end(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    QVERIFY(std::all_of(kept.begin(), kept.end(),
                        [](const QPointF &p) { return std::isfinite(p.y()); }));
    QCOMPARE(kept.first(), points.first());

    const QList<QPointF> visible = downsampleMinMax(points, 6000, 8000, 100);
    QVERIFY(visible.contains(QPointF(7321, -1000)));
    QVERIFY(!visible.contains(QPointF(5000, 1000)));
    QVERIFY(visible.first().x() >= 6000 && visible.last().x() <= 8000);
}

void TestBaseline::downsamplingLeavesSmallSeriesAlone()
{
    const QList<QPointF> points{{0, 1},
                                {1, 5},
                                {2, std::numeric_limits<double>::infinity()},
                                {3, 2}};
    const QList<QPointF> expected{{0, 1}, {1, 5}, {3, 2}};
    QCOMPARE(downsampleMinMax(points, 0, 3, 100), expected);
    QVERIFY(downsampleMinMax(points, 0, 3, 0).isEmpty());
    QVERIFY(downsampleMinMax(points, 3, 3, 10).isEmpty());
}

void TestBaseline::seriesPointsAreSortedByTime()
{
    const QList<MetricSample> samples{{7, at(2), QString(), 3},
                                      {7, at(1), QString(), 2},
                                      {7, at(1), QStringLiteral("other"), 9},
                                      {8, at(0), QString(), 9}};
    const QList<QPointF> expected{{double(at(1).toMSecsSinceEpoch()), 2},
                                  {double(at(2).toMSecsSinceEpoch()), 3}};
    QCOMPARE(seriesPoints(samples, 7, QString()), expected);
}

QTEST_GUILESS_MAIN(TestBaseline)
#include "tst_baseline.moc"
