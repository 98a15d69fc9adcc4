#include "graphscene.h"

#include "enumkeys.h"
#include "graphlayout.h"
#include "graphpaint.h"

#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace uw {

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // Every edit re-syncs and every layout moves all items at once; a BSP index would be rebuilt
    // for each (seconds at 2,000 systems), while a linear search for the item under the mouse
    // costs microseconds.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

GraphScene::~GraphScene()
{
    // Deleting selected items would announce selection changes to a page being destroyed.
    blockSignals(true);
}

namespace {

/** Items handled before a part looks at its deadline: a small graph is always done at once. */
constexpr int itemsBeforeDeadline = 256;

/**
 * Hands the entries of items after *last to handle in id order, until deadline; true when all
 * are handled. handled counts across the calls of one part.
 */
template<typename Map, typename Handle>
bool handleFrom(const Map &items, std::optional<Id> &last, const QDeadlineTimer &deadline,
                int &handled, Handle handle)
{
    for (auto it = last ? items.upper_bound(*last) : items.begin(); it != items.end(); ++it) {
        if (handled >= itemsBeforeDeadline && handled % 64 == 0 && deadline.hasExpired())
            return false;
        handle(it->first, it->second);
        last = it->first;
        ++handled;
    }
    return true;
}

} // namespace

void GraphScene::restartSync()
{
    m_sync = {};
}

bool GraphScene::syncPart(const ProjectData &data, const CompatibilityReport &report,
                          const QDeadlineTimer &deadline)
{
    if (!m_sync.started) {
        m_sync.started = true;
        removeGone(data);
    }
    int handled = 0;
    const bool systemsDone = handleFrom(data.systems, m_sync.system, deadline, handled,
                                        [&](Id id, const System &system) {
                                            syncSystem(id, system, report);
                                        });
    if (!systemsDone)
        return false;

    QMultiHash<Id, QString> reasons;
    for (const CompatibilityFinding &finding : report.findings) {
        if (finding.source == CompatibilityFinding::Source::Dependency)
            reasons.insert(finding.sourceId, finding.message);
    }
    // Each system of a cycle needs the next one: those edges are drawn as violated.
    QHash<QPair<Id, Id>, QString> cycleEdges;
    for (const DependencyCycle &cycle : report.cycles) {
        const QString text = describeCycle(data, cycle);
        for (qsizetype i = 0; i + 1 < cycle.path.size(); ++i)
            cycleEdges.insert({cycle.path.at(i), cycle.path.at(i + 1)}, text);
    }
    const bool dependenciesDone = handleFrom(data.dependencies, m_sync.dependency, deadline,
                                             handled, [&](Id id, const Dependency &dependency) {
                                                 syncDependency(id, dependency, report, reasons,
                                                                cycleEdges);
                                             });
    if (!dependenciesDone)
        return false;
    placeUnplaced();
    if (std::exchange(m_selectionLost, false))
        emit selectionChanged();
    return true;
}

void GraphScene::removeGone(const ProjectData &data)
{
    const auto remove = [&](auto &items, auto gone) {
        for (auto it = items.begin(); it != items.end();) {
            if (gone(it.value())) {
                m_selectionLost |= it.value()->isSelected();
                m_structureChanged = true;
                // Out of the table first: deleting announces selection changes to listeners.
                const auto *item = it.value();
                it = items.erase(it);
                delete item;
            } else {
                ++it;
            }
        }
    };
    const QSignalBlocker blocker(this);
    remove(m_edges, [&](const GraphEdgeItem *edge) {
        const auto dependency = data.dependencies.find(edge->id());
        return dependency == data.dependencies.end()
               || dependency->second.dependentId != edge->dependent()->id()
               || dependency->second.dependencyId != edge->dependency()->id();
    });
    remove(m_nodes, [&](const GraphNodeItem *node) { return !data.systems.count(node->id()); });
}

void GraphScene::syncSystem(Id id, const System &system, const CompatibilityReport &report)
{
    GraphNodeItem *&node = m_nodes[id];
    if (!node) {
        node = new GraphNodeItem(id);
        addItem(node);
        m_structureChanged = true;
    }
    const auto status = report.systems.find(id);
    node->setContent(graphPaint::nodeContent(system, status == report.systems.end()
                                                         ? SystemCompatibility::Ok
                                                         : status->second));
}

void GraphScene::syncDependency(Id id, const Dependency &dependency,
                                const CompatibilityReport &report,
                                const QMultiHash<Id, QString> &reasons,
                                const QHash<QPair<Id, Id>, QString> &cycleEdges)
{
    GraphNodeItem *dependent = m_nodes.value(dependency.dependentId);
    GraphNodeItem *required = m_nodes.value(dependency.dependencyId);
    if (!dependent || !required)
        return;
    GraphEdgeItem *&edge = m_edges[id];
    if (!edge) {
        edge = new GraphEdgeItem(id, dependent, required);
        addItem(edge);
        edge->updateGeometry();
        m_structureChanged = true;
    }
    const auto status = report.dependencies.find(id);
    QStringList why = reasons.values(id);
    const auto cycle = cycleEdges.constFind({dependency.dependentId, dependency.dependencyId});
    if (cycle != cycleEdges.constEnd())
        why.prepend(*cycle);
    const ConstraintStatus shown = cycle != cycleEdges.constEnd() ? ConstraintStatus::Violated
                                   : status == report.dependencies.end()
                                       ? ConstraintStatus::Satisfied
                                       : status->second;
    edge->setContent(
        {shown, dependent->content().name, required->content().name, dependency.constraint, why});
}

void GraphScene::restartLayout()
{
    m_layout = {};
}

bool GraphScene::applyLayoutPart(const GraphLayout &layout, const QDeadlineTimer &deadline)
{
    int handled = 0;
    const bool nodesDone = handleFrom(layout.nodeCentres, m_layout.system, deadline, handled,
                                      [this](Id id, const QPointF &centre) {
                                          if (GraphNodeItem *node = m_nodes.value(id))
                                              node->place(centre);
                                      });
    if (!nodesDone)
        return false;
    const bool edgesDone = handleFrom(layout.edgeRoutes, m_layout.dependency, deadline, handled,
                                      [&](Id id, const QPolygonF &route) {
                                          GraphEdgeItem *edge = m_edges.value(id);
                                          const auto tip = layout.arrowTips.find(id);
                                          if (edge && tip != layout.arrowTips.end())
                                              edge->setRoute(route, tip->second);
                                      });
    if (!edgesDone)
        return false;
    placeUnplaced();
    for (GraphEdgeItem *edge : std::as_const(m_edges)) {
        if (!layout.edgeRoutes.count(edge->id()) || !layout.arrowTips.count(edge->id()))
            edge->clearRoute();
    }
    return true;
}

void GraphScene::placeUnplaced()
{
    QList<GraphNodeItem *> waiting;
    QRectF placed;
    for (GraphNodeItem *node : std::as_const(m_nodes)) {
        if (node->isPlaced())
            placed |= node->sceneBoundingRect();
        else
            waiting.append(node);
    }
    if (waiting.isEmpty())
        return;
    // Until the next layout, new systems wait in rows below the drawing, in id order, so that
    // an added system is visible at once. Before the first layout they stay hidden: the layout
    // is on its way, unless it failed.
    const bool show = !placed.isNull() || m_showUnplaced;
    std::sort(waiting.begin(), waiting.end(),
              [](const GraphNodeItem *a, const GraphNodeItem *b) { return a->id() < b->id(); });
    const int columns = std::max(4, int(std::ceil(std::sqrt(double(waiting.size())))));
    constexpr qreal gap = 24;
    qreal rowTop = placed.isNull() ? 0 : placed.bottom() + 3 * gap;
    qreal x = placed.isNull() ? 0 : placed.left();
    qreal rowHeight = 0;
    for (int i = 0; i < waiting.size(); ++i) {
        GraphNodeItem *node = waiting.at(i);
        if (i > 0 && i % columns == 0) {
            rowTop += rowHeight + gap;
            x = placed.isNull() ? 0 : placed.left();
            rowHeight = 0;
        }
        node->setPos(x + node->size().width() / 2, rowTop + node->size().height() / 2);
        node->setVisible(show);
        x += node->size().width() + gap;
        rowHeight = std::max(rowHeight, node->size().height());
    }
    for (GraphEdgeItem *edge : std::as_const(m_edges)) {
        if (!edge->dependent()->isPlaced() || !edge->dependency()->isPlaced())
            edge->clearRoute();
    }
}

void GraphScene::showUnplaced()
{
    m_showUnplaced = true;
    placeUnplaced();
}

std::map<Id, QSizeF> GraphScene::nodeSizes() const
{
    std::map<Id, QSizeF> sizes;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        sizes.emplace(it.key(), it.value()->size());
    return sizes;
}

QList<Id> GraphScene::selectedSystems() const
{
    QList<Id> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == GraphNodeItem::Type)
            ids.append(static_cast<GraphNodeItem *>(item)->id());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void GraphScene::selectSystems(const QList<Id> &ids)
{
    // One selectionChanged for the whole change, not one per item.
    QSignalBlocker blocker(this);
    clearSelection();
    for (Id id : ids) {
        if (GraphNodeItem *node = m_nodes.value(id))
            node->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

void GraphScene::setHighlight(const QSet<Id> &selected, const QSet<Id> &dependants,
                              const QSet<Id> &needs)
{
    const bool active = !selected.isEmpty();
    for (GraphNodeItem *node : std::as_const(m_nodes)) {
        const Id id = node->id();
        node->setHighlight(!active || selected.contains(id) ? GraphHighlight::None
                           : dependants.contains(id)        ? GraphHighlight::Dependant
                           : needs.contains(id)             ? GraphHighlight::Need
                                                            : GraphHighlight::Dimmed);
    }
    for (GraphEdgeItem *edge : std::as_const(m_edges)) {
        const Id from = edge->dependent()->id();
        const Id to = edge->dependency()->id();
        if (!active)
            edge->setHighlight(GraphHighlight::None);
        else if (dependants.contains(from) && (selected.contains(to) || dependants.contains(to)))
            edge->setHighlight(GraphHighlight::Dependant);
        else if (needs.contains(to) && (selected.contains(from) || needs.contains(from)))
            edge->setHighlight(GraphHighlight::Need);
        else
            edge->setHighlight(GraphHighlight::Dimmed);
    }
}

QRectF GraphScene::graphBounds() const
{
    return itemsBoundingRect().adjusted(-24, -24, 24, 24);
}

QRectF GraphScene::boundsOf(const QList<Id> &ids) const
{
    QRectF bounds;
    for (Id id : ids) {
        if (const GraphNodeItem *node = m_nodes.value(id))
            bounds |= node->sceneBoundingRect();
    }
    return bounds;
}

QSvgRenderer *GraphScene::kindIcon(SystemKind kind)
{
    QSvgRenderer *&renderer = m_kindIcons[kind];
    if (!renderer) {
        renderer = new QSvgRenderer(graphPaint::kindIconPath(kind), this);
    }
    return renderer;
}

void GraphScene::render(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->fillRect(target, Qt::white);
    QGraphicsScene::render(painter, target, graphBounds(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace uw
