#pragma once

#include "metricreading.h"

#include <QFrame>

class QChartView;
class QLabel;

namespace uw {

class MetricChart;

/** The file formats a metric chart is exported in. */
enum class MetricChartFormat { Png, Svg };

/** Writes chart as drawn by MetricChart::render(); false with a reason when it cannot. */
bool writeMetricChart(MetricChart *chart, MetricChartFormat format, const QString &path,
                      QString *error);

/** Asks for a file name (the suffix picks PNG or SVG) and writes the chart there. */
void exportMetricChart(QWidget *parent, MetricChart *chart);

/** A chart of the Metrics page: the metric's state and reason above its chart. */
class MetricChartPanel : public QFrame
{
    Q_OBJECT

public:
    MetricChartPanel(Id metricId, QWidget *parent = nullptr);

    Id metricId() const { return m_metricId; }
    MetricChart *chart() const { return m_chart; }
    void setStatus(const MetricStatus &status);
    QString statusText() const;

private:
    Id m_metricId;
    MetricChart *m_chart;
    QChartView *m_view;
    QLabel *m_status;
};

} // namespace uw
