#include "graphitems.h"

#include "enumkeys.h"
#include "graphscene.h"
#include "plaintext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <cmath>

namespace uw {
namespace {

using graphPaint::cornerRadius;
using graphPaint::haloWidth;

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
    // Hidden until it has a place: thousands of new nodes piled at the origin would make every
    // repaint draw all of them.
    setVisible(false);
}

void GraphNodeItem::setContent(const GraphNodeContent &content)
{
    if (content == m_content && !m_shape.size.isEmpty())
        return;
    m_content = content;
    prepareGeometryChange();
    m_shape = graphPaint::nodeShape(m_content);

    const QString status = m_content.status == SystemCompatibility::Violation
                               ? GraphScene::tr("A constraint is violated")
                           : m_content.status == SystemCompatibility::Unknown
                               ? GraphScene::tr("A constraint cannot be evaluated")
                               : GraphScene::tr("All constraints hold");
    setToolTip(plainToolTip(GraphScene::tr("%1\n%2 · %3\n%4")
                                .arg(m_content.name, enumDisplayName(m_content.kind),
                                     graphPaint::versionText(m_content), status)));
    update();
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
    setVisible(true);
}

QRectF GraphNodeItem::box() const
{
    return QRectF(QPointF(-size().width() / 2, -size().height() / 2), size());
}

QRectF GraphNodeItem::boundingRect() const
{
    return box().adjusted(-haloWidth, -haloWidth, haloWidth, haloWidth);
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const graphPaint::NodeColours colours = graphPaint::nodeColours(m_content);
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
    graphPaint::paintBox(painter, rect, colours, border);

    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail < graphPaint::overviewDetail) {
        graphPaint::paintOverview(painter, rect, m_content.name, detail);
        return;
    }
    auto *scene = qobject_cast<GraphScene *>(this->scene());
    graphPaint::paintDetails(painter, rect, m_content, m_shape,
                             scene ? scene->kindIcon(m_content.kind) : nullptr);
}

GraphEdgeItem::GraphEdgeItem(Id id, GraphNodeItem *dependent, GraphNodeItem *dependency)
    : m_id(id)
    , m_dependent(dependent)
    , m_dependency(dependency)
{
    setZValue(0);
    setVisible(false);
    // The exposed rectangle lets paint() draw only the pieces of the route in sight.
    setFlag(ItemUsesExtendedStyleOption);
}

void GraphEdgeItem::setContent(const GraphEdgeContent &content)
{
    if (content == m_content && !toolTip().isEmpty())
        return;
    const bool statusChanged = content.status != m_content.status;
    m_content = content;
    const QString needs = content.constraint.isEmpty()
                              ? GraphScene::tr("%1 needs %2 (any version)")
                                    .arg(content.dependentName, content.requiredName)
                              : GraphScene::tr("%1 needs %2 %3")
                                    .arg(content.dependentName, content.requiredName,
                                         content.constraint);
    const QString why = content.reasons.isEmpty()
                            ? GraphScene::tr("Holds now, after the change and at every step in "
                                             "between.")
                            : content.reasons.join(QLatin1Char('\n'));
    setToolTip(plainToolTip(needs + QLatin1Char('\n') + why));
    if (statusChanged)
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
    QPainterPath path = graphPaint::routePath(m_route);
    QPointF tip = m_tip;
    if (path.isEmpty()) {
        const auto inner = [](const GraphNodeItem *node) {
            return node->sceneBoundingRect().adjusted(haloWidth, haloWidth, -haloWidth, -haloWidth);
        };
        path = graphPaint::straightRoute(inner(m_dependent), inner(m_dependency), &tip);
    }
    m_arrow = graphPaint::arrowHead(path.currentPosition(), tip);
    m_path = path;
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-3, -3, 3, 3);
    m_pieces.clear();
    for (int i = 1; i < m_path.elementCount(); ++i) {
        const QPainterPath::Element element = m_path.elementAt(i);
        if (element.isMoveTo())
            continue;
        // A cubic piece lies inside the box of its four control points.
        const int points = element.isCurveTo() ? 3 : 1;
        QRectF box(m_path.elementAt(i - 1), QSizeF(0, 0));
        for (int k = 0; k < points && i + k < m_path.elementCount(); ++k)
            box |= QRectF(m_path.elementAt(i + k), QSizeF(0, 0));
        m_pieces.append({i, box.normalized().adjusted(-3, -3, 3, 3)});
        i += points - 1;
    }
    setVisible(m_dependent->isVisible() && m_dependency->isVisible());
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
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
    return graphPaint::edgeColour(m_content.status);
}

QPainterPath GraphEdgeItem::piecesWithin(const QRectF &exposed) const
{
    QPainterPath shown;
    int lastEnd = -1;
    for (const Piece &piece : m_pieces) {
        if (!piece.bounds.intersects(exposed))
            continue;
        const int first = piece.firstElement;
        if (first - 1 != lastEnd)
            shown.moveTo(m_path.elementAt(first - 1));
        if (m_path.elementAt(first).isCurveTo()) {
            shown.cubicTo(m_path.elementAt(first), m_path.elementAt(first + 1),
                          m_path.elementAt(first + 2));
            lastEnd = first + 2;
        } else {
            shown.lineTo(m_path.elementAt(first));
            lastEnd = first;
        }
    }
    return shown;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool emphasised = m_content.status != ConstraintStatus::Satisfied
                            || m_highlight == GraphHighlight::Dependant
                            || m_highlight == GraphHighlight::Need;
    // A long route crosses the view while only a piece of it is in sight; stroking all of it
    // for every repaint made a repaint of a large graph take many frames.
    const QRectF exposed = option->exposedRect;
    if (exposed.contains(m_bounds)) {
        graphPaint::paintEdge(painter, m_path, m_arrow, colour(), emphasised);
        return;
    }
    const QPainterPath shown = piecesWithin(exposed);
    const bool arrowShown = m_arrow.boundingRect().adjusted(-3, -3, 3, 3).intersects(exposed);
    if (shown.isEmpty() && !arrowShown)
        return;
    graphPaint::paintEdge(painter, shown, arrowShown ? m_arrow : QPolygonF(), colour(), emphasised);
}

} // namespace uw
