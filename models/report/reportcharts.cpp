#include "reportcharts.h"

#include "reportsupport.h"
#include "zonedtime.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace uw {
namespace {

const QColor gridColour(0xe1, 0xe6, 0xec);
const QColor axisText(0x5f, 0x6b, 0x7a);
const QColor plannedColour(0xb8, 0xc4, 0xd2);

/** A round step for axis ticks so that about maxTicks fit over span minutes. */
double roundTick(double span, int maxTicks)
{
    for (const double tick : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 180.0, 360.0, 720.0}) {
        if (span / tick <= maxTicks)
            return tick;
    }
    return 1440;
}

QString clockText(const QDateTime &utc, const QString &zone)
{
    return toZone(utc, zoneOrUtc(zone)).toString(QStringLiteral("HH:mm"));
}

} // namespace

RunTimelineFigure::RunTimelineFigure(QList<Row> rows, const QDateTime &startUtc,
                                     const QString &zone, double width, int dpi)
    : m_rows(std::move(rows))
    , m_startUtc(startUtc)
    , m_zone(zone)
    , m_width(width)
    , m_rowHeight(15.0 * dpi / 72)
    , m_labelWidth(width * 0.3)
{
    for (const Row &row : std::as_const(m_rows)) {
        for (const double value :
             {row.plannedStart, row.plannedFinish, row.actualStart, row.actualFinish}) {
            if (std::isfinite(value))
                m_lastMinute = std::max(m_lastMinute, value);
        }
    }
    m_lastMinute *= 1.03;
}

QSizeF RunTimelineFigure::size() const
{
    return {m_width, headerHeight() + double(m_rows.size()) * m_rowHeight};
}

double RunTimelineFigure::xAt(double minutes) const
{
    return m_labelWidth + (m_width - m_labelWidth - 4) * minutes / m_lastMinute;
}

double RunTimelineFigure::tickMinutes() const
{
    return roundTick(m_lastMinute, 8);
}

double RunTimelineFigure::cutAbove(double y) const
{
    const double body = std::max(0.0, y - headerHeight());
    return headerHeight() + std::floor(body / m_rowHeight) * m_rowHeight;
}

void RunTimelineFigure::paintHeader(QPainter &painter, double x0, double x1) const
{
    const double height = headerHeight();
    painter.fillRect(QRectF(x0, 0, x1 - x0, height), QColor(0xf3, 0xf5, 0xf8));
    QFont font = painter.font();
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    painter.setPen(axisText);
    painter.drawText(QRectF(4, 0, m_labelWidth - 8, height), Qt::AlignVCenter | Qt::AlignLeft,
                     ReportTr::tr("Step (planned above actual)"));
    const double tick = tickMinutes();
    for (double minute = 0; minute <= m_lastMinute; minute += tick) {
        const double x = xAt(minute);
        painter.setPen(gridColour);
        painter.drawLine(QPointF(x, height - 4), QPointF(x, height));
        painter.setPen(axisText);
        const QString label = clockText(m_startUtc.addSecs(qint64(minute * 60)), m_zone);
        painter.drawText(QPointF(x + 2, height / 2 + metrics.ascent() / 2), label);
    }
}

void RunTimelineFigure::paint(QPainter &painter, const QRectF &source) const
{
    const double header = headerHeight();
    const int first = std::max(0, int((source.top() - header) / m_rowHeight));
    const int last = std::min(int(m_rows.size()) - 1, int((source.bottom() - header) / m_rowHeight));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double tick = tickMinutes();
    for (int index = first; index <= last; ++index) {
        const Row &row = m_rows[index];
        const double top = header + index * m_rowHeight;
        if (index % 2)
            painter.fillRect(QRectF(0, top, m_width, m_rowHeight), QColor(0xf8, 0xf9, 0xfb));
        painter.setPen(gridColour);
        for (double minute = 0; minute <= m_lastMinute; minute += tick)
            painter.drawLine(QPointF(xAt(minute), top), QPointF(xAt(minute), top + m_rowHeight));
        painter.setPen(QColor(0x1f, 0x26, 0x30));
        painter.drawText(QRectF(4, top, m_labelWidth - 8, m_rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(row.label, Qt::ElideRight, m_labelWidth - 8));
        const double barHeight = m_rowHeight * 0.32;
        if (std::isfinite(row.plannedStart) && std::isfinite(row.plannedFinish)) {
            const QRectF planned(QPointF(xAt(row.plannedStart), top + m_rowHeight * 0.14),
                                 QPointF(std::max(xAt(row.plannedFinish),
                                                  xAt(row.plannedStart) + 1.5),
                                         top + m_rowHeight * 0.14 + barHeight));
            painter.fillRect(planned, plannedColour);
        }
        if (std::isfinite(row.actualStart)) {
            const double finish = std::isfinite(row.actualFinish) ? row.actualFinish
                                                                  : row.actualStart;
            const QRectF actual(QPointF(xAt(row.actualStart), top + m_rowHeight * 0.52),
                                QPointF(std::max(xAt(finish), xAt(row.actualStart) + 2),
                                        top + m_rowHeight * 0.52 + barHeight));
            painter.fillRect(actual, row.colour);
        }
    }
}

MetricLineChartFigure::MetricLineChartFigure(const Metric &metric, QList<MetricSample> samples,
                                             const TimeInterval &period, const QString &zone,
                                             double width, int dpi)
    : m_metric(metric)
    , m_samples(std::move(samples))
    , m_period(period)
    , m_zone(zone)
    , m_width(width)
    , m_height(150.0 * dpi / 72)
    , m_dpi(dpi)
{}

void MetricLineChartFigure::paint(QPainter &painter, const QRectF &) const
{
    const double unit = m_dpi / 72.0;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QRectF plot(QPointF(48 * unit, 20 * unit),
                      QPointF(m_width - 10 * unit, m_height - 20 * unit));
    painter.fillRect(QRectF(0, 0, m_width, m_height), Qt::white);
    painter.setPen(QColor(0x1f, 0x26, 0x30));
    const QString title = m_metric.unit.isEmpty()
                              ? m_metric.name
                              : ReportTr::tr("%1 (%2)").arg(m_metric.name, m_metric.unit);
    painter.drawText(QPointF(plot.left(), 6 * unit + metrics.ascent()), title);

    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const MetricSample &sample : m_samples) {
        low = std::min(low, sample.value);
        high = std::max(high, sample.value);
    }
    if (m_metric.baseline.captured) {
        low = std::min(low, m_metric.baseline.low);
        high = std::max(high, m_metric.baseline.high);
    }
    for (const Threshold &threshold : m_metric.thresholds) {
        const double value = threshold.relativeToBaseline && m_metric.baseline.captured
                                 ? threshold.value * m_metric.baseline.mean
                                 : threshold.value;
        if (!threshold.relativeToBaseline || m_metric.baseline.captured) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    if (!std::isfinite(low))
        return;
    if (high - low < 1e-9) {
        high += 1;
        low -= 1;
    }
    const double margin = (high - low) * 0.08;
    low -= margin;
    high += margin;
    const double seconds = std::max<qint64>(1, m_period.startUtc.secsTo(m_period.endUtc));
    const auto xAt = [&](const QDateTime &utc) {
        return plot.left() + plot.width() * double(m_period.startUtc.secsTo(utc)) / seconds;
    };
    const auto yAt = [&](double value) {
        return plot.bottom() - plot.height() * (value - low) / (high - low);
    };

    if (m_metric.baseline.captured) {
        painter.fillRect(QRectF(QPointF(plot.left(), yAt(m_metric.baseline.high)),
                                QPointF(plot.right(), yAt(m_metric.baseline.low))),
                         QColor(0x2e, 0x7d, 0x32, 40));
        painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 0.8 * unit, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yAt(m_metric.baseline.mean)),
                         QPointF(plot.right(), yAt(m_metric.baseline.mean)));
    }
    for (const Threshold &threshold : m_metric.thresholds) {
        if (threshold.relativeToBaseline && !m_metric.baseline.captured)
            continue;
        const double value = threshold.relativeToBaseline ? threshold.value * m_metric.baseline.mean
                                                          : threshold.value;
        painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 0.9 * unit, Qt::DashDotLine));
        painter.drawLine(QPointF(plot.left(), yAt(value)), QPointF(plot.right(), yAt(value)));
    }

    // Axes with a few labelled values and times.
    painter.setPen(QPen(gridColour, 0.6 * unit));
    painter.drawRect(plot);
    painter.setPen(axisText);
    for (int i = 0; i <= 4; ++i) {
        const double value = low + (high - low) * i / 4;
        const double y = yAt(value);
        painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 4 * unit,
                                metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value, 'g', 3));
    }
    const double tick = roundTick(seconds / 60, 6) * 60;
    for (double offset = 0; offset <= seconds; offset += tick) {
        const QDateTime at = m_period.startUtc.addSecs(qint64(offset));
        painter.drawText(QPointF(xAt(at) - metrics.horizontalAdvance(QStringLiteral("00:00")) / 2,
                                 plot.bottom() + 3 * unit + metrics.ascent()),
                         clockText(at, m_zone));
    }

    const QList<QColor> palette{QColor(0x1d, 0x4e, 0x89), QColor(0x8e, 0x24, 0xaa),
                                QColor(0xe6, 0x51, 0x00), QColor(0x00, 0x83, 0x8f)};
    std::map<QString, QPainterPath> series;
    for (const MetricSample &sample : m_samples) {
        QPainterPath &path = series[sample.series];
        const QPointF point(xAt(sample.timeUtc), yAt(sample.value));
        if (path.elementCount() == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    int index = 0;
    painter.save();
    painter.setClipRect(plot);
    painter.setBrush(Qt::NoBrush);
    for (const auto &[name, path] : series) {
        painter.setPen(QPen(palette[index++ % palette.size()], 1.2 * unit));
        painter.drawPath(path);
    }
    painter.restore();
}

std::vector<std::unique_ptr<ReportFigure>> metricLineCharts(const ProjectData &data,
                                                            const TimeInterval &period,
                                                            const QString &zone, double width,
                                                            int dpi)
{
    std::map<Id, QList<MetricSample>> byMetric;
    for (const MetricSample &sample : data.samples) {
        if (sample.timeUtc >= period.startUtc && sample.timeUtc <= period.endUtc
            && data.metrics.contains(sample.metricId))
            byMetric[sample.metricId].append(sample);
    }
    std::vector<std::unique_ptr<ReportFigure>> charts;
    for (auto &[id, samples] : byMetric) {
        std::sort(samples.begin(), samples.end(), [](const MetricSample &a, const MetricSample &b) {
            return a.timeUtc < b.timeUtc;
        });
        charts.push_back(std::make_unique<MetricLineChartFigure>(data.metrics.at(id),
                                                                 std::move(samples), period, zone,
                                                                 width, dpi));
    }
    return charts;
}

} // namespace uw
