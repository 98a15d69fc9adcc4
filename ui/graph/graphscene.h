#pragma once

#include "graphitems.h"

#include <QDeadlineTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <map>
#include <optional>

class QSvgRenderer;

namespace uw {

struct GraphLayout;

/**
 * The dependency graph as a scene that mirrors the shown systems and dependencies by their ids:
 * a sync adds, updates and removes items without moving existing ones, so edits of names and
 * versions never shuffle the drawing; only applying a layout moves nodes.
 *
 * Both go in parts that end at a deadline, so that building or moving thousands of items never
 * holds up a repaint: each call goes on where the previous one stopped.
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    /**
     * Starts mirroring data's systems and dependencies with the statuses of report: syncPart()
     * then begins from the first system.
     */
    void restartSync();
    /**
     * Goes on with the sync where the previous part stopped, until deadline; true when the scene
     * mirrors data. data and report must be the same from the first part to the last, or the
     * sync restarted.
     */
    bool syncPart(const ProjectData &data, const CompatibilityReport &report,
                  const QDeadlineTimer &deadline);
    /** Systems or dependency edges came or went since the last call. */
    bool takeStructureChanged() { return std::exchange(m_structureChanged, false); }

    /** Starts applying a layout in parts: applyLayoutPart() then begins from the first node. */
    void restartLayout();
    /** As syncPart(), for moving the nodes and routing the edges as layout says. */
    bool applyLayoutPart(const GraphLayout &layout, const QDeadlineTimer &deadline);
    /**
     * Shows the systems no layout has placed in rows; before the first layout they are hidden,
     * e.g. until it is known that there will be none.
     */
    void showUnplaced();
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
    /** Where a sync or a layout in parts stopped: the last system and dependency it handled. */
    struct Progress
    {
        bool started = false;
        std::optional<Id> system;
        std::optional<Id> dependency;
    };

    void removeGone(const ProjectData &data);
    void syncSystem(Id id, const System &system, const CompatibilityReport &report);
    void syncDependency(Id id, const Dependency &dependency, const CompatibilityReport &report,
                        const QMultiHash<Id, QString> &reasons,
                        const QHash<QPair<Id, Id>, QString> &cycleEdges);
    void placeUnplaced();

    QHash<Id, GraphNodeItem *> m_nodes;
    QHash<Id, GraphEdgeItem *> m_edges;
    std::map<SystemKind, QSvgRenderer *> m_kindIcons;
    Progress m_sync;
    Progress m_layout;
    bool m_selectionLost = false;
    bool m_structureChanged = false;
    bool m_showUnplaced = false;
};

} // namespace uw
