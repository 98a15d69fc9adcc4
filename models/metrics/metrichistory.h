#pragma once

#include "entities.h"

#include <QPointF>

#include <map>

namespace uw {

/**
 * The samples of every metric as chart points (x: milliseconds since the epoch in UTC), per
 * series and sorted by time, so that a refresh only slices and downsamples instead of scanning
 * all samples of the project.
 */
class MetricHistory
{
public:
    using SeriesPoints = std::map<QString, QList<QPointF>>;

    void clear() { m_points.clear(); }
    /** Adds samples in any order; each series stays sorted by time. */
    void add(const QList<MetricSample> &samples);
    /** Forgets metricId's points before beforeMs, as the project forgets old samples. */
    void dropBefore(Id metricId, double beforeMs);
    /** The series of metricId; empty when it has none. */
    const SeriesPoints &series(Id metricId) const;
    /** The time of the newest point of a series; NaN when it has none. */
    double lastTime(Id metricId, const QString &series) const;

private:
    std::map<Id, SeriesPoints> m_points;
};

/** The points of sorted (by x) with x in [start, end], found by bisection. */
QList<QPointF> pointsWithin(const QList<QPointF> &sorted, double start, double end);

} // namespace uw
