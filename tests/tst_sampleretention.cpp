#include "projectfile.h"
#include "projectjson.h"
#include "sampleretention.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

class TestSampleRetention : public QObject
{
    Q_OBJECT

private slots:
    void nothingIsDueWithinTheBounds();
    void theCutoffFollowsTheRetentionPeriod();
    void theCountBoundKeepsSamplesOfOneTimeTogether();
    void theTimelineCutsWhereTheSamplesDo();
    void droppingTheOldestKeepsTheOrderOfTheRest();
    void recordingDropsWhatOutgrewTheRetention();
    void theFileKeepsWhatMemoryKeeps();
    void recordingNeverHoldsMoreThanTheBound();
    void aLongPruneGoesOnOverThePolls();
    void aRemovedMetricKeepsItsSamples();
    void aFailedDropKeepsEverythingAsItWas();
    void retentionTravelsThroughTheFileAndJson();
    void jsonRefusesARetentionOutOfRange();
    void seriesNamesAreShared();
};

namespace {

QDateTime start()
{
    return test::utc(2026, 12, 1, 0);
}

Metric metricKeptFor(int days)
{
    Metric metric;
    metric.id = 3;
    metric.name = QStringLiteral("load");
    metric.retentionDays = days;
    return metric;
}

/** A project holding only metricKeptFor(days). */
ProjectData projectKeepingFor(int days)
{
    ProjectData data;
    data.metrics[3] = metricKeptFor(days);
    return data;
}

/** One sample per hour per series for hours [from, to), at start() + hour. */
QList<MetricSample> hourly(Id metricId, int from, int to, int seriesCount = 1)
{
    QList<MetricSample> samples;
    for (int hour = from; hour < to; ++hour) {
        for (int series = 0; series < seriesCount; ++series)
            samples.append({metricId, start().addSecs(qint64(hour) * 3600),
                            QStringLiteral("node=\"%1\"").arg(series), double(hour)});
    }
    return samples;
}

QDateTime oldestOf(const QList<MetricSample> &samples, Id metricId)
{
    QDateTime oldest;
    for (const MetricSample &sample : samples) {
        if (sample.metricId == metricId && (!oldest.isValid() || sample.timeUtc < oldest))
            oldest = sample.timeUtc;
    }
    return oldest;
}

qsizetype countOf(const QList<MetricSample> &samples, Id metricId)
{
    return std::count_if(samples.begin(), samples.end(),
                         [metricId](const MetricSample &s) { return s.metricId == metricId; });
}

std::unique_ptr<Project> createdProject(const QString &path, const ProjectData &initial)
{
    auto created = uw::createProject(path, initial);
    if (!created)
        qWarning("%s", qPrintable(created.error().message));
    return created ? std::move(created.value()) : nullptr;
}

} // namespace

void TestSampleRetention::nothingIsDueWithinTheBounds()
{
    const Metric metric = metricKeptFor(2);
    // 2 days and 6 hours: within the retention and its eighth of slack.
    const auto extents = sampleExtents(hourly(3, 0, 54));
    QVERIFY(!samplePruningDue(metric, extents.at(3)));
    QVERIFY(!samplePruningDue(metric, SampleExtent()));
    const auto longer = sampleExtents(hourly(3, 0, 56));
    QVERIFY(samplePruningDue(metric, longer.at(3)));
}

void TestSampleRetention::theCutoffFollowsTheRetentionPeriod()
{
    const Metric metric = metricKeptFor(2);
    const QList<MetricSample> samples = hourly(3, 0, 60);
    std::vector<qint64> times;
    for (const MetricSample &sample : samples)
        times.push_back(sample.timeUtc.toMSecsSinceEpoch());
    const auto cutoff = sampleCutoff(metric, sampleExtents(samples).at(3), times);
    QVERIFY(cutoff.has_value());
    // The newest sample is at hour 59: two days before it is hour 11.
    QCOMPARE(*cutoff, start().addSecs(11 * 3600));

    const QList<MetricSample> young = hourly(3, 0, 10);
    QVERIFY(!sampleCutoff(metric, sampleExtents(young).at(3), {}).has_value());
}

void TestSampleRetention::theCountBoundKeepsSamplesOfOneTimeTogether()
{
    // Far more samples than the bound within one day: the count decides, not the period.
    const int perTime = 8;
    const int times = int(maxSamplesPerMetric / perTime) * 5 / 4;
    SampleExtent extent;
    std::vector<qint64> timesMs;
    for (int i = 0; i < times; ++i) {
        const QDateTime time = start().addMSecs(qint64(i) * 100);
        for (int series = 0; series < perTime; ++series) {
            extent.include({3, time, QString(), 0});
            timesMs.push_back(time.toMSecsSinceEpoch());
        }
    }
    QVERIFY(samplePruningDue(metricKeptFor(14), extent));
    const auto cutoff = sampleCutoff(metricKeptFor(14), extent, timesMs);
    QVERIFY(cutoff.has_value());
    const qint64 kept = std::count_if(timesMs.begin(), timesMs.end(),
                                      [&](qint64 ms) { return ms >= cutoff->toMSecsSinceEpoch(); });
    QCOMPARE(kept, qint64(maxSamplesPerMetric - maxSamplesPerMetric / 8));
    QCOMPARE(kept % perTime, 0);
}

void TestSampleRetention::theTimelineCutsWhereTheSamplesDo()
{
    const Metric metric = metricKeptFor(14);
    std::vector<qint64> timesMs;
    SampleTimeline timeline;
    // Over the count bound, 8 samples a time.
    for (int i = 0; i < int(maxSamplesPerMetric / 8) + 100; ++i) {
        const QDateTime time = start().addMSecs(qint64(i) * 100);
        for (int series = 0; series < 8; ++series) {
            timeline.add(time);
            timesMs.push_back(time.toMSecsSinceEpoch());
        }
    }
    const SampleExtent extent = timeline.extent();
    QCOMPARE(extent.count, qsizetype(timesMs.size()));
    QVERIFY(timeline.cutoff(metric) == sampleCutoff(metric, extent, timesMs));
    QVERIFY(timeline.cutoff(metric).has_value());

    const Metric aDay = metricKeptFor(1);
    const QList<MetricSample> samples = hourly(3, 0, 60, 2);
    const SampleTimeline hours = sampleTimelines(samples).at(3);
    std::vector<qint64> hourTimes;
    for (const MetricSample &sample : samples)
        hourTimes.push_back(sample.timeUtc.toMSecsSinceEpoch());
    QVERIFY(hours.cutoff(aDay) == sampleCutoff(aDay, hours.extent(), hourTimes));
    // A step of at least 5 samples ends after three whole hours of two samples each.
    const qint64 cutoffMs = hours.cutoff(aDay)->toMSecsSinceEpoch();
    QCOMPARE(hours.stepEnd(cutoffMs, 5).value_or(0), start().addSecs(3 * 3600).toMSecsSinceEpoch());
    QCOMPARE(hours.stepEnd(cutoffMs, 1000).value_or(0), cutoffMs);
    QCOMPARE(hours.countBefore(start().addSecs(3 * 3600).toMSecsSinceEpoch()), qsizetype(6));
    QVERIFY(!hours.stepEnd(start().toMSecsSinceEpoch(), 5).has_value());
}

void TestSampleRetention::droppingTheOldestKeepsTheOrderOfTheRest()
{
    QList<MetricSample> samples;
    for (int hour = 0; hour < 10; ++hour) {
        for (const Id metricId : {Id(3), Id(4), Id(5)})
            samples.append({metricId, start().addSecs(hour * 3600), QString(), double(hour)});
    }
    QList<MetricSample> expected;
    for (const MetricSample &sample : std::as_const(samples)) {
        const bool dropped = (sample.metricId == 3 && sample.value < 4)
                             || (sample.metricId == 5 && sample.value < 1);
        if (!dropped)
            expected.append(sample);
    }
    const std::map<Id, qint64> before{{3, start().addSecs(4 * 3600).toMSecsSinceEpoch()},
                                      {5, start().addSecs(3600).toMSecsSinceEpoch()}};
    dropOldestSamples(samples, before, 5);
    QCOMPARE(samples, expected);
}

void TestSampleRetention::recordingDropsWhatOutgrewTheRetention()
{
    QTemporaryDir dir;
    ProjectData initial = projectKeepingFor(1);
    const auto project = createdProject(dir.filePath(QStringLiteral("r.uwb")), initial);
    QVERIFY(project);
    QSignalSpy dropped(project.get(), &Project::samplesDropped);
    QString error;
    // A day and two hours: within the slack, nothing is dropped yet.
    QVERIFY2(project->recordSamples(hourly(3, 0, 26, 2), &error), qPrintable(error));
    QCOMPARE(dropped.count(), 0);
    QCOMPARE(countOf(project->data().samples, 3), 52);
    // Past a day and three hours, everything older than a day before the newest goes.
    QVERIFY2(project->recordSamples(hourly(3, 26, 30, 2), &error), qPrintable(error));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).value<Id>(), Id(3));
    QCOMPARE(dropped.at(0).at(1).toDateTime(), start().addSecs(5 * 3600));
    QCOMPARE(oldestOf(project->data().samples, 3), start().addSecs(5 * 3600));
    QCOMPARE(countOf(project->data().samples, 3), 50);
}

void TestSampleRetention::theFileKeepsWhatMemoryKeeps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.uwb"));
    ProjectData initial = projectKeepingFor(1);
    QList<MetricSample> kept;
    {
        const auto project = createdProject(path, initial);
        QVERIFY(project);
        QString error;
        for (int day = 0; day < 5; ++day)
            QVERIFY2(project->recordSamples(hourly(3, day * 24, day * 24 + 24, 3), &error),
                     qPrintable(error));
        kept = project->data().samples;
        // A day after the newest sample and an eighth of a day of slack, in 3 series.
        QVERIFY(countOf(kept, 3) <= 3 * (24 + 4));
    }
    auto reopened = openProject(path);
    QVERIFY(reopened);
    QList<MetricSample> loaded = reopened.value()->data().samples;
    const auto byTimeAndSeries = [](const MetricSample &a, const MetricSample &b) {
        return std::tie(a.timeUtc, a.series) < std::tie(b.timeUtc, b.series);
    };
    std::sort(kept.begin(), kept.end(), byTimeAndSeries);
    std::sort(loaded.begin(), loaded.end(), byTimeAndSeries);
    QCOMPARE(loaded, kept);
}

void TestSampleRetention::recordingNeverHoldsMoreThanTheBound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.uwb"));
    ProjectData initial = projectKeepingFor(14);
    const qsizetype batch = maxSamplesPerMetric * 2 / 5;
    {
        const auto project = createdProject(path, initial);
        QVERIFY(project);
        qint64 second = 0;
        for (int round = 0; round < 3; ++round) {
            QList<MetricSample> samples;
            for (qsizetype i = 0; i < batch; i += 8, ++second) {
                for (int series = 0; series < 8; ++series)
                    samples.append({3, start().addSecs(second), QString::number(series), 1.0});
            }
            QString error;
            QVERIFY2(project->recordSamples(samples, &error), qPrintable(error));
            QVERIFY(countOf(project->data().samples, 3) <= maxSamplesPerMetric);
        }
        QCOMPARE(countOf(project->data().samples, 3), maxSamplesPerMetric - maxSamplesPerMetric / 8);
    }
    auto reopened = openProject(path);
    QVERIFY(reopened);
    QCOMPARE(countOf(reopened.value()->data().samples, 3),
             maxSamplesPerMetric - maxSamplesPerMetric / 8);
}

void TestSampleRetention::aLongPruneGoesOnOverThePolls()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.uwb"));
    ProjectData initial = projectKeepingFor(1);
    // A sample a second for 28 hours: an hour past the slack, so 4 hours of samples are due.
    const int seconds = 28 * 3600;
    for (int second = 0; second < seconds; ++second)
        initial.samples.append({3, start().addSecs(second), QString(), 1.0});
    QList<MetricSample> kept;
    {
        const auto project = createdProject(path, initial);
        QVERIFY(project);
        QSignalSpy dropped(project.get(), &Project::samplesDropped);
        QString error;
        const int polls = 40;
        for (int poll = 0; poll < polls; ++poll) {
            QVERIFY2(project->recordSamples({{3, start().addSecs(seconds + poll), QString(), 2.0}},
                                            &error),
                     qPrintable(error));
        }
        // Each poll dropped a part, oldest first, until the whole prune was done.
        QVERIFY(dropped.count() > 1);
        QDateTime previous = start().addSecs(-1);
        for (const QList<QVariant> &signal : std::as_const(dropped)) {
            QVERIFY(signal.at(1).toDateTime() > previous);
            previous = signal.at(1).toDateTime();
        }
        kept = project->data().samples;
        QCOMPARE(oldestOf(kept, 3), previous);
        QVERIFY(previous >= start().addSecs(4 * 3600));
        QCOMPARE(countOf(kept, 3), qsizetype(seconds + polls) - previous.toSecsSinceEpoch()
                                       + start().toSecsSinceEpoch());
    }
    auto reopened = openProject(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->data().samples, kept);
}

void TestSampleRetention::aRemovedMetricKeepsItsSamples()
{
    QTemporaryDir dir;
    ProjectData initial = projectKeepingFor(1);
    initial.samples = hourly(9, 0, 100);
    const auto project = createdProject(dir.filePath(QStringLiteral("r.uwb")), initial);
    QVERIFY(project);
    QString error;
    QVERIFY2(project->recordSamples(hourly(9, 100, 101), &error), qPrintable(error));
    QCOMPARE(countOf(project->data().samples, 9), 101);
}

void TestSampleRetention::aFailedDropKeepsEverythingAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.uwb"));
    ProjectData initial = projectKeepingFor(1);
    initial.samples = hourly(3, 0, 20);
    {
        QVERIFY(createdProject(path, initial));
    }
    QVERIFY(test::runSql(path, "CREATE TRIGGER keep BEFORE DELETE ON metric_samples "
                               "BEGIN SELECT RAISE(ABORT, 'samples are kept here'); END"));
    {
        auto opened = openProject(path);
        QVERIFY(opened);
        Project &project = *opened.value();
        QSignalSpy appended(&project, &Project::historyAppended);
        QString error;
        QVERIFY(!project.recordSamples(hourly(3, 20, 40), &error));
        QVERIFY2(error.contains(QStringLiteral("samples are kept here")), qPrintable(error));
        QCOMPARE(project.data().samples, initial.samples);
        QCOMPARE(appended.count(), 0);
    }
    auto reopened = openProject(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->data().samples, initial.samples);
}

void TestSampleRetention::retentionTravelsThroughTheFileAndJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.uwb"));
    ProjectData initial = test::richProject();
    initial.metrics.begin()->second.retentionDays = 30;
    {
        QVERIFY(createdProject(path, initial));
    }
    auto reopened = openProject(path);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->data().metrics.begin()->second.retentionDays, 30);

    QString error;
    const auto read = readProjectJson(writeProjectJson(initial), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->metrics.begin()->second.retentionDays, 30);
}

void TestSampleRetention::jsonRefusesARetentionOutOfRange()
{
    ProjectData data = test::richProject();
    data.metrics.begin()->second.retentionDays = 0;
    QString error;
    QVERIFY(!readProjectJson(writeProjectJson(data), &error));
    QVERIFY2(error.contains(QStringLiteral("retention_days")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("1 to 366 days")), qPrintable(error));
}

void TestSampleRetention::seriesNamesAreShared()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.uwb"));
    ProjectData initial = projectKeepingFor(14);
    {
        const auto project = createdProject(path, initial);
        QVERIFY(project);
        QString error;
        QVERIFY(project->recordSamples(hourly(3, 0, 2, 2), &error));
        const QList<MetricSample> &samples = project->data().samples;
        QVERIFY(samples.at(0).series.isSharedWith(samples.at(2).series));
    }
    auto reopened = openProject(path);
    QVERIFY(reopened);
    const QList<MetricSample> &samples = reopened.value()->data().samples;
    QCOMPARE(samples.size(), 4);
    QCOMPARE(samples.at(0).series, samples.at(2).series);
    QVERIFY(samples.at(0).series.isSharedWith(samples.at(2).series));
}

QTEST_GUILESS_MAIN(TestSampleRetention)
#include "tst_sampleretention.moc"
