#include "graphpaint.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>
#include <optional>

namespace uw::graphPaint {
namespace {

/** The graph page's context, so the texts keep their translations wherever they are drawn. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(uw::GraphScene)
};

constexpr qreal paddingX = 10;
constexpr qreal paddingY = 7;
constexpr qreal iconSize = 18;
constexpr qreal iconGap = 8;
constexpr qreal stripeWidth = 4;
/** Long names wrap onto a second line: boxes stay compact, so the whole graph fits larger. */
constexpr qreal nameWrapWidth = 150;
constexpr int nameLines = 2;
constexpr qreal maxTextWidth = 220;
/** The smallest on-screen text height (pixels) the overview aims for. */
constexpr qreal overviewTextPixels = 9;
constexpr qreal arrowHalfWidth = 4.5;

/**
 * Fonts in pixels rather than points, so that text keeps its size relative to the boxes on
 * devices of any resolution (PDF, SVG, high-DPI screens).
 */
QFont nodeFont(bool bold)
{
    QFont font = QGuiApplication::font();
    const int pixels = QFontInfo(font).pixelSize();
    font.setPixelSize(bold ? pixels : std::max(pixels - 1, 8));
    font.setBold(bold);
    return font;
}

/** Breaks text at spaces into at most maxLines lines of width; what does not fit is elided. */
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        if (current.isEmpty() || lines.size() == maxLines - 1
            || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
        } else {
            lines.append(current);
            current = word;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines;
}

void drawLines(QPainter *painter, const QStringList &lines, const QFontMetricsF &metrics,
               QPointF topLeft, qreal width)
{
    for (const QString &line : lines) {
        painter->drawText(QRectF(topLeft, QSizeF(width, metrics.height())),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        topLeft.ry() += metrics.lineSpacing();
    }
}

/** Where the segment from inside to outside a rectangle crosses its border, if it does. */
std::optional<QPointF> borderCrossing(const QLineF &segment, const QRectF &rect)
{
    const QLineF sides[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    std::optional<QPointF> nearest;
    for (const QLineF &side : sides) {
        QPointF point;
        if (segment.intersects(side, &point) != QLineF::BoundedIntersection)
            continue;
        if (!nearest
            || QLineF(segment.p1(), point).length() < QLineF(segment.p1(), *nearest).length())
            nearest = point;
    }
    return nearest;
}

} // namespace

GraphNodeContent nodeContent(const System &system, SystemCompatibility status)
{
    return {system.name,          system.systemKind,      system.currentVersion,
            system.targetVersion, changesVersion(system), status};
}

NodeColours nodeColours(const GraphNodeContent &content)
{
    const QColor darkText(0x1f, 0x29, 0x33);
    switch (content.status) {
    case SystemCompatibility::Violation:
        return {QColor(0xfd, 0xec, 0xec), graphColours::violation, graphColours::violation,
                darkText};
    case SystemCompatibility::Unknown:
        return {QColor(0xff, 0xf6, 0xdc), graphColours::unknown, graphColours::unknown, darkText};
    case SystemCompatibility::Ok:
        break;
    }
    if (content.changing)
        return {Qt::white, QColor(0x2f, 0x5d, 0x8a), graphColours::changing, darkText};
    return {QColor(0xf3, 0xf4, 0xf6), graphColours::unchanged, QColor(), QColor(0x55, 0x5f, 0x6a)};
}

NodeShape nodeShape(const GraphNodeContent &content)
{
    const QFontMetricsF nameMetrics(nodeFont(true));
    const QFontMetricsF versionMetrics(nodeFont(false));
    NodeShape shape;
    shape.nameLines = wrapped(content.name, nameMetrics, nameWrapWidth, nameLines);
    qreal textWidth = versionMetrics.horizontalAdvance(versionText(content));
    for (const QString &line : std::as_const(shape.nameLines))
        textWidth = std::max(textWidth, nameMetrics.horizontalAdvance(line));
    textWidth = std::min(textWidth, maxTextWidth);
    const qreal nameHeight = nameMetrics.height()
                             + (shape.nameLines.size() - 1) * nameMetrics.lineSpacing();
    shape.size = QSizeF(std::ceil(stripeWidth + paddingX + iconSize + iconGap + textWidth
                                  + paddingX),
                        std::ceil(2 * paddingY + nameHeight + 2 + versionMetrics.height()));
    return shape;
}

QString versionText(const GraphNodeContent &content)
{
    if (!content.changing)
        return content.currentVersion.isEmpty() ? Text::tr("version unknown")
                                                : content.currentVersion;
    return Text::tr("%1 → %2").arg(content.currentVersion.isEmpty() ? Text::tr("new")
                                                                    : content.currentVersion,
                                   content.targetVersion);
}

QString kindIconPath(SystemKind kind)
{
    return QStringLiteral(":/icons/kind-%1.svg").arg(enumKey(kind));
}

void paintBox(QPainter *painter, const QRectF &box, const NodeColours &colours, const QPen &border)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(border);
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(box, cornerRadius, cornerRadius);
    if (colours.accent.isValid()) {
        painter->save();
        QPainterPath clip;
        clip.addRoundedRect(box, cornerRadius, cornerRadius);
        painter->setClipPath(clip, Qt::IntersectClip);
        painter->fillRect(QRectF(box.left(), box.top(), stripeWidth, box.height()), colours.accent);
        painter->restore();
    }
    painter->setPen(colours.text);
}

void paintDetails(QPainter *painter, const QRectF &box, const GraphNodeContent &content,
                  const NodeShape &shape, QSvgRenderer *icon)
{
    const qreal left = box.left() + stripeWidth + paddingX;
    if (icon)
        icon->render(painter, QRectF(left, box.center().y() - iconSize / 2, iconSize, iconSize));
    const QFont nameFont = nodeFont(true);
    const QFont versionFont = nodeFont(false);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF versionMetrics(versionFont);
    const qreal textLeft = left + iconSize + iconGap;
    const qreal textWidth = box.right() - paddingX - textLeft;
    painter->setFont(nameFont);
    drawLines(painter, shape.nameLines, nameMetrics, QPointF(textLeft, box.top() + paddingY),
              textWidth);
    painter->setFont(versionFont);
    const qreal versionTop = box.bottom() - paddingY - versionMetrics.height();
    painter->drawText(QRectF(textLeft, versionTop, textWidth, versionMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      versionMetrics.elidedText(versionText(content), Qt::ElideMiddle, textWidth));
}

void paintOverview(QPainter *painter, const QRectF &box, const QString &name, qreal detail)
{
    // Only the name, in the largest font (up to a legible size on screen) that shows all of it
    // inside the box; a name that fits nowhere is elided on three lines.
    const QRectF inner = box.adjusted(stripeWidth + paddingX / 2, 3, -paddingX / 2, -3);
    const qreal wanted = overviewTextPixels / detail;
    QFont font = nodeFont(true);
    QStringList text;
    qreal chosen = 0;
    for (int lines = 1; lines <= 3; ++lines) {
        const qreal pixels = std::min(wanted, inner.height() / (lines * 1.25));
        if (pixels * detail < 2.5)
            break;
        font.setPixelSize(qRound(pixels));
        text = wrapped(name, QFontMetricsF(font), inner.width(), lines);
        chosen = pixels;
        if (text.join(u' ') == name.simplified())
            break;
    }
    if (text.isEmpty())
        return; // too small to read: not worth laying out text
    font.setPixelSize(qRound(chosen));
    const QFontMetricsF metrics(font);
    const qreal height = metrics.height() + (text.size() - 1) * metrics.lineSpacing();
    painter->setFont(font);
    drawLines(painter, text, metrics, QPointF(inner.left(), inner.center().y() - height / 2),
              inner.width());
}

QPainterPath routePath(const QPolygonF &route)
{
    QPainterPath path;
    if (route.size() < 4 || (route.size() - 1) % 3 != 0)
        return path;
    path.moveTo(route.first());
    for (qsizetype i = 1; i + 2 < route.size(); i += 3)
        path.cubicTo(route.at(i), route.at(i + 1), route.at(i + 2));
    return path;
}

QPainterPath straightRoute(const QRectF &from, const QRectF &to, QPointF *tip)
{
    const QLineF centres(from.center(), to.center());
    const QPointF start = borderCrossing(centres, from).value_or(centres.p1());
    *tip = borderCrossing(QLineF(centres.p2(), centres.p1()), to).value_or(centres.p2());
    QPainterPath path(start);
    QLineF line(start, *tip);
    if (line.length() > arrowLength)
        line.setLength(line.length() - arrowLength);
    path.lineTo(line.p2());
    return path;
}

QPolygonF arrowHead(const QPointF &from, const QPointF &tip)
{
    QLineF axis(from, tip);
    if (axis.length() < 0.01)
        axis = QLineF(tip - QPointF(0, arrowLength), tip);
    const QLineF unit = axis.unitVector();
    const QPointF normal(-(unit.dy()) * arrowHalfWidth, unit.dx() * arrowHalfWidth);
    return QPolygonF({tip, axis.p1() + normal, axis.p1() - normal, tip});
}

QColor edgeColour(ConstraintStatus status)
{
    switch (status) {
    case ConstraintStatus::Violated:
        return graphColours::violation;
    case ConstraintStatus::Unknown:
        return graphColours::unknown;
    case ConstraintStatus::Satisfied:
        break;
    }
    return QColor(0x8a, 0x94, 0xa0);
}

void paintEdge(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow,
               const QColor &colour, bool emphasised)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, emphasised ? 2.0 : 1.3));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(QPen(colour, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->setBrush(colour);
    painter->drawPolygon(arrow);
}

} // namespace uw::graphPaint

namespace uw {

std::set<Id> changingSystemsAndNeighbours(const ProjectData &data)
{
    std::set<Id> result;
    for (const auto &[id, system] : data.systems) {
        if (changesVersion(system))
            result.insert(id);
    }
    for (const auto &[id, dependency] : data.dependencies) {
        const auto dependent = data.systems.find(dependency.dependentId);
        const auto required = data.systems.find(dependency.dependencyId);
        if (dependent != data.systems.end() && required != data.systems.end()
            && (changesVersion(dependent->second) || changesVersion(required->second))) {
            result.insert(dependent->first);
            result.insert(required->first);
        }
    }
    return result;
}

} // namespace uw
