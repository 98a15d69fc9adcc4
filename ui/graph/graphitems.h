#pragma once

#include "graphpaint.h"

#include <QColor>
#include <QGraphicsItem>

namespace uw {

/** How a node or edge takes part in the highlight of the selected systems. */
enum class GraphHighlight { None, Dependant, Need, Dimmed };

/** One system: a rounded box with its kind icon, name and versions, coloured by status. */
class GraphNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit GraphNodeItem(Id id);

    Id id() const { return m_id; }
    const GraphNodeContent &content() const { return m_content; }
    void setContent(const GraphNodeContent &content);
    void setHighlight(GraphHighlight highlight);
    GraphHighlight highlight() const { return m_highlight; }
    /** Whether the layout placed this node, or it waits for the next layout. */
    bool isPlaced() const { return m_placed; }
    void place(const QPointF &centre);
    QSizeF size() const { return m_shape.size; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF box() const;

    Id m_id;
    GraphNodeContent m_content;
    graphPaint::NodeShape m_shape;
    GraphHighlight m_highlight = GraphHighlight::None;
    bool m_placed = false;
};

/** What an edge tells: its status and, in its tooltip, who needs what and why it fails. */
struct GraphEdgeContent
{
    ConstraintStatus status = ConstraintStatus::Satisfied;
    QString dependentName;
    QString requiredName;
    QString constraint;
    /** The findings about this dependency; none means it holds throughout. */
    QStringList reasons;
    friend bool operator==(const GraphEdgeContent &, const GraphEdgeContent &) = default;
};

/** One dependency: dot's route from the dependant to the dependency, arrow at the dependency. */
class GraphEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    GraphEdgeItem(Id id, GraphNodeItem *dependent, GraphNodeItem *dependency);

    Id id() const { return m_id; }
    GraphNodeItem *dependent() const { return m_dependent; }
    GraphNodeItem *dependency() const { return m_dependency; }
    /** Rebuilds the tooltip only when the content differs: a sync touches every edge. */
    void setContent(const GraphEdgeContent &content);
    const GraphEdgeContent &content() const { return m_content; }
    void setHighlight(GraphHighlight highlight);
    /**
     * dot's Bézier route, ending at the arrow's base, and the arrow's tip; an empty route draws
     * a straight line between the nodes until the next layout.
     */
    void setRoute(const QPolygonF &route, const QPointF &tip);
    void clearRoute();
    /** Recomputes the straight line after a node moved without a new route. */
    void updateGeometry();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /** A line or cubic piece of the route: the path element it ends with, and its extent. */
    struct Piece
    {
        int firstElement;
        QRectF bounds;
    };

    QColor colour() const;
    /** The pieces of the route that reach into exposed, as one path. */
    QPainterPath piecesWithin(const QRectF &exposed) const;

    Id m_id;
    GraphNodeItem *m_dependent;
    GraphNodeItem *m_dependency;
    GraphEdgeContent m_content;
    GraphHighlight m_highlight = GraphHighlight::None;
    QPolygonF m_route;
    QPointF m_tip;
    QPainterPath m_path;
    QPolygonF m_arrow;
    /** Cached: without a scene index the view asks every edge for it on each repaint. */
    QRectF m_bounds;
    QList<Piece> m_pieces;
};

} // namespace uw
