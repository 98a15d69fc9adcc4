#include "sampleretention.h"

#include <QTimeZone>

#include <algorithm>

namespace uw {
namespace {

constexpr qint64 millisecondsPerDay = 24LL * 3600 * 1000;

qint64 retentionMs(const Metric &metric)
{
    return std::clamp(metric.retentionDays, 1, maxSampleRetentionDays) * millisecondsPerDay;
}

} // namespace

void SampleExtent::include(const MetricSample &sample)
{
    ++count;
    if (!oldestUtc.isValid() || sample.timeUtc < oldestUtc)
        oldestUtc = sample.timeUtc;
    if (!newestUtc.isValid() || sample.timeUtc > newestUtc)
        newestUtc = sample.timeUtc;
}

std::map<Id, SampleExtent> sampleExtents(const QList<MetricSample> &samples)
{
    std::map<Id, SampleExtent> extents;
    for (const MetricSample &sample : samples)
        extents[sample.metricId].include(sample);
    return extents;
}

bool samplePruningDue(const Metric &metric, const SampleExtent &extent)
{
    if (extent.count == 0)
        return false;
    if (extent.count > maxSamplesPerMetric)
        return true;
    const qint64 span = extent.newestUtc.toMSecsSinceEpoch() - extent.oldestUtc.toMSecsSinceEpoch();
    const qint64 retention = retentionMs(metric);
    return span > retention + retention / 8;
}

std::optional<QDateTime> sampleCutoff(const Metric &metric, const SampleExtent &extent,
                                      std::vector<qint64> timesMs)
{
    if (extent.count == 0 || timesMs.empty())
        return std::nullopt;
    qint64 cutoff = extent.newestUtc.toMSecsSinceEpoch() - retentionMs(metric);
    if (qsizetype(timesMs.size()) > maxSamplesPerMetric) {
        // Seven eighths of the bound stay, so that the next pruning is many polls away: cut at
        // the time of the oldest sample that stays.
        const qsizetype keep = maxSamplesPerMetric - maxSamplesPerMetric / 8;
        const auto last = timesMs.begin() + (keep - 1);
        std::nth_element(timesMs.begin(), last, timesMs.end(), std::greater<>());
        cutoff = std::max(cutoff, *last);
    }
    if (cutoff <= extent.oldestUtc.toMSecsSinceEpoch())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(cutoff, QTimeZone::utc());
}

std::map<Id, SampleExtent> extentsWith(const std::map<Id, SampleExtent> &extents,
                                       const QList<MetricSample> &added)
{
    std::map<Id, SampleExtent> touched;
    for (const MetricSample &sample : added) {
        auto [extent, inserted] = touched.try_emplace(sample.metricId);
        if (inserted) {
            if (const auto known = extents.find(sample.metricId); known != extents.end())
                extent->second = known->second;
        }
        extent->second.include(sample);
    }
    return touched;
}

std::map<Id, QDateTime> dueSampleCutoffs(const std::map<Id, Metric> &metrics,
                                         const std::map<Id, SampleExtent> &touched,
                                         const QList<MetricSample> &held,
                                         const QList<MetricSample> &added)
{
    std::map<Id, QDateTime> cutoffs;
    for (const auto &[metricId, extent] : touched) {
        const auto metric = metrics.find(metricId);
        if (metric == metrics.end() || !samplePruningDue(metric->second, extent))
            continue;
        std::vector<qint64> times;
        times.reserve(size_t(extent.count));
        for (const QList<MetricSample> *samples : {&held, &added}) {
            for (const MetricSample &sample : *samples) {
                if (sample.metricId == metricId)
                    times.push_back(sample.timeUtc.toMSecsSinceEpoch());
            }
        }
        if (const auto cutoff = sampleCutoff(metric->second, extent, std::move(times)))
            cutoffs[metricId] = *cutoff;
    }
    return cutoffs;
}

void dropSamples(QList<MetricSample> &samples, const std::map<Id, QDateTime> &cutoffs,
                 std::map<Id, SampleExtent> &extents)
{
    if (cutoffs.empty())
        return;
    samples.removeIf([&cutoffs](const MetricSample &sample) {
        const auto cutoff = cutoffs.find(sample.metricId);
        return cutoff != cutoffs.end() && sample.timeUtc < cutoff->second;
    });
    for (const auto &[metricId, cutoff] : cutoffs)
        extents[metricId] = SampleExtent();
    for (const MetricSample &sample : std::as_const(samples)) {
        if (cutoffs.contains(sample.metricId))
            extents[sample.metricId].include(sample);
    }
}

QString SeriesNamePool::shared(const QString &name)
{
    auto known = m_names.constFind(name);
    if (known == m_names.constEnd())
        known = m_names.insert(name);
    return *known;
}

} // namespace uw
