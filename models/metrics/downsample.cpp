#include "downsample.h"

#include <algorithm>
#include <cmath>

namespace uw {

QList<QPointF> downsampleMinMax(const QList<QPointF> &points, double xStart, double xEnd,
                                int columns)
{
    QList<QPointF> kept;
    const auto usable = [&](const QPointF &p) {
        return p.x() >= xStart && p.x() <= xEnd && std::isfinite(p.y());
    };
    if (columns <= 0 || !(xEnd > xStart))
        return kept;
    if (points.size() <= 2 * qsizetype(columns)) {
        std::copy_if(points.begin(), points.end(), std::back_inserter(kept), usable);
        return kept;
    }
    kept.reserve(2 * qsizetype(columns));
    const double columnsPerX = double(columns) / (xEnd - xStart);
    int column = -1;
    const QPointF *lowest = nullptr;
    const QPointF *highest = nullptr;
    const auto flush = [&] {
        if (!lowest)
            return;
        const bool lowestFirst = lowest->x() <= highest->x();
        kept.append(lowestFirst ? *lowest : *highest);
        if (lowest != highest)
            kept.append(lowestFirst ? *highest : *lowest);
    };
    for (const QPointF &point : points) {
        if (!usable(point))
            continue;
        const int pointColumn = std::min(columns - 1, int((point.x() - xStart) * columnsPerX));
        if (pointColumn != column) {
            flush();
            column = pointColumn;
            lowest = highest = &point;
            continue;
        }
        if (point.y() < lowest->y())
            lowest = &point;
        if (point.y() > highest->y())
            highest = &point;
    }
    flush();
    return kept;
}

QList<QPointF> seriesPoints(const QList<MetricSample> &samples, Id metricId, const QString &series)
{
    QList<QPointF> points;
    for (const MetricSample &sample : samples) {
        if (sample.metricId == metricId && sample.series == series)
            points.append({double(sample.timeUtc.toMSecsSinceEpoch()), sample.value});
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return points;
}

} // namespace uw
