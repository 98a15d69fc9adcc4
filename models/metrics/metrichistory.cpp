#include "metrichistory.h"

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

bool earlier(const QPointF &a, const QPointF &b)
{
    return a.x() < b.x();
}

} // namespace

void MetricHistory::add(const QList<MetricSample> &samples)
{
    for (const MetricSample &sample : samples) {
        QList<QPointF> &points = m_points[sample.metricId][sample.series];
        const QPointF point(double(sample.timeUtc.toMSecsSinceEpoch()), sample.value);
        if (points.isEmpty() || points.last().x() <= point.x())
            points.append(point);
        else
            points.insert(std::upper_bound(points.begin(), points.end(), point, earlier), point);
    }
}

void MetricHistory::dropBefore(Id metricId, double beforeMs)
{
    const auto metric = m_points.find(metricId);
    if (metric == m_points.end())
        return;
    for (auto series = metric->second.begin(); series != metric->second.end();) {
        QList<QPointF> &points = series->second;
        points.erase(points.begin(),
                     std::lower_bound(points.begin(), points.end(), QPointF(beforeMs, 0), earlier));
        series = points.isEmpty() ? metric->second.erase(series) : std::next(series);
    }
}

const MetricHistory::SeriesPoints &MetricHistory::series(Id metricId) const
{
    static const SeriesPoints none;
    const auto it = m_points.find(metricId);
    return it == m_points.end() ? none : it->second;
}

double MetricHistory::lastTime(Id metricId, const QString &series) const
{
    const SeriesPoints &points = this->series(metricId);
    const auto it = points.find(series);
    return it == points.end() || it->second.isEmpty() ? std::nan("") : it->second.last().x();
}

QList<QPointF> pointsWithin(const QList<QPointF> &sorted, double start, double end)
{
    const auto first = std::lower_bound(sorted.begin(), sorted.end(), QPointF(start, 0), earlier);
    const auto last = std::upper_bound(first, sorted.end(), QPointF(end, 0), earlier);
    return QList<QPointF>(first, last);
}

} // namespace uw
