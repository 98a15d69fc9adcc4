#pragma once

#include "baseline.h"
#include "metrichistory.h"

#include <QChart>

#include <map>
#include <memory>

class QAreaSeries;
class QCategoryAxis;
class QGraphicsScene;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace uw {

class MetricChartOverlay;

/** A run event as a marker on the time axis. */
struct MetricChartEvent
{
    double timeMs = 0;
    RunEventType type = RunEventType::Note;
    /** The step's title or the decision, for the legend and reports. */
    QString label;
};

/** The run whose events the charts show: the newest open run, else the newest; 0 if none. */
Id currentOrLastRun(const ProjectData &data);
/** The events of runId worth a marker (steps, decisions, run start and end), oldest first. */
QList<MetricChartEvent> chartEvents(const ProjectData &data, Id runId);
/** The zone times are shown in: the run's window's, else the plan window's, else the change's. */
QString chartTimeZone(const ProjectData &data, Id runId);
/** Breaches of metric's thresholds in samples, as the live watch would have seen them. */
QList<Breach> breachesIn(const Metric &metric, const QList<MetricSample> &samples);

/**
 * One metric over a time range: its series downsampled to the plot's width, the baseline band,
 * threshold lines, breaches shaded and run events marked on a time axis labelled in a zone.
 * The same chart is shown on screen, exported and drawn into reports.
 */
class MetricChart : public QChart
{
    Q_OBJECT

public:
    explicit MetricChart(QGraphicsItem *parent = nullptr);
    ~MetricChart() override;

    /** Title, unit, baseline band and thresholds from the metric's definition. */
    void setMetric(const Metric &metric);
    void setTimeZone(const QString &zone);
    void setEvents(QList<MetricChartEvent> events);
    void setBreaches(QList<Breach> breaches);
    /**
     * Shows [startMs, endMs] of points: every series is cut to the range and downsampled to
     * the plot's width in pixels, so a refresh costs the same for 100 or 100,000 samples.
     */
    void showRange(const MetricHistory::SeriesPoints &points, double startMs, double endMs);
    /** Draws the chart as laid out into target (scaled to fit); for export and reports. */
    void render(QPainter *painter, const QRectF &target);

    /** Points drawn over all value series after downsampling. */
    int plottedPointCount() const;
    QAreaSeries *baselineSeries() const { return m_baseline; }
    QList<QLineSeries *> thresholdSeries() const;
    /** Events inside the shown range, as marked on the chart. */
    QList<MetricChartEvent> visibleEvents() const;
    QList<Breach> breaches() const { return m_breaches; }

private:
    struct ThresholdLine
    {
        QLineSeries *series = nullptr;
        double limit = 0;
    };

    void clearDefinitionSeries();
    void updateTimeAxis();
    void updateValueAxis(double low, double high);
    void updateEventMarkers();
    void updateDefinitionLines();
    QLineSeries *valueSeries(const QString &key, int index);
    void keepValuesFirstInLegend();

    Metric m_metric;
    QString m_zone = QStringLiteral("UTC");
    QList<MetricChartEvent> m_events;
    QList<Breach> m_breaches;
    double m_startMs = 0;
    double m_endMs = 1;
    QCategoryAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    std::map<QString, QLineSeries *> m_lines;
    QAreaSeries *m_baseline = nullptr;
    QLineSeries *m_baselineHigh = nullptr;
    QLineSeries *m_baselineLow = nullptr;
    QList<ThresholdLine> m_thresholds;
    /** Where the baseline and threshold lines currently start and end. */
    double m_definitionStart = 0;
    double m_definitionEnd = 0;
    QList<std::pair<double, QString>> m_ticks;
    std::map<RunEventType, QList<QPointF>> m_markers;
    std::map<RunEventType, QScatterSeries *> m_eventSeries;
    MetricChartOverlay *m_overlay;

    friend class MetricChartOverlay;
};

/**
 * Builds a metric's chart offscreen from a project's stored samples, for PDF reports and
 * exports without a visible widget: pass a time range and the run whose events to mark.
 */
class MetricChartRenderer
{
public:
    MetricChartRenderer(const ProjectData &data, Id metricId, const TimeInterval &range,
                        Id runId = 0);
    ~MetricChartRenderer();

    /** Lays the chart out for target's size (at 96 dpi of the device) and draws it there. */
    void render(QPainter *painter, const QRectF &target);
    MetricChart *chart() const { return m_chart; }

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    MetricChart *m_chart;
    MetricHistory m_history;
    Id m_metricId;
    TimeInterval m_range;
};

} // namespace uw
