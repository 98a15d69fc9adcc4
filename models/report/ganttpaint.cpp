// Drawing the plan's timeline: axis, window shading and overlays, links, bars and markers.
#include "ganttchart.h"

#include "enumkeys.h"
#include "plananalysis.h"
#include "zonedtime.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

namespace colours {
constexpr QColor bar(0x2f, 0x5d, 0x8a);
constexpr QColor critical(0xc6, 0x28, 0x28);
constexpr QColor rollback(0x8e, 0x44, 0xad);
constexpr QColor gate(0xc9, 0x8a, 0x00);
constexpr QColor slack(0x8a, 0x94, 0xa0);
constexpr QColor link(0x9a, 0xa4, 0xae);
constexpr QColor text(0x26, 0x32, 0x38);
constexpr QColor mutedText(0x60, 0x6b, 0x76);
constexpr QColor grid(0xe3, 0xe7, 0xeb);
constexpr QColor phaseRow(0xf3, 0xf5, 0xf7);
constexpr QColor window(0xea, 0xf2, 0xfb);
constexpr QColor reserve(0xff, 0xf3, 0xd6);
constexpr QColor outside(0xfb, 0xe9, 0xe9);
constexpr QColor windowEdge(0x37, 0x47, 0x4f);
constexpr QColor pointOfNoReturn(0xb7, 0x1c, 0x1c);
constexpr QColor p80(0x2e, 0x7d, 0x32);
constexpr QColor selection(0x1f, 0x6f, 0xeb);
} // namespace colours

QColor overlayColour(WindowKind kind)
{
    switch (kind) {
    case WindowKind::ChangeFreeze:
        return QColor(0x3f, 0x51, 0xb5, 50);
    case WindowKind::Blackout:
        return QColor(0x21, 0x21, 0x21, 55);
    case WindowKind::PeakUsage:
        return QColor(0xef, 0x6c, 0x00, 50);
    case WindowKind::Maintenance:
        break;
    }
    return QColor(0x90, 0x90, 0x90, 40);
}

} // namespace

void GanttChart::paintAxis(QPainter &painter, double x0, double x1) const
{
    const PlanAnalysis *analysis = m_analysis;
    const int height = axisHeight();
    painter.fillRect(QRectF(x0, 0, x1 - x0, height), QColor(0xfa, 0xfb, 0xfc));
    painter.setPen(colours::grid);
    painter.drawLine(QPointF(x0, height - 0.5), QPointF(x1, height - 0.5));
    if (!analysis || !analysis->schedule.startUtc.isValid())
        return;
    const QDateTime startUtc = analysis->schedule.startUtc;
    const QTimeZone timeZone = zoneFromId(zone());
    // Ticks fall on round wall-clock times of the zone: the offset at the start aligns them.
    const double base = double(startUtc.toSecsSinceEpoch() + timeZone.offsetFromUtc(startUtc)) / 60;
    const int tick = tickMinutes();
    const double firstVisible = minuteAt(x0);
    double minutes = std::ceil((firstVisible + base) / tick) * tick - base;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double lineY = m_rowHeight + 2;
    int previousDay = -1;
    for (; xAt(minutes) <= x1; minutes += tick) {
        const double x = xAt(minutes);
        painter.setPen(colours::grid);
        painter.drawLine(QPointF(x, lineY), QPointF(x, height));
        const QDateTime local = toZone(analysis->schedule.toUtc(minutes), zone());
        painter.setPen(colours::text);
        const QString label = tick >= 1440
                                  ? QLocale().toString(local.date(), QStringLiteral("ddd d MMM"))
                                  : QLocale().toString(local.time(), QStringLiteral("HH:mm"));
        painter.drawText(QPointF(x + 3, lineY + metrics.ascent() + 2), label);
        if (local.date().dayOfYear() != previousDay
            && local.time() < QTime(0, tick >= 1440 ? 1 : tick)) {
            painter.setPen(colours::windowEdge);
            painter.drawLine(QPointF(x, 0), QPointF(x, lineY));
        }
        previousDay = local.date().dayOfYear();
    }
    // The day line names the date at the left edge and at each local midnight.
    painter.setPen(colours::text);
    font.setBold(true);
    painter.setFont(font);
    const QDateTime leftLocal = toZone(analysis->schedule.toUtc(firstVisible), zone());
    const QString zoneName = zone();
    painter.drawText(QPointF(x0 + 4, metrics.ascent() + 3),
                     QStringLiteral("%1  (%2)")
                         .arg(QLocale().toString(leftLocal.date(), QLocale::LongFormat), zoneName));
    QDate day = leftLocal.date().addDays(1);
    for (int guard = 0; guard < 400; ++guard, day = day.addDays(1)) {
        const QDateTime midnight = fromWallClock(day, QTime(0, 0), zoneName);
        const double x = xAt(startUtc.secsTo(midnight) / 60.0);
        if (x > x1)
            break;
        if (x - x0 > 260)
            painter.drawText(QPointF(x + 4, metrics.ascent() + 3),
                             QLocale().toString(day, QLocale::LongFormat));
    }
}

void GanttChart::paintBackground(QPainter &painter, const QRectF &exposed) const
{
    painter.fillRect(exposed, Qt::white);
    const auto xOf = [&](std::optional<double> minutes) {
        return minutes ? xAt(*minutes) : 0.0;
    };
    const double top = exposed.top();
    const double height = exposed.height();
    if (const auto end = markerMinutes(Marker::WindowEnd)) {
        const PlanAnalysis *analysis = m_analysis;
        const double windowEnd = xAt(*end);
        const double reserveStart = xAt(*end - analysis->schedule.reserveMinutes);
        painter.fillRect(QRectF(QPointF(xOf(markerMinutes(Marker::WindowStart)), top),
                                QPointF(reserveStart, top + height)),
                         colours::window);
        painter.fillRect(QRectF(QPointF(reserveStart, top), QPointF(windowEnd, top + height)),
                         colours::reserve);
        painter.fillRect(QRectF(QPointF(windowEnd, top), QPointF(exposed.right(), top + height)),
                         colours::outside);
        painter.fillRect(QRectF(QPointF(exposed.left(), top), QPointF(xAt(0), top + height)),
                         colours::outside);
    }
    const int tick = tickMinutes();
    const PlanAnalysis *analysis = m_analysis;
    if (analysis && analysis->schedule.startUtc.isValid()) {
        const QDateTime startUtc = analysis->schedule.startUtc;
        const double base = double(startUtc.toSecsSinceEpoch()
                                   + zoneFromId(zone()).offsetFromUtc(startUtc))
                            / 60;
        painter.setPen(QPen(colours::grid, 1));
        for (double minutes = std::ceil((minuteAt(exposed.left()) + base) / tick) * tick - base;
             xAt(minutes) <= exposed.right(); minutes += tick)
            painter.drawLine(QPointF(xAt(minutes), top), QPointF(xAt(minutes), top + height));
    }
    const int firstRow = std::max(0, int(exposed.top() / m_rowHeight));
    const int lastRow = std::min(int(m_rows.size()) - 1, int(exposed.bottom() / m_rowHeight));
    for (int row = firstRow; row <= lastRow; ++row) {
        if (!m_rows[row].stepId)
            painter.fillRect(QRectF(exposed.left(), row * m_rowHeight, exposed.width(), m_rowHeight),
                             QColor(colours::phaseRow.red(), colours::phaseRow.green(),
                                    colours::phaseRow.blue(), 170));
    }
    for (const Overlay &overlay : m_overlays) {
        const QRectF band(QPointF(xAt(overlay.start), top),
                          QPointF(xAt(overlay.finish), top + height));
        if (!band.intersects(exposed))
            continue;
        painter.fillRect(band, overlayColour(overlay.kind));
        painter.fillRect(band, QBrush(overlayColour(overlay.kind).darker(150), Qt::BDiagPattern));
    }
}

void GanttChart::paintLinks(QPainter &painter, int firstRow, int lastRow) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto visible = [&](int row) {
        return row >= firstRow && row <= lastRow;
    };
    for (const LinkLine &link : m_links) {
        // A link is drawn from the end that is in view; one passing through from far above to
        // far below (phases apart) would only stripe the chart, and thousands of them cost
        // whole frames on large plans.
        if (!visible(link.fromRow) && !visible(link.toRow))
            continue;
        const QRectF from = barRect(link.fromRow);
        const QRectF to = barRect(link.toRow);
        if (from.isEmpty() || to.isEmpty())
            continue;
        const bool fromStart = link.type == LinkType::StartToStart;
        const bool toFinish = link.type == LinkType::FinishToFinish;
        const QPointF start(fromStart ? from.left() : from.right(), from.center().y());
        const QPointF end(toFinish ? to.right() : to.left(), to.center().y());
        const double outX = fromStart ? start.x() - 6 : start.x() + 6;
        const double inX = toFinish ? end.x() + 6 : end.x() - 6;
        QPainterPath path(start);
        path.lineTo(outX, start.y());
        if (inX >= outX || fromStart) {
            path.lineTo(std::min(outX, inX), start.y());
            path.lineTo(std::min(outX, inX), end.y());
        } else {
            // The successor starts before the predecessor's end (a lag or a lead): go round.
            const double between = (link.toRow > link.fromRow ? to.top() : to.bottom())
                                   + (link.toRow > link.fromRow ? -2 : 2);
            path.lineTo(outX, between);
            path.lineTo(inX, between);
            path.lineTo(inX, end.y());
        }
        path.lineTo(end);
        const QColor colour = link.critical ? colours::critical : colours::link;
        painter.setPen(QPen(colour, link.critical ? 1.4 : 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        const double direction = toFinish ? -1 : 1;
        QPolygonF head;
        head << end << QPointF(end.x() - direction * 5, end.y() - 3.5)
             << QPointF(end.x() - direction * 5, end.y() + 3.5);
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(head);
    }
}

void GanttChart::paintBars(QPainter &painter, int firstRow, int lastRow,
                           const std::set<Id> &selected, const QList<MarkerLine> &markers) const
{
    const ProjectData *data = m_data;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (int row = firstRow; row <= lastRow; ++row) {
        const Row &r = m_rows[row];
        const double mid = row * m_rowHeight + m_rowHeight / 2.0;
        if (!r.stepId) {
            // A phase: a bracket over the span of its steps.
            const auto phaseSpan = m_phaseSpans.find(r.phase);
            if (phaseSpan == m_phaseSpans.end())
                continue;
            const auto [start, finish] = phaseSpan->second;
            const QRectF span(QPointF(xAt(start), mid - 3), QPointF(xAt(finish), mid + 1));
            painter.fillRect(span, colours::windowEdge);
            QPolygonF left, right;
            left << span.bottomLeft() << span.bottomLeft() + QPointF(5, 0)
                 << span.bottomLeft() + QPointF(0, 5);
            right << span.bottomRight() << span.bottomRight() - QPointF(5, 0)
                  << span.bottomRight() + QPointF(0, 5);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours::windowEdge);
            painter.drawPolygon(left);
            painter.drawPolygon(right);
            continue;
        }
        const Bar *bar = this->bar(r.stepId);
        if (!bar)
            continue;
        const QRectF rect = barRect(row);
        const bool isSelected = selected.contains(r.stepId);
        if (isSelected)
            painter.fillRect(QRectF(rect.left() - 2000, row * m_rowHeight, 4000 + rect.width(),
                                    m_rowHeight),
                             QColor(colours::selection.red(), colours::selection.green(),
                                    colours::selection.blue(), 28));
        if (!bar->rollback && bar->slack > 0.01) {
            const double tailEnd = xAt(bar->finish + bar->slack);
            painter.setPen(QPen(colours::slack, 1.2));
            painter.drawLine(QPointF(rect.right(), mid), QPointF(tailEnd, mid));
            painter.drawLine(QPointF(tailEnd, mid - 3), QPointF(tailEnd, mid + 3));
        }
        const QColor colour = bar->rollback   ? colours::rollback
                              : bar->critical ? colours::critical
                                              : colours::bar;
        const Step *step = data ? &data->steps.at(r.stepId) : nullptr;
        painter.setRenderHint(QPainter::Antialiasing, true);
        if (step && step->stepKind == StepKind::Gate) {
            const QPointF centre(rect.right(), mid);
            const double size = m_rowHeight * 0.34;
            QPolygonF diamond;
            diamond << centre + QPointF(0, -size) << centre + QPointF(size, 0)
                    << centre + QPointF(0, size) << centre + QPointF(-size, 0);
            if (rect.width() > 4)
                painter.fillRect(rect.adjusted(0, rect.height() * 0.3, 0, -rect.height() * 0.3),
                                 colour);
            painter.setPen(QPen(colours::text, 1));
            painter.setBrush(colours::gate);
            painter.drawPolygon(diamond);
        } else {
            painter.setPen(isSelected ? QPen(colours::selection, 2) : QPen(colour.darker(130), 1));
            painter.setBrush(bar->rollback ? QBrush(colour.lighter(160)) : QBrush(colour));
            painter.drawRoundedRect(rect, 2, 2);
            if (bar->rollback) {
                painter.setBrush(QBrush(colour, Qt::BDiagPattern));
                painter.drawRoundedRect(rect, 2, 2);
            }
        }
        painter.setRenderHint(QPainter::Antialiasing, false);
        if (step) {
            painter.setPen(step->enabled ? colours::text : colours::mutedText);
            const double x = (step->stepKind == StepKind::Gate ? rect.right() + m_rowHeight * 0.4
                                                               : rect.right() + 4);
            const QString title = metrics.elidedText(step->title, Qt::ElideRight, 240);
            const QRectF titleBox(x - 1, mid - metrics.height() / 2,
                                  metrics.horizontalAdvance(title) + 2, metrics.height());
            if (std::any_of(markers.cbegin(), markers.cend(), [&titleBox](const MarkerLine &line) {
                    return line.x >= titleBox.left() && line.x <= titleBox.right();
                }))
                painter.fillRect(titleBox, QColor(255, 255, 255, 215));
            painter.drawText(QPointF(x, mid + metrics.ascent() / 2 - 1), title);
        }
    }
}

QList<GanttChart::MarkerLine> GanttChart::markerLines(const QRectF &exposed) const
{
    const QList<MarkerLine> all{
        {Marker::WindowStart, 0, colours::windowEdge, Qt::SolidLine, 1.5, tr("Window start")},
        {Marker::WindowEnd, 0, colours::windowEdge, Qt::SolidLine, 2, tr("Window end")},
        {Marker::PlannedFinish, 0, colours::bar, Qt::DotLine, 1.5, tr("Planned finish")},
        {Marker::P80, 0, colours::p80, Qt::DashDotLine, 2, tr("P80")},
        {Marker::PointOfNoReturn, 0, colours::pointOfNoReturn, Qt::DashLine, 2,
         tr("Point of no return")},
    };
    QList<MarkerLine> shown;
    for (MarkerLine line : all) {
        const auto minutes = markerMinutes(line.marker);
        if (!minutes)
            continue;
        line.x = xAt(*minutes);
        if (line.x < exposed.left() - 300 || line.x > exposed.right() + 300)
            continue;
        line.label = QStringLiteral("%1 %2").arg(line.label, timeText(*minutes));
        shown.append(line);
    }
    return shown;
}

void GanttChart::paintMarkerLines(QPainter &painter, const QList<MarkerLine> &markers,
                                  const QRectF &exposed)
{
    for (const MarkerLine &line : markers) {
        painter.setPen(QPen(line.colour, line.width, line.style));
        painter.drawLine(QPointF(line.x, exposed.top()), QPointF(line.x, exposed.bottom()));
    }
}

void GanttChart::paintMarkerLabels(QPainter &painter, const QList<MarkerLine> &markers,
                                   const QRectF &exposed) const
{
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    // Labels stack downwards so that markers close together stay readable.
    int slot = 0;
    for (const MarkerLine &line : markers) {
        if (line.marker == Marker::WindowStart)
            continue;
        const double y = exposed.top() + 4 + slot++ * (metrics.height() + 4);
        QRectF box(line.x + 4, y, metrics.horizontalAdvance(line.label) + 8, metrics.height() + 2);
        // Near the right edge the label goes to the left of its line, so it stays readable.
        if (box.right() > exposed.right() && line.x - box.width() - 4 > exposed.left())
            box.moveRight(line.x - 4);
        painter.fillRect(box, QColor(255, 255, 255, 225));
        painter.setPen(line.colour);
        painter.drawText(box, Qt::AlignCenter, line.label);
    }
}

void GanttChart::paintBody(QPainter &painter, const QRectF &exposed,
                           const std::set<Id> &selected) const
{
    paintBackground(painter, exposed);
    if (m_rows.isEmpty())
        return;
    const int firstRow = std::max(0, int(exposed.top() / m_rowHeight) - 1);
    const int lastRow = std::min(int(m_rows.size()) - 1, int(exposed.bottom() / m_rowHeight) + 1);
    const QList<MarkerLine> markers = markerLines(exposed);
    // Lines under the bars and titles, labels over everything.
    paintLinks(painter, firstRow, lastRow);
    paintMarkerLines(painter, markers, exposed);
    paintBars(painter, firstRow, lastRow, selected, markers);
    paintMarkerLabels(painter, markers, exposed);
}

void GanttChart::render(QPainter *painter, const QRectF &target) const
{
    const QSizeF size(contentWidth(), axisHeight() + bodyHeight());
    painter->save();
    painter->translate(target.topLeft());
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter->scale(scale, scale);
    painter->setClipRect(QRectF(QPointF(0, 0), size));
    paintAxis(*painter, 0, size.width());
    painter->translate(0, axisHeight());
    paintBody(*painter, QRectF(0, 0, size.width(), bodyHeight()), {});
    painter->restore();
}

} // namespace uw
