#pragma once

#include "graphitems.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <map>

class QSvgRenderer;

namespace uw {

struct GraphLayout;

/**
 * The dependency graph as a scene that mirrors the shown systems and dependencies by their ids:
 * sync() adds, updates and removes items without moving existing ones, so edits of names and
 * versions never shuffle the drawing; only applyLayout() moves nodes.
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    /** Mirrors data's systems and dependencies with the statuses of report. */
    void sync(const ProjectData &data, const CompatibilityReport &report);
    void applyLayout(const GraphLayout &layout);
    /** Each node's size in scene units, for the layouter to keep labels apart. */
    std::map<Id, QSizeF> nodeSizes() const;

    GraphNodeItem *node(Id id) const { return m_nodes.value(id); }
    QList<Id> nodeIds() const { return m_nodes.keys(); }
    QList<Id> selectedSystems() const;
    void selectSystems(const QList<Id> &ids);
    /** Colours what depends on the selection and what it needs; dims the rest, or clears all. */
    void setHighlight(const QSet<Id> &selected, const QSet<Id> &dependants, const QSet<Id> &needs);
    /** The drawing's extent, with a margin. */
    QRectF graphBounds() const;
    /** The united boxes of the given systems' nodes, for centring on them. */
    QRectF boundsOf(const QList<Id> &ids) const;
    /** The kind's icon, shared by all nodes and drawn as vectors into SVG and PDF. */
    QSvgRenderer *kindIcon(SystemKind kind);

    /**
     * Paints the whole graph as it is shown into target on any device (screen, SVG, PDF, a
     * report page), keeping its aspect ratio, on a white background.
     */
    void render(QPainter *painter, const QRectF &target);

private:
    void placeUnplaced();

    QHash<Id, GraphNodeItem *> m_nodes;
    QHash<Id, GraphEdgeItem *> m_edges;
    std::map<SystemKind, QSvgRenderer *> m_kindIcons;
};

} // namespace uw
