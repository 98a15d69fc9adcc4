#pragma once

#include "entities.h"

#include <QList>
#include <QPointF>

namespace uw {

/**
 * Reduces points (sorted by x) to what a chart columns pixels wide can show: per column the
 * lowest and the highest point, in x order, so that every spike and dip stays visible while
 * 10,000 points become about two per column. Points outside [xStart, xEnd] and points with a
 * non-finite y are left out; input that already fits is returned as it is.
 */
QList<QPointF> downsampleMinMax(const QList<QPointF> &points, double xStart, double xEnd,
                                int columns);

/** One series of a metric as chart points: x in milliseconds since the epoch (UTC), y value. */
QList<QPointF> seriesPoints(const QList<MetricSample> &samples, Id metricId, const QString &series);

} // namespace uw
