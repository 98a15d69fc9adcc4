#include "sampleretention.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <set>

namespace uw {
namespace {

constexpr qint64 millisecondsPerDay = 24LL * 3600 * 1000;
/** The fewest samples a prune step drops, so that a prune takes few polls; well under 1 ms. */
constexpr qsizetype minimumPruneStep = 1024;

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

void SampleTimeline::add(const QDateTime &timeUtc)
{
    ++m_countAtTime[timeUtc.toMSecsSinceEpoch()];
    ++m_count;
}

void SampleTimeline::remove(const QDateTime &timeUtc)
{
    const auto time = m_countAtTime.find(timeUtc.toMSecsSinceEpoch());
    if (time == m_countAtTime.end())
        return;
    if (--time->second == 0)
        m_countAtTime.erase(time);
    --m_count;
}

SampleExtent SampleTimeline::extent() const
{
    if (m_countAtTime.empty())
        return {};
    return {m_count, QDateTime::fromMSecsSinceEpoch(m_countAtTime.begin()->first, QTimeZone::utc()),
            QDateTime::fromMSecsSinceEpoch(m_countAtTime.rbegin()->first, QTimeZone::utc())};
}

std::optional<QDateTime> SampleTimeline::cutoff(const Metric &metric) const
{
    if (m_countAtTime.empty())
        return std::nullopt;
    const qint64 oldest = m_countAtTime.begin()->first;
    qint64 cutoff = m_countAtTime.rbegin()->first - retentionMs(metric);
    if (m_count > maxSamplesPerMetric) {
        // The time of the oldest sample that stays when seven eighths of the bound stay, as in
        // sampleCutoff(): the first time from which on fewer than that many samples are newer.
        const qsizetype keep = maxSamplesPerMetric - maxSamplesPerMetric / 8;
        qsizetype fromHereOn = m_count;
        for (const auto &[time, count] : m_countAtTime) {
            if (fromHereOn - count < keep) {
                cutoff = std::max(cutoff, time);
                break;
            }
            fromHereOn -= count;
        }
    }
    if (cutoff <= oldest)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(cutoff, QTimeZone::utc());
}

std::optional<qint64> SampleTimeline::stepEnd(qint64 cutoffMs, qsizetype budget) const
{
    if (m_countAtTime.empty() || m_countAtTime.begin()->first >= cutoffMs)
        return std::nullopt;
    qsizetype older = 0;
    for (auto time = m_countAtTime.begin(); time != m_countAtTime.end(); ++time) {
        older += time->second;
        const auto next = std::next(time);
        if (next == m_countAtTime.end() || next->first >= cutoffMs)
            return cutoffMs;
        if (older >= budget)
            return next->first;
    }
    return cutoffMs;
}

qsizetype SampleTimeline::countBefore(qint64 timeMs) const
{
    qsizetype older = 0;
    for (auto time = m_countAtTime.begin(); time != m_countAtTime.end() && time->first < timeMs;
         ++time) {
        older += time->second;
    }
    return older;
}

void SampleTimeline::dropBefore(qint64 timeMs)
{
    const auto end = m_countAtTime.lower_bound(timeMs);
    for (auto time = m_countAtTime.begin(); time != end; ++time)
        m_count -= time->second;
    m_countAtTime.erase(m_countAtTime.begin(), end);
}

std::map<Id, SampleTimeline> sampleTimelines(const QList<MetricSample> &samples)
{
    std::map<Id, SampleTimeline> timelines;
    for (const MetricSample &sample : samples)
        timelines[sample.metricId].add(sample.timeUtc);
    return timelines;
}

std::map<Id, SamplePruneStep> samplePruneSteps(const std::map<Id, Metric> &metrics,
                                               const std::map<Id, SampleTimeline> &timelines,
                                               const std::map<Id, qint64> &pending,
                                               const QList<MetricSample> &added)
{
    std::set<Id> touched;
    for (const MetricSample &sample : added)
        touched.insert(sample.metricId);
    std::map<Id, SamplePruneStep> steps;
    for (const Id metricId : touched) {
        const auto metric = metrics.find(metricId);
        const auto timeline = timelines.find(metricId);
        if (metric == metrics.end() || timeline == timelines.end())
            continue;
        const SampleExtent extent = timeline->second.extent();
        std::optional<qint64> cutoff;
        if (const auto underWay = pending.find(metricId); underWay != pending.end())
            cutoff = underWay->second;
        if (samplePruningDue(metric->second, extent)) {
            if (const auto due = timeline->second.cutoff(metric->second))
                cutoff = std::max(cutoff.value_or(std::numeric_limits<qint64>::min()),
                                  due->toMSecsSinceEpoch());
        }
        if (!cutoff)
            continue;
        // Several polls' worth per step finishes a prune long before the next one is due, and
        // the count never stays above its bound.
        const qsizetype budget = std::max(
            {minimumPruneStep, 4 * added.size(), extent.count - maxSamplesPerMetric});
        if (const auto end = timeline->second.stepEnd(*cutoff, budget))
            steps[metricId] = {*end, *cutoff, timeline->second.countBefore(*end)};
    }
    return steps;
}

void dropOldestSamples(QList<MetricSample> &samples, const std::map<Id, qint64> &beforeMs,
                       qsizetype count)
{
    if (count == 0)
        return;
    const auto dropped = [&beforeMs](const MetricSample &sample) {
        const auto before = beforeMs.find(sample.metricId);
        return before != beforeMs.end() && sample.timeUtc.toMSecsSinceEpoch() < before->second;
    };
    // Find the stretch at the front that holds all samples to drop...
    qsizetype stretch = 0;
    for (qsizetype found = 0; stretch < samples.size() && found < count; ++stretch) {
        if (dropped(samples.at(stretch)))
            ++found;
    }
    // ...move those that stay in it to its end, in order, and cut off the front, which a QList
    // does without moving the samples behind the stretch.
    MetricSample *data = samples.data();
    qsizetype keptFrom = stretch;
    for (qsizetype i = stretch; i-- > 0;) {
        if (!dropped(data[i]) && --keptFrom != i)
            data[keptFrom] = std::move(data[i]);
    }
    samples.remove(0, keptFrom);
}

QString SeriesNamePool::shared(const QString &name)
{
    auto known = m_names.constFind(name);
    if (known == m_names.constEnd())
        known = m_names.insert(name);
    return *known;
}

} // namespace uw
