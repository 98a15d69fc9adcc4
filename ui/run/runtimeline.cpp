#include "runtimeline.h"

#include "zonedtime.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace uw {
namespace {

namespace colours {
constexpr QColor text(0x26, 0x32, 0x38);
constexpr QColor muted(0x60, 0x7d, 0x8b);
constexpr QColor grid(0xe3, 0xe7, 0xeb);
constexpr QColor planned(0xb0, 0xbe, 0xc5);
constexpr QColor done(0x2e, 0x7d, 0x32);
constexpr QColor running(0x00, 0x89, 0x7b);
constexpr QColor failed(0xc6, 0x28, 0x28);
constexpr QColor interrupted(0xd8, 0x43, 0x15);
constexpr QColor skipped(0x90, 0xa4, 0xae);
constexpr QColor projected(0x64, 0x8f, 0xc8);
constexpr QColor now(0x1a, 0x23, 0x7e);
constexpr QColor windowEnd(0x37, 0x47, 0x4f);
constexpr QColor pointOfNoReturn(0xb7, 0x1c, 0x1c);
} // namespace colours

constexpr std::array<int, 9> tickChoices{5, 10, 15, 30, 60, 120, 240, 480, 1440};
constexpr double minimumTickPixels = 70;

QColor barColour(StepRunState state)
{
    switch (state) {
    case StepRunState::Done:
        return colours::done;
    case StepRunState::Running:
        return colours::running;
    case StepRunState::Failed:
        return colours::failed;
    case StepRunState::Interrupted:
        return colours::interrupted;
    case StepRunState::Skipped:
        return colours::skipped;
    case StepRunState::Pending:
    case StepRunState::Ready:
        break;
    }
    return colours::projected;
}

} // namespace

RunTimeline::RunTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runTimeline"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    const int lineHeight = fontMetrics().height();
    m_rowHeight = std::max(30, lineHeight + 14);
    // Two lines: the markers' labels above the clock times.
    m_axisHeight = 2 * lineHeight + 16;
}

void RunTimeline::setRows(QList<RunTimelineRow> rows, const QString &zone)
{
    m_rows = std::move(rows);
    m_zone = zone;
    updateGeometry();
    update();
}

void RunTimeline::setMarkers(const QDateTime &nowUtc, const QDateTime &windowEndUtc,
                             const QDateTime &pointOfNoReturnUtc)
{
    m_nowUtc = nowUtc;
    m_windowEndUtc = windowEndUtc;
    m_pointOfNoReturnUtc = pointOfNoReturnUtc;
    update();
}

QSize RunTimeline::sizeHint() const
{
    return {900, m_axisHeight + int(m_rows.size()) * m_rowHeight + 8};
}

QSize RunTimeline::minimumSizeHint() const
{
    return {m_labelWidth + 200, sizeHint().height()};
}

RunTimeline::Range RunTimeline::timeRange() const
{
    QDateTime first = m_nowUtc;
    QDateTime last = m_nowUtc;
    const auto take = [&](const QDateTime &time) {
        if (!time.isValid())
            return;
        if (!first.isValid() || time < first)
            first = time;
        if (!last.isValid() || time > last)
            last = time;
    };
    for (const RunTimelineRow &row : m_rows) {
        take(row.plannedStartUtc);
        take(row.plannedFinishUtc);
        take(row.startUtc);
        take(row.finishUtc);
    }
    take(m_windowEndUtc);
    take(m_pointOfNoReturnUtc);
    if (!first.isValid())
        return {};
    const double minutes = std::max(30.0, first.secsTo(last) / 60.0);
    // A margin on both sides keeps labels at the edges readable.
    return {first.addSecs(-qint64(minutes * 60 * 0.03)), minutes * 1.08};
}

void RunTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(&painter, rect());
}

void RunTimeline::render(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->translate(target.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), target.size()));
    painter->fillRect(QRectF(QPointF(0, 0), target.size()), Qt::white);
    const Range range = timeRange();
    const double left = m_labelWidth + 12;
    const double right = target.width() - 70;
    if (!range.first.isValid() || right <= left) {
        painter->restore();
        return;
    }
    QFont markerFont = painter->font();
    markerFont.setBold(true);
    const QList<PlacedMarker> markers = placeMarkers(range, left, right, markerFont);
    paintAxis(*painter, range, left, right, target.height(), markers);
    for (int row = 0; row < m_rows.size(); ++row) {
        const double top = m_axisHeight + row * m_rowHeight;
        if (top > target.height())
            break;
        paintRow(*painter, m_rows[row], top, range, left, right);
    }
    paintMarkers(*painter, markers, markerFont, target.height());
    painter->restore();
}

void RunTimeline::paintAxis(QPainter &painter, const Range &range, double left, double right,
                            double bottom, const QList<PlacedMarker> &markers) const
{
    const double pixelsPerMinute = (right - left) / range.minutes;
    int tick = tickChoices.back();
    for (const int choice : tickChoices) {
        if (choice * pixelsPerMinute >= minimumTickPixels) {
            tick = choice;
            break;
        }
    }
    const QTimeZone zone = zoneFromId(zoneOrUtc(m_zone));
    const qint64 startSeconds = range.first.toSecsSinceEpoch();
    // Ticks on round wall-clock minutes of the window's zone.
    const qint64 localStart = startSeconds + zone.offsetFromUtc(range.first);
    const qint64 firstTick = (localStart / (tick * 60) + 1) * tick * 60
                             - (localStart - startSeconds);
    painter.setPen(colours::grid);
    painter.drawLine(QPointF(0, m_axisHeight - 0.5), QPointF(right + 70, m_axisHeight - 0.5));
    const QFontMetricsF metrics(painter.font());
    for (qint64 seconds = firstTick;; seconds += tick * 60) {
        const double x = left + (seconds - startSeconds) / 60.0 * pixelsPerMinute;
        if (x > right)
            break;
        painter.setPen(colours::grid);
        painter.drawLine(QPointF(x, m_axisHeight - 6), QPointF(x, bottom));
        painter.setPen(colours::muted);
        const QString label
            = QLocale().toString(toZone(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()),
                                        m_zone),
                                 QStringLiteral("HH:mm"));
        const QPointF baseline(x - metrics.horizontalAdvance(label) / 2, m_axisHeight - 10);
        const QRectF box(baseline.x(), baseline.y() - metrics.ascent(),
                         metrics.horizontalAdvance(label), metrics.height());
        if (std::none_of(markers.cbegin(), markers.cend(), [&box](const PlacedMarker &marker) {
                return marker.labelBox.intersects(box);
            }))
            painter.drawText(baseline, label);
    }
}

void RunTimeline::paintRow(QPainter &painter, const RunTimelineRow &row, double top,
                           const Range &range, double left, double right) const
{
    const double pixelsPerMinute = (right - left) / range.minutes;
    const auto xOf = [&](const QDateTime &time) {
        return left + range.first.secsTo(time) / 60.0 * pixelsPerMinute;
    };
    painter.setPen(colours::grid);
    painter.drawLine(QPointF(0, top + m_rowHeight - 0.5),
                     QPointF(right + 70, top + m_rowHeight - 0.5));

    const bool finished = row.state == StepRunState::Done || row.state == StepRunState::Skipped;
    QFont font = painter.font();
    font.setBold(row.state == StepRunState::Running || row.state == StepRunState::Interrupted);
    painter.setFont(font);
    painter.setPen(finished ? colours::muted : colours::text);
    const QFontMetricsF metrics(font);
    const QString label = metrics.elidedText(QStringLiteral("#%1 %2").arg(row.stepId).arg(row.title),
                                             Qt::ElideRight, m_labelWidth - 8);
    painter.drawText(QRectF(8, top, m_labelWidth - 8, m_rowHeight),
                     Qt::AlignVCenter | Qt::AlignLeft, label);
    font.setBold(false);
    painter.setFont(font);

    const double barHeight = (m_rowHeight - 10) / 2.0;
    if (row.plannedStartUtc.isValid() && row.plannedFinishUtc.isValid()) {
        const double x0 = xOf(row.plannedStartUtc);
        const QRectF planned(x0, top + 4, std::max(3.0, xOf(row.plannedFinishUtc) - x0),
                             barHeight - 1);
        painter.fillRect(planned, colours::planned);
    }
    if (!row.startUtc.isValid() || !row.finishUtc.isValid())
        return;
    const double x0 = xOf(row.startUtc);
    const double x1 = std::max(x0 + 3, xOf(row.finishUtc));
    const QRectF actual(x0, top + 5 + barHeight, x1 - x0, barHeight);
    const QColor colour = barColour(row.state);
    if (row.projected) {
        painter.setPen(QPen(colour, 1.2));
        painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 60));
        painter.drawRect(actual.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setBrush(Qt::NoBrush);
    } else if (row.state == StepRunState::Running && m_nowUtc.isValid()) {
        // What has run so far is solid, what the projection still expects is light.
        const double nowX = std::clamp(xOf(m_nowUtc), x0, x1);
        painter.fillRect(QRectF(x0, actual.top(), nowX - x0, actual.height()), colour);
        painter.fillRect(QRectF(nowX, actual.top(), x1 - nowX, actual.height()),
                         QColor(colour.red(), colour.green(), colour.blue(), 80));
    } else {
        painter.fillRect(actual, colour);
        if (row.state == StepRunState::Skipped)
            painter.fillRect(actual, QBrush(Qt::white, Qt::BDiagPattern));
    }

    // Drift is measured for work that finished or still counts, not for work given up.
    if (!row.plannedFinishUtc.isValid() || row.state == StepRunState::Skipped
        || (row.state == StepRunState::Failed && !row.projected))
        return;
    const double driftMinutes = row.plannedFinishUtc.secsTo(row.finishUtc) / 60.0;
    if (std::abs(driftMinutes) < 1)
        return;
    const QString drift = driftMinutes > 0
                              ? tr("+%1 min").arg(QLocale().toString(driftMinutes, 'f', 0))
                              : tr("−%1 min").arg(QLocale().toString(-driftMinutes, 'f', 0));
    painter.setPen(driftMinutes > 0 ? colours::failed : colours::done);
    const double textX = std::max(x1, xOf(row.plannedFinishUtc)) + 6;
    painter.drawText(QRectF(textX, top, 80, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft, drift);
}

QList<RunTimeline::PlacedMarker> RunTimeline::placeMarkers(const Range &range, double left,
                                                           double right, const QFont &font) const
{
    const double pixelsPerMinute = (right - left) / range.minutes;
    struct Marker
    {
        QDateTime timeUtc;
        QColor colour;
        Qt::PenStyle style;
        QString label;
    };
    const QList<Marker> markers{
        {m_windowEndUtc, colours::windowEnd, Qt::SolidLine, tr("window end")},
        {m_pointOfNoReturnUtc, colours::pointOfNoReturn, Qt::DashLine, tr("no return")},
        {m_nowUtc, colours::now, Qt::SolidLine, tr("now")},
    };
    const QFontMetricsF metrics(font);
    // Labels of markers close together stack downwards instead of covering each other.
    QList<PlacedMarker> placed;
    for (const Marker &marker : markers) {
        if (!marker.timeUtc.isValid())
            continue;
        const double x = left + range.first.secsTo(marker.timeUtc) / 60.0 * pixelsPerMinute;
        if (x < left - 1 || x > right + 70)
            continue;
        const QString label = QStringLiteral("%1 %2")
                                  .arg(marker.label,
                                       QLocale().toString(toZone(marker.timeUtc, m_zone),
                                                          QStringLiteral("HH:mm")));
        QRectF box(x + 3, 2, metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
        if (box.right() > right + 68)
            box.moveRight(x - 3);
        while (std::any_of(placed.cbegin(), placed.cend(), [&box](const PlacedMarker &other) {
            return other.labelBox.intersects(box);
        }))
            box.translate(0, box.height() + 2);
        placed.append({x, box, label, marker.colour, marker.style});
    }
    return placed;
}

void RunTimeline::paintMarkers(QPainter &painter, const QList<PlacedMarker> &markers,
                               const QFont &font, double bottom)
{
    painter.setFont(font);
    for (const PlacedMarker &marker : markers) {
        painter.setPen(QPen(marker.colour, 2, marker.style));
        painter.drawLine(QPointF(marker.x, 2), QPointF(marker.x, bottom));
    }
    // Labels after every line, so that no line runs through a label.
    for (const PlacedMarker &marker : markers) {
        painter.fillRect(marker.labelBox, QColor(255, 255, 255, 230));
        painter.setPen(marker.colour);
        painter.drawText(marker.labelBox, Qt::AlignCenter, marker.label);
    }
}

} // namespace uw
