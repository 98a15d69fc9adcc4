// Measures what recording live samples costs once a metric has reached its retention bound:
// one metric of 8 series polled every second for long enough that the file holds
// maxSamplesPerMetric samples and older ones are dropped as new ones arrive. Prints the cost
// of one poll (median, p99, worst, including the polls that prune) overall and right after the
// file first holds 0, 3,000, 30,000 and 200,000 samples, how many samples the file and memory
// hold at the end, the file's size and the process's peak memory.
// Run: build/tests/bench/uw_bench_samples [polls]
#include "projectfile.h"
#include "sampleretention.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <fmt/format.h>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace uw;

namespace {

constexpr int seriesCount = 8;
/** Polls measured from each stored count on: enough for a median, and one prune at the bound. */
constexpr size_t pollsPerStage = 400;

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int polls = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt())
                               : int(maxSamplesPerMetric / seriesCount) * 6 / 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("samples.uwb"));
    ProjectData initial;
    Metric metric;
    metric.id = 1;
    metric.name = QStringLiteral("requests");
    metric.source = MetricSource::Prometheus;
    metric.intervalSeconds = 1;
    metric.retentionDays = 14;
    initial.metrics[metric.id] = metric;
    auto created = createProject(path, initial);
    if (!created) {
        fmt::print(stderr, "cannot create {}: {}\n", path.toStdString(),
                   created.error().message.toStdString());
        return 1;
    }
    Project &project = *created.value();
    int prunes = 0;
    QObject::connect(&project, &Project::samplesDropped, [&prunes] { ++prunes; });

    const QDateTime start(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc());
    std::vector<double> milliseconds;
    milliseconds.reserve(size_t(polls));
    std::vector<qsizetype> storedBefore;
    storedBefore.reserve(size_t(polls));
    for (int poll = 0; poll < polls; ++poll) {
        QList<MetricSample> samples;
        const QDateTime time = start.addSecs(poll);
        for (int series = 0; series < seriesCount; ++series)
            samples.append({metric.id, time, QStringLiteral("instance=\"node-%1\"").arg(series),
                            100 + 10 * std::sin(poll / 60.0 + series)});
        storedBefore.push_back(project.data().samples.size());
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!project.recordSamples(samples, &error)) {
            fmt::print(stderr, "poll {} failed: {}\n", poll, error.toStdString());
            return 1;
        }
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    fmt::print("{} polls of {} series ({} samples), bound {} samples per metric\n", polls,
               seriesCount, qint64(polls) * seriesCount, maxSamplesPerMetric);
    fmt::print("one poll: median {:.3f} ms, p99 {:.3f} ms, worst {:.1f} ms; {} prunes\n",
               percentile(milliseconds, 0.5), percentile(milliseconds, 0.99),
               *std::max_element(milliseconds.begin(), milliseconds.end()), prunes);
    for (const qsizetype stored :
         {qsizetype(0), qsizetype(3000), qsizetype(30000), maxSamplesPerMetric}) {
        const auto first = std::find_if(storedBefore.begin(), storedBefore.end(),
                                        [stored](qsizetype held) { return held >= stored; });
        if (first == storedBefore.end())
            continue;
        const auto from = milliseconds.begin() + (first - storedBefore.begin());
        const auto to = from + std::min<ptrdiff_t>(pollsPerStage, milliseconds.end() - from);
        const std::vector<double> stage(from, to);
        fmt::print(
            "  from {:>7} samples stored on: median {:.3f} ms, worst {:.2f} ms over {} polls\n",
            stored, percentile(stage, 0.5), *std::max_element(stage.begin(), stage.end()),
            stage.size());
    }
    fmt::print("kept in memory: {} samples; file {:.1f} MB; peak memory {:.0f} MB\n",
               project.data().samples.size(), double(QFileInfo(path).size()) / 1e6,
               double(usage.ru_maxrss) / 1024.0);
    return 0;
}
