#pragma once

#include "entities.h"

#include <QObject>

#include <map>
#include <optional>

namespace uw {

class Project;

/** What "normal" looked like before the change, from the samples of a chosen period. */
struct BaselineStats
{
    int count = 0;
    double mean = 0;
    /** Population standard deviation: the spread of the period itself, not an estimate. */
    double stddev = 0;
    double p5 = 0;
    double p50 = 0;
    double p95 = 0;
    double minimum = 0;
    double maximum = 0;
};

/** Statistics of the finite values; nullopt when there is none. */
std::optional<BaselineStats> computeBaselineStats(QList<double> values);
/** Statistics of a metric's samples (all series together) with a time inside period. */
std::optional<BaselineStats> baselineFromSamples(const QList<MetricSample> &samples, Id metricId,
                                                 const TimeInterval &period);
/** The stored form: mean and the p5..p95 band, which outliers in the period cannot widen. */
Baseline toBaseline(const BaselineStats &stats, const TimeInterval &period);

/**
 * Captures the baseline of a metric from the project's stored samples of period, as one undoable
 * edit. Fails with a message naming the metric when it has no samples in the period.
 */
bool captureBaseline(Project &project, Id metricId, const TimeInterval &period, QString *error);

/**
 * The value a threshold compares against: its own value, or that factor of the baseline mean.
 * nullopt when it is relative and the baseline has not been captured.
 */
std::optional<double> thresholdLimit(const Threshold &threshold, const Baseline &baseline);

/** A series staying beyond a threshold's limit for the threshold's whole duration. */
struct Breach
{
    Id metricId = 0;
    int thresholdIndex = -1;
    QString series;
    double limit = 0;
    /** The first sample beyond the limit in this stretch. */
    QDateTime startUtc;
    /** The sample at which the breach had lasted the threshold's duration. */
    QDateTime confirmedUtc;
    /** The first sample back within the limit; invalid while the breach lasts. */
    QDateTime endUtc;
    /** The furthest value beyond the limit seen so far. */
    double worstValue = 0;
    bool rollbackTrigger = false;
    friend bool operator==(const Breach &, const Breach &) = default;
};

/**
 * Evaluates a metric's thresholds on its samples, fed in time order (per series). Time comes
 * only from the samples' timestamps, so the same samples always give the same breaches; a
 * source that goes silent neither confirms nor clears a breach.
 */
class ThresholdWatch : public QObject
{
    Q_OBJECT

public:
    explicit ThresholdWatch(const Metric &metric, QObject *parent = nullptr);

    const Metric &metric() const { return m_metric; }
    /** Samples of other metrics and samples older than their series' last one are ignored. */
    void addSamples(const QList<MetricSample> &samples);

    QList<Breach> activeBreaches() const;
    /** Breaches that have ended, oldest first. */
    const QList<Breach> &endedBreaches() const { return m_ended; }
    /** Thresholds that cannot be evaluated, e.g. relative ones without a baseline. */
    QStringList problems() const;

signals:
    void breachStarted(const uw::Breach &breach);
    void breachEnded(const uw::Breach &breach);
    /** A breach of a threshold marked as rollback trigger; the run engine asks for rollback. */
    void rollbackTriggered(const uw::Breach &breach);

private:
    void evaluate(int thresholdIndex, double limit, const MetricSample &sample);

    Metric m_metric;
    /** Per threshold and series: the current stretch beyond the limit; a breach once confirmed. */
    std::map<std::pair<int, QString>, Breach> m_stretches;
    std::map<QString, QDateTime> m_lastTimes;
    QList<Breach> m_ended;
};

} // namespace uw

Q_DECLARE_METATYPE(uw::Breach)
