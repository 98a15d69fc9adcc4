#pragma once

#include "entities.h"

#include <optional>

namespace uw {

/** A metric check step's condition, e.g. "< 2", ">= 99.5" or "<= 1.5x baseline". */
struct MetricCondition
{
    enum class Comparison { Less, LessOrEqual, Greater, GreaterOrEqual };
    Comparison comparison = Comparison::Less;
    double value = 0;
    /** value is a factor of the baseline mean. */
    bool relativeToBaseline = false;
};

/** The condition, or nullopt with a message quoting it and showing the accepted form. */
std::optional<MetricCondition> parseMetricCondition(const QString &text, QString *error);

/** One series' latest value that the check looked at. */
struct MetricCheckEvidence
{
    QString series;
    QDateTime timeUtc;
    double value = 0;
    bool passed = false;
    friend bool operator==(const MetricCheckEvidence &, const MetricCheckEvidence &) = default;
};

/** The verdict of a metric check and what it was based on, for the run record. */
struct MetricCheckResult
{
    bool passed = false;
    /** One sentence for the run log: the verdict, the limit and the values. */
    QString summary;
    /** The limit in the metric's unit; nullopt when it could not be determined. */
    std::optional<double> limit;
    QList<MetricCheckEvidence> evidence;
};

/**
 * Checks condition against the latest sample of every series of metric at atUtc. Samples older
 * than three poll intervals (at least a minute) are stale and do not count, so a source that
 * stopped answering fails the check instead of passing on old values. Every series must pass.
 */
MetricCheckResult evaluateMetricCheck(const Metric &metric, const QString &condition,
                                      const QList<MetricSample> &samples, const QDateTime &atUtc);
/** The same for a step's spec against the project's stored samples. */
MetricCheckResult evaluateMetricCheck(const ProjectData &data, const MetricCheckSpec &spec,
                                      const QDateTime &atUtc);

} // namespace uw
