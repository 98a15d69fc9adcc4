#pragma once

#include "entities.h"
#include "reportwriter.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace uw {

/**
 * The run record's timeline: one row per step, the planned bar (counted from the run's start)
 * under the actual one, coloured by result. Its time axis repeats on every page it spans.
 */
class RunTimelineFigure : public ReportFigure
{
public:
    struct Row
    {
        QString label;
        /** Minutes after the run's start; NaN when there is no such time. */
        double plannedStart;
        double plannedFinish;
        double actualStart;
        double actualFinish;
        QColor colour;
    };

    /** width in report units; zone and startUtc label the axis with wall-clock times. */
    RunTimelineFigure(QList<Row> rows, const QDateTime &startUtc, const QString &zone, double width,
                      int dpi);

    QSizeF size() const override;
    double headerHeight() const override { return m_rowHeight * 1.6; }
    void paint(QPainter &painter, const QRectF &source) const override;
    void paintHeader(QPainter &painter, double x0, double x1) const override;
    double cutAbove(double y) const override;

private:
    double xAt(double minutes) const;
    double tickMinutes() const;

    QList<Row> m_rows;
    QDateTime m_startUtc;
    QString m_zone;
    double m_width;
    double m_rowHeight;
    double m_labelWidth;
    double m_lastMinute = 60;
};

/**
 * A plain vector line chart of one metric's stored samples over a run, with the baseline band
 * and thresholds: what the run record draws when no richer chart renderer is given.
 */
class MetricLineChartFigure : public ReportFigure
{
public:
    MetricLineChartFigure(const Metric &metric, QList<MetricSample> samples,
                          const TimeInterval &period, const QString &zone, double width, int dpi);

    QSizeF size() const override { return {m_width, m_height}; }
    void paint(QPainter &painter, const QRectF &source) const override;
    bool prefersOnePage() const override { return true; }

private:
    Metric m_metric;
    QList<MetricSample> m_samples;
    TimeInterval m_period;
    QString m_zone;
    double m_width;
    double m_height;
    int m_dpi;
};

/**
 * One line chart per metric that has samples in period (a run's start to end), in metric id
 * order; metrics without samples there are left out.
 */
std::vector<std::unique_ptr<ReportFigure>> metricLineCharts(const ProjectData &data,
                                                            const TimeInterval &period,
                                                            const QString &zone, double width,
                                                            int dpi);

} // namespace uw
