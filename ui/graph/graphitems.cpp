#include "graphitems.h"

#include "enumkeys.h"
#include "graphscene.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <cmath>

namespace uw {
namespace {

constexpr qreal paddingX = 10;
constexpr qreal paddingY = 7;
constexpr qreal iconSize = 18;
constexpr qreal iconGap = 8;
constexpr qreal stripeWidth = 4;
constexpr qreal cornerRadius = 6;
/** Long names wrap onto a second line: boxes stay compact, so the whole graph fits larger. */
constexpr qreal nameWrapWidth = 150;
constexpr int nameLines = 2;
constexpr qreal maxTextWidth = 220;
/** Below this scale the version line gives way to a larger name, so an overview stays legible. */
constexpr qreal overviewDetail = 0.6;
/** The smallest on-screen text height (pixels) the overview aims for. */
constexpr qreal overviewTextPixels = 9;
/** Room around the box for the selection halo. */
constexpr qreal haloWidth = 5;
constexpr qreal arrowLength = 9;
constexpr qreal arrowHalfWidth = 4.5;

struct NodeColours
{
    QColor fill;
    QColor border;
    /** The status stripe on the left; invalid for unchanged systems that are fine. */
    QColor accent;
    QColor text;
};

NodeColours coloursOf(const GraphNodeContent &content)
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

QColor highlightColour(GraphHighlight highlight)
{
    return highlight == GraphHighlight::Dependant ? graphColours::dependant : graphColours::need;
}

} // namespace

GraphNodeItem::GraphNodeItem(Id id)
    : m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(1);
}

void GraphNodeItem::setContent(const GraphNodeContent &content)
{
    if (content == m_content && !m_size.isEmpty())
        return;
    m_content = content;
    const QFontMetricsF nameMetrics(nodeFont(true));
    const QFontMetricsF versionMetrics(nodeFont(false));
    m_nameLines = wrapped(m_content.name, nameMetrics, nameWrapWidth, nameLines);
    qreal textWidth = versionMetrics.horizontalAdvance(versionText());
    for (const QString &line : std::as_const(m_nameLines))
        textWidth = std::max(textWidth, nameMetrics.horizontalAdvance(line));
    textWidth = std::min(textWidth, maxTextWidth);
    const qreal nameHeight = nameMetrics.height()
                             + (m_nameLines.size() - 1) * nameMetrics.lineSpacing();
    prepareGeometryChange();
    m_size = QSizeF(std::ceil(stripeWidth + paddingX + iconSize + iconGap + textWidth + paddingX),
                    std::ceil(2 * paddingY + nameHeight + 2 + versionMetrics.height()));

    const QString status = m_content.status == SystemCompatibility::Violation
                               ? GraphScene::tr("A constraint is violated")
                           : m_content.status == SystemCompatibility::Unknown
                               ? GraphScene::tr("A constraint cannot be evaluated")
                               : GraphScene::tr("All constraints hold");
    setToolTip(GraphScene::tr("%1\n%2 · %3\n%4")
                   .arg(m_content.name, enumDisplayName(m_content.kind), versionText(), status));
    update();
}

QString GraphNodeItem::versionText() const
{
    if (!m_content.changing)
        return m_content.currentVersion.isEmpty() ? GraphScene::tr("version unknown")
                                                  : m_content.currentVersion;
    return GraphScene::tr("%1 → %2").arg(m_content.currentVersion.isEmpty()
                                             ? GraphScene::tr("new")
                                             : m_content.currentVersion,
                                         m_content.targetVersion);
}

void GraphNodeItem::setHighlight(GraphHighlight highlight)
{
    if (highlight == m_highlight)
        return;
    m_highlight = highlight;
    setOpacity(highlight == GraphHighlight::Dimmed ? 0.22 : 1.0);
    update();
}

void GraphNodeItem::place(const QPointF &centre)
{
    setPos(centre);
    m_placed = true;
}

QRectF GraphNodeItem::box() const
{
    return QRectF(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size);
}

QRectF GraphNodeItem::boundingRect() const
{
    return box().adjusted(-haloWidth, -haloWidth, haloWidth, haloWidth);
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const NodeColours colours = coloursOf(m_content);
    const QRectF rect = box();
    painter->setRenderHint(QPainter::Antialiasing);

    if (isSelected()) {
        QColor halo = graphColours::selection;
        halo.setAlpha(70);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawRoundedRect(boundingRect(), cornerRadius + haloWidth, cornerRadius + haloWidth);
    }

    QPen border(colours.border, 1.2);
    if (isSelected())
        border = QPen(graphColours::selection, 2.5);
    else if (m_highlight == GraphHighlight::Dependant || m_highlight == GraphHighlight::Need)
        border = QPen(highlightColour(m_highlight), 2.5);
    painter->setPen(border);
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(rect, cornerRadius, cornerRadius);

    if (colours.accent.isValid()) {
        painter->save();
        QPainterPath clip;
        clip.addRoundedRect(rect, cornerRadius, cornerRadius);
        painter->setClipPath(clip);
        painter->fillRect(QRectF(rect.left(), rect.top(), stripeWidth, rect.height()),
                          colours.accent);
        painter->restore();
    }

    painter->setPen(colours.text);
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail < overviewDetail)
        paintOverview(painter, detail);
    else
        paintDetails(painter);
}

void GraphNodeItem::paintDetails(QPainter *painter)
{
    const QRectF rect = box();
    const qreal left = rect.left() + stripeWidth + paddingX;
    if (auto *scene = qobject_cast<GraphScene *>(this->scene())) {
        scene->kindIcon(m_content.kind)
            ->render(painter, QRectF(left, rect.center().y() - iconSize / 2, iconSize, iconSize));
    }
    const QFont nameFont = nodeFont(true);
    const QFont versionFont = nodeFont(false);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF versionMetrics(versionFont);
    const qreal textLeft = left + iconSize + iconGap;
    const qreal textWidth = rect.right() - paddingX - textLeft;
    painter->setFont(nameFont);
    drawLines(painter, m_nameLines, nameMetrics, QPointF(textLeft, rect.top() + paddingY),
              textWidth);
    painter->setFont(versionFont);
    const qreal versionTop = rect.bottom() - paddingY - versionMetrics.height();
    painter->drawText(QRectF(textLeft, versionTop, textWidth, versionMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      versionMetrics.elidedText(versionText(), Qt::ElideMiddle, textWidth));
}

void GraphNodeItem::paintOverview(QPainter *painter, qreal detail)
{
    // Only the name, in the largest font (up to a legible size on screen) that shows all of it
    // inside the box; a name that fits nowhere is elided on three lines.
    const QRectF inner = box().adjusted(stripeWidth + paddingX / 2, 3, -paddingX / 2, -3);
    const qreal wanted = overviewTextPixels / detail;
    QFont font = nodeFont(true);
    QStringList text;
    qreal chosen = 0;
    for (int lines = 1; lines <= 3; ++lines) {
        const qreal pixels = std::min(wanted, inner.height() / (lines * 1.25));
        if (pixels * detail < 2.5)
            break;
        font.setPixelSize(qRound(pixels));
        text = wrapped(m_content.name, QFontMetricsF(font), inner.width(), lines);
        chosen = pixels;
        if (text.join(u' ') == m_content.name.simplified())
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

GraphEdgeItem::GraphEdgeItem(Id id, GraphNodeItem *dependent, GraphNodeItem *dependency)
    : m_id(id)
    , m_dependent(dependent)
    , m_dependency(dependency)
{
    setZValue(0);
}

void GraphEdgeItem::setStatus(ConstraintStatus status, const QString &toolTip)
{
    setToolTip(toolTip);
    if (status == m_status)
        return;
    m_status = status;
    update();
}

void GraphEdgeItem::setHighlight(GraphHighlight highlight)
{
    if (highlight == m_highlight)
        return;
    m_highlight = highlight;
    setOpacity(highlight == GraphHighlight::Dimmed ? 0.15 : 1.0);
    // Highlighted edges are drawn above the others so that their path can be followed.
    setZValue(highlight == GraphHighlight::Dependant || highlight == GraphHighlight::Need ? 0.5 : 0);
    update();
}

void GraphEdgeItem::setRoute(const QPolygonF &route, const QPointF &tip)
{
    m_route = route;
    m_tip = tip;
    updateGeometry();
}

void GraphEdgeItem::clearRoute()
{
    m_route.clear();
    updateGeometry();
}

void GraphEdgeItem::updateGeometry()
{
    prepareGeometryChange();
    QPainterPath path;
    QPointF tip;
    if (m_route.size() >= 4 && (m_route.size() - 1) % 3 == 0) {
        path.moveTo(m_route.first());
        for (qsizetype i = 1; i + 2 < m_route.size(); i += 3)
            path.cubicTo(m_route.at(i), m_route.at(i + 1), m_route.at(i + 2));
        tip = m_tip;
    } else {
        const auto inner = [](const GraphNodeItem *node) {
            return node->sceneBoundingRect().adjusted(haloWidth, haloWidth, -haloWidth, -haloWidth);
        };
        const QLineF centres(m_dependent->pos(), m_dependency->pos());
        const QPointF start = borderCrossing(centres, inner(m_dependent)).value_or(centres.p1());
        tip = borderCrossing(QLineF(centres.p2(), centres.p1()), inner(m_dependency))
                  .value_or(centres.p2());
        path.moveTo(start);
        QLineF line(start, tip);
        if (line.length() > arrowLength)
            line.setLength(line.length() - arrowLength);
        path.lineTo(line.p2());
    }
    QLineF axis(path.currentPosition(), tip);
    if (axis.length() < 0.01)
        axis = QLineF(tip - QPointF(0, arrowLength), tip);
    const QLineF unit = axis.unitVector();
    const QPointF normal(-(unit.dy()) * arrowHalfWidth, unit.dx() * arrowHalfWidth);
    m_arrow = QPolygonF({tip, axis.p1() + normal, axis.p1() - normal, tip});
    m_path = path;
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-3, -3, 3, 3);
}

QPainterPath GraphEdgeItem::shape() const
{
    // A wider band than the stroke, so that the tooltip appears without pixel hunting.
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_arrow);
    return shape;
}

QColor GraphEdgeItem::colour() const
{
    if (m_highlight == GraphHighlight::Dependant || m_highlight == GraphHighlight::Need)
        return highlightColour(m_highlight);
    switch (m_status) {
    case ConstraintStatus::Violated:
        return graphColours::violation;
    case ConstraintStatus::Unknown:
        return graphColours::unknown;
    case ConstraintStatus::Satisfied:
        break;
    }
    return QColor(0x8a, 0x94, 0xa0);
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor colour = this->colour();
    const bool emphasised = m_status != ConstraintStatus::Satisfied
                            || m_highlight == GraphHighlight::Dependant
                            || m_highlight == GraphHighlight::Need;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, emphasised ? 2.0 : 1.3));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(colour, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}

} // namespace uw
