#include "graphdrawing.h"

#include "graphlayout.h"

#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

/** The margin the graph page's figure keeps around the drawing. */
constexpr qreal margin = 24;
constexpr qreal rowGap = 24;

/** The scale of the painter, measured as the graph page's items measure it. */
qreal levelOfDetail(const QTransform &transform)
{
    if (transform.type() <= QTransform::TxTranslate)
        return 1;
    return std::sqrt(transform.map(QLineF(0, 0, 1, 0)).length()
                     * transform.map(QLineF(0, 0, 0, 1)).length());
}

} // namespace

QRectF GraphDrawing::Node::box() const
{
    return QRectF(centre - QPointF(shape.size.width() / 2, shape.size.height() / 2), shape.size);
}

GraphDrawing::GraphDrawing(const ProjectData &data, const CompatibilityReport &report)
{
    for (const auto &[id, system] : data.systems) {
        const auto status = report.systems.find(id);
        Node &node = m_nodes[id];
        node.content = graphPaint::nodeContent(system, status == report.systems.end()
                                                           ? SystemCompatibility::Ok
                                                           : status->second);
        node.shape = graphPaint::nodeShape(node.content);
        std::unique_ptr<QSvgRenderer> &icon = m_icons[system.systemKind];
        if (!icon)
            icon = std::make_unique<QSvgRenderer>(graphPaint::kindIconPath(system.systemKind));
    }
    for (const auto &[id, dependency] : data.dependencies) {
        if (!m_nodes.count(dependency.dependentId) || !m_nodes.count(dependency.dependencyId))
            continue;
        const auto status = report.dependencies.find(id);
        m_edges[id] = {dependency.dependentId,
                       dependency.dependencyId,
                       status == report.dependencies.end() ? ConstraintStatus::Satisfied
                                                           : status->second,
                       {},
                       {}};
    }
    placeUnplaced();
}

GraphDrawing::~GraphDrawing() = default;

std::map<Id, QSizeF> GraphDrawing::nodeSizes() const
{
    std::map<Id, QSizeF> sizes;
    for (const auto &[id, node] : m_nodes)
        sizes.emplace(id, node.shape.size);
    return sizes;
}

void GraphDrawing::applyLayout(const GraphLayout &layout)
{
    for (auto &[id, node] : m_nodes) {
        const auto centre = layout.nodeCentres.find(id);
        node.placed = centre != layout.nodeCentres.end();
        if (node.placed)
            node.centre = centre->second;
    }
    placeUnplaced();
    for (auto &[id, edge] : m_edges) {
        const auto route = layout.edgeRoutes.find(id);
        const auto tip = layout.arrowTips.find(id);
        const bool laidOut = m_nodes.at(edge.dependentId).placed
                             && m_nodes.at(edge.dependencyId).placed;
        edge.path = laidOut && route != layout.edgeRoutes.end()
                        ? graphPaint::routePath(route->second)
                        : QPainterPath();
        if (edge.path.isEmpty() || tip == layout.arrowTips.end())
            routeStraight(edge);
        else
            edge.arrow = graphPaint::arrowHead(edge.path.currentPosition(), tip->second);
    }
}

void GraphDrawing::routeStraight(Edge &edge) const
{
    QPointF tip;
    edge.path = graphPaint::straightRoute(m_nodes.at(edge.dependentId).box(),
                                          m_nodes.at(edge.dependencyId).box(), &tip);
    edge.arrow = graphPaint::arrowHead(edge.path.currentPosition(), tip);
}

void GraphDrawing::placeUnplaced()
{
    // As on the graph page: systems the layout did not place wait in rows below the drawing, in
    // id order, so that every system is on the paper.
    QRectF placed;
    std::vector<Node *> waiting;
    for (auto &[id, node] : m_nodes) {
        if (node.placed)
            placed |= node.box();
        else
            waiting.push_back(&node);
    }
    if (waiting.empty())
        return;
    const int columns = std::max(4, int(std::ceil(std::sqrt(double(waiting.size())))));
    qreal rowTop = placed.isNull() ? 0 : placed.bottom() + 3 * rowGap;
    const qreal left = placed.isNull() ? 0 : placed.left();
    qreal x = left;
    qreal rowHeight = 0;
    for (size_t i = 0; i < waiting.size(); ++i) {
        Node &node = *waiting[i];
        if (i > 0 && i % size_t(columns) == 0) {
            rowTop += rowHeight + rowGap;
            x = left;
            rowHeight = 0;
        }
        node.centre = QPointF(x + node.shape.size.width() / 2,
                              rowTop + node.shape.size.height() / 2);
        x += node.shape.size.width() + rowGap;
        rowHeight = std::max(rowHeight, node.shape.size.height());
    }
    for (auto &[id, edge] : m_edges)
        routeStraight(edge);
}

QRectF GraphDrawing::bounds() const
{
    QRectF bounds;
    for (const auto &[id, node] : m_nodes)
        bounds |= node.box().adjusted(-graphPaint::haloWidth, -graphPaint::haloWidth,
                                      graphPaint::haloWidth, graphPaint::haloWidth);
    for (const auto &[id, edge] : m_edges)
        bounds |= edge.path.boundingRect().united(edge.arrow.boundingRect()).adjusted(-3, -3, 3, 3);
    return bounds.adjusted(-margin, -margin, margin, margin);
}

double GraphDrawing::cutBefore(double position, Qt::Orientation orientation) const
{
    const QRectF area = bounds();
    const bool vertical = orientation == Qt::Vertical;
    const double origin = vertical ? area.top() : area.left();
    // A system's extent along the axis, with its halo and a little room for the cut.
    std::vector<std::pair<double, double>> spans;
    spans.reserve(m_nodes.size());
    for (const auto &[id, node] : m_nodes) {
        const QRectF box = node.box();
        const double room = graphPaint::haloWidth + 2;
        spans.emplace_back((vertical ? box.top() : box.left()) - origin - room,
                           (vertical ? box.bottom() : box.right()) - origin + room);
    }
    // Latest ends first: a cut moved above one system may land in the next one up.
    std::sort(spans.begin(), spans.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    double cut = position;
    for (const auto &[start, end] : spans) {
        if (start < cut && cut < end)
            cut = start;
    }
    return std::max(0.0, cut);
}

void GraphDrawing::paint(QPainter &painter) const
{
    const QRectF area = bounds();
    painter.save();
    painter.translate(-area.topLeft());
    painter.fillRect(area, Qt::white);
    for (const auto &[id, edge] : m_edges)
        graphPaint::paintEdge(&painter, edge.path, edge.arrow, graphPaint::edgeColour(edge.status),
                              edge.status != ConstraintStatus::Satisfied);
    const qreal detail = levelOfDetail(painter.worldTransform());
    for (const auto &[id, node] : m_nodes) {
        const graphPaint::NodeColours colours = graphPaint::nodeColours(node.content);
        const QRectF box = node.box();
        graphPaint::paintBox(&painter, box, colours, QPen(colours.border, 1.2));
        if (detail < graphPaint::overviewDetail) {
            graphPaint::paintOverview(&painter, box, node.content.name, detail);
        } else {
            const auto icon = m_icons.find(node.content.kind);
            graphPaint::paintDetails(&painter, box, node.content, node.shape,
                                     icon == m_icons.end() ? nullptr : icon->second.get());
        }
    }
    painter.restore();
}

} // namespace uw
