#include "metricchart.h"

#include "downsample.h"
#include "enumkeys.h"
#include "prometheus.h"
#include "zonedtime.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPaintDevice>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace uw {
namespace {

/** Series beyond this many per chart are left out: nobody reads more lines in one plot. */
constexpr int maxSeriesPerChart = 8;
/** Time labels need about this much room each. */
constexpr double pixelsPerTimeLabel = 90;
/** Grid lines across the value axis, ends included. */
constexpr int valueTicks = 5;

const QColor seriesColours[] = {
    QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
    QColor(0x7f, 0x7f, 0x7f), QColor(0x17, 0xbe, 0xcf),
};
const QColor thresholdColour(0xd6, 0x27, 0x28);
const QColor breachColour(0xd6, 0x27, 0x28, 45);
const QColor baselineColour(0x2c, 0xa0, 0x2c, 60);

QColor eventColour(RunEventType type)
{
    switch (type) {
    case RunEventType::StepStarted:
        return QColor(0x1f, 0x77, 0xb4);
    case RunEventType::StepFinished:
        return QColor(0x2c, 0xa0, 0x2c);
    case RunEventType::StepFailed:
        return QColor(0xd6, 0x27, 0x28);
    case RunEventType::Decision:
        return QColor(0x94, 0x67, 0xbd);
    case RunEventType::RunStarted:
    case RunEventType::RunEnded:
    case RunEventType::StepSkipped:
    case RunEventType::Note:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

bool markedOnCharts(RunEventType type)
{
    return type != RunEventType::Note;
}

/** Tick spacings that read well on a clock, in seconds. */
constexpr qint64 tickSteps[] = {10,   15,   30,    60,    120,   300,   600,    900,   1800,
                                3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800};

QString timeLabel(const QDateTime &wall, qint64 stepSeconds, qint64 spanSeconds)
{
    const QLocale locale;
    if (spanSeconds > 6 * 86400)
        return wall.toString(QStringLiteral("MM-dd HH:mm"));
    if (spanSeconds > 20 * 3600)
        return locale.dayName(wall.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
               + wall.toString(QStringLiteral("HH:mm"));
    return wall.toString(stepSeconds < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString formatValue(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 3;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

/** Shades breaches and draws a line per run event across the plot, above the series. */
class MetricChartOverlay : public QGraphicsItem
{
public:
    explicit MetricChartOverlay(MetricChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setZValue(100);
        setAcceptedMouseButtons(Qt::NoButton);
    }

    void plotAreaChanged() { prepareGeometryChange(); }

    QRectF boundingRect() const override { return m_chart->plotArea(); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF area = m_chart->plotArea();
        const double start = m_chart->m_startMs;
        const double end = m_chart->m_endMs;
        const auto xOf = [&](double ms) {
            return area.left() + (ms - start) / (end - start) * area.width();
        };
        painter->save();
        painter->setClipRect(area);
        for (const Breach &breach : std::as_const(m_chart->m_breaches)) {
            const double from = double(breach.startUtc.toMSecsSinceEpoch());
            const double to = breach.endUtc.isValid() ? double(breach.endUtc.toMSecsSinceEpoch())
                                                      : end;
            if (to < start || from > end)
                continue;
            painter->fillRect(QRectF(QPointF(xOf(from), area.top()),
                                     QPointF(std::max(xOf(to), xOf(from) + 2), area.bottom())),
                              breachColour);
        }
        for (const MetricChartEvent &event : std::as_const(m_chart->m_events)) {
            if (event.timeMs < start || event.timeMs > end)
                continue;
            QPen pen(eventColour(event.type), 1.2, Qt::DashLine);
            painter->setPen(pen);
            const double x = xOf(event.timeMs);
            painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        }
        painter->restore();
    }

private:
    MetricChart *m_chart;
};

Id currentOrLastRun(const ProjectData &data)
{
    const Run *chosen = nullptr;
    for (const auto &[id, run] : data.runs) {
        const bool open = !run.endedAtUtc.isValid();
        const bool chosenOpen = chosen && !chosen->endedAtUtc.isValid();
        if (!chosen || (open && !chosenOpen)
            || (open == chosenOpen && run.startedAtUtc >= chosen->startedAtUtc))
            chosen = &run;
    }
    return chosen ? chosen->id : 0;
}

QList<MetricChartEvent> chartEvents(const ProjectData &data, Id runId)
{
    QList<MetricChartEvent> events;
    for (const RunEvent &event : data.runEvents) {
        if (event.runId != runId || !markedOnCharts(event.type))
            continue;
        QString label = enumDisplayName(event.type);
        if (const auto step = data.steps.find(event.stepId); step != data.steps.end())
            label += QStringLiteral(": ") + step->second.title;
        if (!event.decision.isEmpty())
            label += QStringLiteral(" (") + event.decision + QLatin1Char(')');
        events.append({double(event.timeUtc.toMSecsSinceEpoch()), event.type, label});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; });
    return events;
}

QString chartTimeZone(const ProjectData &data, Id runId)
{
    const auto zoneOfWindow = [&data](Id windowId) -> QString {
        const auto window = data.windows.find(windowId);
        return window == data.windows.end() ? QString() : window->second.timeZone;
    };
    if (const auto run = data.runs.find(runId); run != data.runs.end()) {
        if (const QString zone = zoneOfWindow(run->second.windowId); !zone.isEmpty())
            return zoneOrUtc(zone);
    }
    if (const QString zone = zoneOfWindow(data.change.planWindowId); !zone.isEmpty())
        return zoneOrUtc(zone);
    return zoneOrUtc(data.change.timeZone);
}

QList<Breach> breachesIn(const Metric &metric, const QList<MetricSample> &samples)
{
    QList<MetricSample> sorted;
    for (const MetricSample &sample : samples) {
        if (sample.metricId == metric.id)
            sorted.append(sample);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.timeUtc < b.timeUtc; });
    ThresholdWatch watch(metric);
    watch.addSamples(sorted);
    return watch.endedBreaches() + watch.activeBreaches();
}

MetricChart::MetricChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_timeAxis(new QCategoryAxis(this))
    , m_valueAxis(new QValueAxis(this))
    , m_overlay(new MetricChartOverlay(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(4, 4, 4, 4));
    // On the right the legend lists every series, threshold and event kind in full.
    legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    legend()->setFont(legendFont);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_valueAxis, Qt::AlignLeft);
    connect(this, &QChart::plotAreaChanged, this, [this] { m_overlay->plotAreaChanged(); });
}

MetricChart::~MetricChart() = default;

void MetricChart::clearDefinitionSeries()
{
    if (m_baseline) {
        removeSeries(m_baseline);
        delete m_baseline;
        m_baseline = nullptr;
        m_baselineHigh = m_baselineLow = nullptr;
    }
    for (const ThresholdLine &line : std::as_const(m_thresholds)) {
        removeSeries(line.series);
        delete line.series;
    }
    m_thresholds.clear();
}

void MetricChart::setMetric(const Metric &metric)
{
    const bool sameDefinition = m_metric.baseline == metric.baseline
                                && m_metric.thresholds == metric.thresholds
                                && m_metric.id == metric.id && (m_baseline || m_thresholds.size());
    m_metric = metric;
    setTitle(metric.unit.isEmpty() ? metric.name : tr("%1 (%2)").arg(metric.name, metric.unit));
    m_valueAxis->setTitleText(metric.unit);
    if (sameDefinition)
        return;
    clearDefinitionSeries();
    m_definitionStart = std::numeric_limits<double>::infinity();
    m_definitionEnd = -std::numeric_limits<double>::infinity();
    if (metric.baseline.captured) {
        m_baselineHigh = new QLineSeries(this);
        m_baselineLow = new QLineSeries(this);
        m_baseline = new QAreaSeries(m_baselineHigh, m_baselineLow);
        m_baseline->setName(tr("Baseline p5–p95"));
        m_baseline->setColor(baselineColour);
        m_baseline->setBorderColor(baselineColour.darker(150));
        addSeries(m_baseline);
        m_baseline->attachAxis(m_timeAxis);
        m_baseline->attachAxis(m_valueAxis);
    }
    for (const Threshold &threshold : metric.thresholds) {
        const std::optional<double> limit = thresholdLimit(threshold, metric.baseline);
        if (!limit)
            continue;
        auto *series = new QLineSeries(this);
        const bool above = threshold.comparison == Threshold::Comparison::Above;
        const QString value = formatValue(*limit);
        if (threshold.rollbackTrigger)
            series->setName(above ? tr("Rollback above %1").arg(value)
                                  : tr("Rollback below %1").arg(value));
        else
            series->setName(above ? tr("Alert above %1").arg(value)
                                  : tr("Alert below %1").arg(value));
        QPen pen(thresholdColour, threshold.rollbackTrigger ? 2.5 : 1.8,
                 threshold.rollbackTrigger ? Qt::SolidLine : Qt::DashLine);
        series->setPen(pen);
        addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        m_thresholds.append({series, *limit});
    }
}

void MetricChart::setTimeZone(const QString &zone)
{
    m_zone = zoneOrUtc(zone);
    m_timeAxis->setTitleText(tr("Time (%1)").arg(m_zone));
}

void MetricChart::setEvents(QList<MetricChartEvent> events)
{
    m_events = std::move(events);
    m_overlay->update();
}

void MetricChart::setBreaches(QList<Breach> breaches)
{
    m_breaches = std::move(breaches);
    m_overlay->update();
}

QLineSeries *MetricChart::valueSeries(const QString &key, int index)
{
    QLineSeries *&series = m_lines[key];
    if (!series) {
        series = new QLineSeries(this);
        series->setName(key.isEmpty() ? m_metric.name : readableLegend(key));
        // One pixel wide lines are drawn directly; wider ones are first turned into outlines,
        // which doubled the time to paint a page of charts.
        series->setPen(QPen(seriesColours[index % std::size(seriesColours)], 1.0));
        addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        keepValuesFirstInLegend();
    }
    return series;
}

void MetricChart::keepValuesFirstInLegend()
{
    // The legend lists series in the order they were added; a series whose first samples come
    // late goes back in front of the baseline, thresholds and event markers.
    QList<QAbstractSeries *> after;
    if (m_baseline)
        after.append(m_baseline);
    for (const ThresholdLine &line : std::as_const(m_thresholds))
        after.append(line.series);
    for (const auto &[type, series] : m_eventSeries)
        after.append(series);
    for (QAbstractSeries *series : std::as_const(after)) {
        removeSeries(series);
        addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
}

void MetricChart::showRange(const MetricHistory::SeriesPoints &points, double startMs, double endMs)
{
    m_startMs = startMs;
    m_endMs = std::max(endMs, startMs + 1000);
    const int columns = std::max(1, int(plotArea().width()));
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    std::vector<std::pair<QString, QList<QPointF>>> shown;
    for (const auto &[key, all] : points) {
        if (int(shown.size()) == maxSeriesPerChart)
            break;
        QList<QPointF> visible = downsampleMinMax(pointsWithin(all, m_startMs, m_endMs), m_startMs,
                                                  m_endMs, columns);
        for (const QPointF &point : std::as_const(visible)) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
        shown.emplace_back(key, std::move(visible));
    }
    if (m_baseline) {
        low = std::min(low, m_metric.baseline.low);
        high = std::max(high, m_metric.baseline.high);
    }
    for (const ThresholdLine &line : std::as_const(m_thresholds)) {
        low = std::min(low, line.limit);
        high = std::max(high, line.limit);
    }
    // Every change of an axis recomputes the outline of every series, which costs as much as
    // giving a series its points: the old points are dropped first so each is laid out once.
    for (const auto &[key, series] : m_lines)
        series->clear();
    updateTimeAxis();
    updateValueAxis(low, high);
    updateDefinitionLines();

    std::map<QString, QLineSeries *> kept;
    int index = 0;
    for (const auto &[key, visible] : shown) {
        QLineSeries *series = valueSeries(key, index++);
        series->replace(visible);
        kept[key] = series;
        m_lines.erase(key);
    }
    for (const auto &[key, series] : m_lines) {
        removeSeries(series);
        delete series;
    }
    m_lines = std::move(kept);
    updateEventMarkers();
    m_overlay->update();
}

void MetricChart::updateDefinitionLines()
{
    // The lines reach a range's length beyond both ends, so following live moves them rarely.
    if (m_definitionStart <= m_startMs && m_definitionEnd >= m_endMs)
        return;
    const double span = m_endMs - m_startMs;
    m_definitionStart = m_startMs - span;
    m_definitionEnd = m_endMs + span;
    if (m_baseline) {
        const Baseline &baseline = m_metric.baseline;
        m_baselineHigh->replace(
            {{m_definitionStart, baseline.high}, {m_definitionEnd, baseline.high}});
        m_baselineLow->replace({{m_definitionStart, baseline.low}, {m_definitionEnd, baseline.low}});
    }
    for (const ThresholdLine &line : std::as_const(m_thresholds))
        line.series->replace({{m_definitionStart, line.limit}, {m_definitionEnd, line.limit}});
}

void MetricChart::updateTimeAxis()
{
    const qint64 span = qint64((m_endMs - m_startMs) / 1000);
    const int wanted = std::max(2, int(std::max(200.0, plotArea().width()) / pixelsPerTimeLabel));
    qint64 step = tickSteps[std::size(tickSteps) - 1];
    for (const qint64 candidate : tickSteps) {
        if (span / candidate <= wanted) {
            step = candidate;
            break;
        }
    }
    // Ticks fall on round wall-clock times of the zone: 22:00, 22:15, not 21:58:13.
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(m_startMs), QTimeZone::utc());
    const qint64 offsetMs = qint64(toZone(first, m_zone).offsetFromUtc()) * 1000;
    const qint64 stepMs = step * 1000;
    qint64 tick = (qint64(std::floor((m_startMs + double(offsetMs)) / double(stepMs))) + 1) * stepMs
                  - offsetMs;
    QList<std::pair<double, QString>> ticks;
    QSet<QString> labels;
    for (; double(tick) < m_endMs; tick += stepMs) {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(tick, QTimeZone::utc());
        const QString label = timeLabel(toZone(utc, m_zone), step, span);
        if (!labels.contains(label)) {
            labels.insert(label);
            ticks.append({double(tick), label});
        }
    }
    // Rebuilding the categories relayouts the chart; following live changes them only per tick.
    if (ticks != m_ticks) {
        for (const QString &label : m_timeAxis->categoriesLabels())
            m_timeAxis->remove(label);
        m_timeAxis->setStartValue(m_startMs);
        for (const auto &[position, label] : std::as_const(ticks))
            m_timeAxis->append(label, position);
        m_ticks = std::move(ticks);
    }
    m_timeAxis->setRange(m_startMs, m_endMs);
}

void MetricChart::updateValueAxis(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    // A flat line gets room around it instead of an axis of identical labels.
    const double minimumSpan = std::max(1.0, std::max(std::abs(low), std::abs(high)) * 0.05);
    if (high - low < minimumSpan) {
        const double middle = (low + high) / 2;
        low = middle - minimumSpan / 2;
        high = middle + minimumSpan / 2;
    }
    const double margin = (high - low) * 0.08;
    // When no value is negative, the margin must not invent negative ones.
    low = low >= 0 ? std::max(0.0, low - margin) : low - margin;
    high += margin;
    // Round ends at a 1-2-5 step, computed here so an unchanged range touches nothing.
    const double rawStep = (high - low) / (valueTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double residual = rawStep / magnitude;
    const double step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
    const double niceLow = std::floor(low / step) * step;
    const double niceHigh = std::ceil(high / step) * step;
    if (niceLow == m_valueAxis->min() && niceHigh == m_valueAxis->max())
        return;
    m_valueAxis->setRange(niceLow, niceHigh);
    m_valueAxis->setTickCount(int(std::lround((niceHigh - niceLow) / step)) + 1);
}

void MetricChart::updateEventMarkers()
{
    std::map<RunEventType, QList<QPointF>> markers;
    const double top = m_valueAxis->max();
    for (const MetricChartEvent &event : std::as_const(m_events)) {
        if (event.timeMs >= m_startMs && event.timeMs <= m_endMs)
            markers[event.type].append({event.timeMs, top});
    }
    if (markers == m_markers)
        return;
    for (auto it = m_eventSeries.begin(); it != m_eventSeries.end();) {
        if (markers.contains(it->first)) {
            ++it;
            continue;
        }
        removeSeries(it->second);
        delete it->second;
        it = m_eventSeries.erase(it);
    }
    for (const auto &[type, positions] : markers) {
        QScatterSeries *&series = m_eventSeries[type];
        if (!series) {
            series = new QScatterSeries(this);
            series->setName(enumDisplayName(type));
            series->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            series->setMarkerSize(11);
            series->setColor(eventColour(type));
            series->setBorderColor(eventColour(type).darker(130));
            addSeries(series);
            series->attachAxis(m_timeAxis);
            series->attachAxis(m_valueAxis);
        }
        series->replace(positions);
    }
    m_markers = std::move(markers);
}

int MetricChart::plottedPointCount() const
{
    int count = 0;
    for (const auto &[key, series] : m_lines)
        count += int(series->count());
    return count;
}

QList<QLineSeries *> MetricChart::thresholdSeries() const
{
    QList<QLineSeries *> series;
    for (const ThresholdLine &line : m_thresholds)
        series.append(line.series);
    return series;
}

QList<MetricChartEvent> MetricChart::visibleEvents() const
{
    QList<MetricChartEvent> visible;
    for (const MetricChartEvent &event : m_events) {
        if (event.timeMs >= m_startMs && event.timeMs <= m_endMs)
            visible.append(event);
    }
    return visible;
}

void MetricChart::render(QPainter *painter, const QRectF &target)
{
    if (QGraphicsScene *owner = scene())
        owner->render(painter, target, sceneBoundingRect(), Qt::KeepAspectRatio);
}

MetricChartRenderer::MetricChartRenderer(const ProjectData &data, Id metricId,
                                         const TimeInterval &range, Id runId)
    : m_scene(std::make_unique<QGraphicsScene>())
    , m_chart(new MetricChart)
    , m_metricId(metricId)
    , m_range(range)
{
    m_scene->addItem(m_chart);
    if (const auto metric = data.metrics.find(metricId); metric != data.metrics.end()) {
        m_chart->setMetric(metric->second);
        m_chart->setBreaches(breachesIn(metric->second, data.samples));
    }
    QList<MetricSample> samples;
    for (const MetricSample &sample : data.samples) {
        if (sample.metricId == metricId)
            samples.append(sample);
    }
    m_history.add(samples);
    m_chart->setTimeZone(chartTimeZone(data, runId));
    m_chart->setEvents(chartEvents(data, runId));
}

MetricChartRenderer::~MetricChartRenderer() = default;

void MetricChartRenderer::render(QPainter *painter, const QRectF &target)
{
    const QPaintDevice *device = painter->device();
    const double scale = device ? std::max(1.0, device->logicalDpiX() / 96.0) : 1.0;
    m_chart->resize(target.size() / scale);
    m_chart->setPos(0, 0);
    // The layout settles the plot area, which fixes how many points the width can show.
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    m_chart->showRange(m_history.series(m_metricId), double(m_range.startUtc.toMSecsSinceEpoch()),
                       double(m_range.endUtc.toMSecsSinceEpoch()));
    m_scene->setSceneRect(m_chart->sceneBoundingRect());
    m_scene->render(painter, target, m_chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
}

} // namespace uw
