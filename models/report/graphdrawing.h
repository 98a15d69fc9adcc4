#pragma once

#include "graphpaint.h"

#include <QRectF>

#include <map>
#include <memory>
#include <vector>

class QPainter;
class QSvgRenderer;

namespace uw {

struct GraphLayout;

/**
 * The dependency graph drawn from its layout with a plain QPainter, the way the graph page shows
 * it: for reports, which are made in worker threads and by the command line, where there is no
 * QGraphicsScene and no display. Coordinates are the layout's points.
 */
class GraphDrawing
{
public:
    GraphDrawing(const ProjectData &data, const CompatibilityReport &report);
    ~GraphDrawing();

    /** Each node's size, for the layouter to keep labels apart. */
    std::map<Id, QSizeF> nodeSizes() const;
    /**
     * Places the nodes and routes the edges of layout. Systems it does not place wait in rows
     * below the drawing (all of them when there is no layout), joined by straight lines.
     */
    void applyLayout(const GraphLayout &layout);
    bool isEmpty() const { return m_nodes.empty(); }
    /** The drawing's extent, with a margin. */
    QRectF bounds() const;
    /**
     * The nearest coordinate at or before position (from bounds()' top or left edge, along
     * orientation's axis: Qt::Vertical for a horizontal cut at a height) where a cut of the
     * page crosses no system; 0 when every such cut would.
     */
    double cutBefore(double position, Qt::Orientation orientation) const;
    /** Paints the drawing with bounds().topLeft() at the painter's origin, on white. */
    void paint(QPainter &painter) const;

private:
    struct Node
    {
        GraphNodeContent content;
        graphPaint::NodeShape shape;
        QPointF centre;
        bool placed = false;
        QRectF box() const;
    };
    struct Edge
    {
        Id dependentId = 0;
        Id dependencyId = 0;
        ConstraintStatus status = ConstraintStatus::Satisfied;
        QPainterPath path;
        QPolygonF arrow;
    };

    void placeUnplaced();
    void routeStraight(Edge &edge) const;

    std::map<Id, Node> m_nodes;
    std::map<Id, Edge> m_edges;
    std::map<SystemKind, std::unique_ptr<QSvgRenderer>> m_icons;
};

} // namespace uw
