#pragma once

#include "entities.h"

#include <QDateTime>
#include <QSet>

#include <map>
#include <optional>
#include <vector>

namespace uw {

inline constexpr int maxSampleRetentionDays = 366;
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

/** extents updated by added, for the metrics that added touches only. */
std::map<Id, SampleExtent> extentsWith(const std::map<Id, SampleExtent> &extents,
                                       const QList<MetricSample> &added);

/**
 * The cutoffs due (samplePruningDue) for the metrics of touched, whose samples are those held
 * plus those added; metrics not in metrics (removed ones) keep their samples.
 */
std::map<Id, QDateTime> dueSampleCutoffs(const std::map<Id, Metric> &metrics,
                                         const std::map<Id, SampleExtent> &touched,
                                         const QList<MetricSample> &held,
                                         const QList<MetricSample> &added);

/** Removes from samples what is older than its metric's cutoff and updates those extents. */
void dropSamples(QList<MetricSample> &samples, const std::map<Id, QDateTime> &cutoffs,
                 std::map<Id, SampleExtent> &extents);

/** Shares one copy of each series name among the samples, which repeat a few names endlessly. */
class SeriesNamePool
{
public:
    QString shared(const QString &name);

private:
    QSet<QString> m_names;
};

} // namespace uw
