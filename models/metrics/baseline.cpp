#include "baseline.h"

#include "commands.h"
#include "project.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class BaselineText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Baseline)
};

/** Linear interpolation between closest ranks, as spreadsheets compute PERCENTILE. */
double percentile(const QList<double> &sorted, double fraction)
{
    const double rank = fraction * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(rank));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (rank - double(below));
}

bool inside(const QDateTime &time, const TimeInterval &period)
{
    return time >= period.startUtc && time <= period.endUtc;
}

} // namespace

std::optional<BaselineStats> computeBaselineStats(QList<double> values)
{
    values.removeIf([](double value) { return !std::isfinite(value); });
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    BaselineStats stats;
    stats.count = int(values.size());
    double sum = 0;
    for (const double value : std::as_const(values))
        sum += value;
    stats.mean = sum / double(values.size());
    double squares = 0;
    for (const double value : std::as_const(values))
        squares += (value - stats.mean) * (value - stats.mean);
    stats.stddev = std::sqrt(squares / double(values.size()));
    stats.p5 = percentile(values, 0.05);
    stats.p50 = percentile(values, 0.50);
    stats.p95 = percentile(values, 0.95);
    stats.minimum = values.first();
    stats.maximum = values.last();
    return stats;
}

std::optional<BaselineStats> baselineFromSamples(const QList<MetricSample> &samples, Id metricId,
                                                 const TimeInterval &period)
{
    QList<double> values;
    for (const MetricSample &sample : samples) {
        if (sample.metricId == metricId && inside(sample.timeUtc, period))
            values.append(sample.value);
    }
    return computeBaselineStats(std::move(values));
}

Baseline toBaseline(const BaselineStats &stats, const TimeInterval &period)
{
    return {period, stats.mean, stats.p5, stats.p95, true};
}

bool captureBaseline(Project &project, Id metricId, const TimeInterval &period, QString *error)
{
    const Metric *metric = project.find<Metric>(metricId);
    if (!metric) {
        *error = BaselineText::tr("There is no metric with id %1.").arg(metricId);
        return false;
    }
    const std::optional<BaselineStats> stats = baselineFromSamples(project.data().samples, metricId,
                                                                   period);
    if (!stats) {
        *error = BaselineText::tr("Metric \"%1\" has no samples between %2 and %3 to take a "
                                  "baseline from.")
                     .arg(metric->name, period.startUtc.toString(Qt::ISODate),
                          period.endUtc.toString(Qt::ISODate));
        return false;
    }
    Metric updated = *metric;
    updated.baseline = toBaseline(*stats, period);
    return edit::updateEntity(project, BaselineText::tr("Capture baseline of %1").arg(metric->name),
                              updated, MergeId::None, error);
}

std::optional<double> thresholdLimit(const Threshold &threshold, const Baseline &baseline)
{
    if (!threshold.relativeToBaseline)
        return threshold.value;
    if (!baseline.captured)
        return std::nullopt;
    return threshold.value * baseline.mean;
}

ThresholdWatch::ThresholdWatch(const Metric &metric, QObject *parent)
    : QObject(parent)
    , m_metric(metric)
{}

void ThresholdWatch::addSamples(const QList<MetricSample> &samples)
{
    for (const MetricSample &sample : samples) {
        if (sample.metricId != m_metric.id || !std::isfinite(sample.value))
            continue;
        QDateTime &last = m_lastTimes[sample.series];
        if (last.isValid() && sample.timeUtc < last)
            continue;
        last = sample.timeUtc;
        for (int i = 0; i < m_metric.thresholds.size(); ++i) {
            if (const std::optional<double> limit = thresholdLimit(m_metric.thresholds[i],
                                                                   m_metric.baseline))
                evaluate(i, *limit, sample);
        }
    }
}

void ThresholdWatch::evaluate(int thresholdIndex, double limit, const MetricSample &sample)
{
    const Threshold &threshold = m_metric.thresholds[thresholdIndex];
    const bool above = threshold.comparison == Threshold::Comparison::Above;
    const bool beyond = above ? sample.value > limit : sample.value < limit;
    const auto key = std::make_pair(thresholdIndex, sample.series);
    const auto it = m_stretches.find(key);
    if (!beyond) {
        if (it == m_stretches.end())
            return;
        Breach stretch = it->second;
        m_stretches.erase(it);
        if (stretch.confirmedUtc.isValid()) {
            stretch.endUtc = sample.timeUtc;
            m_ended.append(stretch);
            emit breachEnded(stretch);
        }
        return;
    }
    if (it == m_stretches.end()) {
        m_stretches[key] = {m_metric.id, thresholdIndex, sample.series,
                            limit,       sample.timeUtc, {},
                            {},          sample.value,   threshold.rollbackTrigger};
    }
    Breach &stretch = m_stretches[key];
    stretch.worstValue = above ? std::max(stretch.worstValue, sample.value)
                               : std::min(stretch.worstValue, sample.value);
    const qint64 lastedMs = stretch.startUtc.msecsTo(sample.timeUtc);
    if (stretch.confirmedUtc.isValid() || double(lastedMs) < threshold.forMinutes * 60000)
        return;
    stretch.confirmedUtc = sample.timeUtc;
    const Breach started = stretch;
    emit breachStarted(started);
    if (started.rollbackTrigger)
        emit rollbackTriggered(started);
}

QList<Breach> ThresholdWatch::activeBreaches() const
{
    QList<Breach> active;
    for (const auto &[key, stretch] : m_stretches) {
        if (stretch.confirmedUtc.isValid())
            active.append(stretch);
    }
    return active;
}

QStringList ThresholdWatch::problems() const
{
    QStringList problems;
    for (int i = 0; i < m_metric.thresholds.size(); ++i) {
        if (!thresholdLimit(m_metric.thresholds[i], m_metric.baseline)) {
            problems.append(tr("Threshold %1 of \"%2\" is relative to the baseline, which has not "
                               "been captured yet.")
                                .arg(i + 1)
                                .arg(m_metric.name));
        }
    }
    return problems;
}

} // namespace uw
