#pragma once

#include "entities.h"

#include <QDateTime>
#include <QSet>

#include <map>
#include <optional>
#include <vector>

namespace uw {

inline constexpr int maxSampleRetentionDays = 366;
/** The longest time between two readings of a metric, in seconds. */
inline constexpr int maxMetricIntervalSeconds = 3600;
/**
 * The most samples kept per metric, whatever its retention period, so that a short poll
 * interval over many series cannot grow the file and memory without end: at one sample a
 * second for each of 8 series that is about seven hours.
 */
inline constexpr qsizetype maxSamplesPerMetric = 200'000;

/** What a project holds of one metric's samples. */
struct SampleExtent
{
    qsizetype count = 0;
    QDateTime oldestUtc;
    QDateTime newestUtc;

    void include(const MetricSample &sample);
};

/** The extent of every metric's samples in samples. */
std::map<Id, SampleExtent> sampleExtents(const QList<MetricSample> &samples);

/**
 * Whether a metric's samples must be pruned now: they are more than maxSamplesPerMetric, or they
 * span an eighth more than the retention period. Pruning then leaves room for many polls (see
 * sampleCutoff()), so it runs now and then rather than on every poll.
 */
bool samplePruningDue(const Metric &metric, const SampleExtent &extent);

/**
 * The time before which a metric's samples are dropped: its retention period before the newest
 * sample, or later when more than maxSamplesPerMetric samples are held, so that seven eighths of
 * that bound remain. Samples of one time are kept or dropped together, so the file and memory
 * agree on what stays. timesMs holds the times of all the metric's samples (any order);
 * nullopt when nothing is to be dropped.
 */
std::optional<QDateTime> sampleCutoff(const Metric &metric, const SampleExtent &extent,
                                      std::vector<qint64> timesMs);

/**
 * The times of one metric's samples in order, with how many samples share each time, so that a
 * poll decides what to prune from the times alone instead of scanning every sample held.
 */
class SampleTimeline
{
public:
    void add(const QDateTime &timeUtc);
    /** Forgets one sample at timeUtc; undoes add() when the write it belonged to failed. */
    void remove(const QDateTime &timeUtc);
    SampleExtent extent() const;
    /** sampleCutoff() of the samples held here, found without copying their times. */
    std::optional<QDateTime> cutoff(const Metric &metric) const;
    /**
     * Where the next step of a prune towards cutoffMs ends: at cutoffMs, or earlier once at least
     * budget samples are older than the end. Samples of one time stay together, as in
     * sampleCutoff(). nullopt when no sample is older than cutoffMs.
     */
    std::optional<qint64> stepEnd(qint64 cutoffMs, qsizetype budget) const;
    /** How many samples are older than timeMs. */
    qsizetype countBefore(qint64 timeMs) const;
    void dropBefore(qint64 timeMs);

private:
    std::map<qint64, qsizetype> m_countAtTime;
    qsizetype m_count = 0;
};

/** The timeline of every metric's samples in samples. */
std::map<Id, SampleTimeline> sampleTimelines(const QList<MetricSample> &samples);

/** What one poll drops of a metric's samples: those older than beforeMs, count of them. */
struct SamplePruneStep
{
    qint64 beforeMs = 0;
    /** Where the whole prune ends; further polls continue it until beforeMs reaches it. */
    qint64 cutoffMs = 0;
    qsizetype count = 0;
};

/**
 * The prune steps of one poll for the metrics that added touches, whose timelines already
 * include added. A prune starts when samplePruningDue() and goes to its sampleCutoff(), or goes
 * on towards pending (the cutoffs of prunes under way), a bounded step per poll: a few polls'
 * worth of samples, at least enough to stay within maxSamplesPerMetric. Metrics not in metrics
 * (removed ones) keep their samples.
 */
std::map<Id, SamplePruneStep> samplePruneSteps(const std::map<Id, Metric> &metrics,
                                               const std::map<Id, SampleTimeline> &timelines,
                                               const std::map<Id, qint64> &pending,
                                               const QList<MetricSample> &added);

/**
 * Removes from samples those older than their metric's time in beforeMs, count of them. The
 * oldest samples sit at the front, as samples are appended as they arrive, so this costs about
 * the samples dropped rather than all those held.
 */
void dropOldestSamples(QList<MetricSample> &samples, const std::map<Id, qint64> &beforeMs,
                       qsizetype count);

/** Shares one copy of each series name among the samples, which repeat a few names endlessly. */
class SeriesNamePool
{
public:
    QString shared(const QString &name);

private:
    QSet<QString> m_names;
};

} // namespace uw
