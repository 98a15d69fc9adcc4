#pragma once

#include "compatibility.h"

#include <QColor>
#include <QPainterPath>
#include <QPolygonF>
#include <QSizeF>
#include <QStringList>

#include <set>

class QFont;
class QFontMetricsF;
class QPainter;
class QPen;
class QSvgRenderer;

namespace uw {

/** The graph's colours, shared by the drawing, its legend and the findings beside it. */
namespace graphColours {
constexpr QColor violation(0xc6, 0x28, 0x28);
constexpr QColor unknown(0xc9, 0x8a, 0x00);
constexpr QColor changing(0x2e, 0x7d, 0x32);
constexpr QColor unchanged(0xb9, 0xc0, 0xc8);
constexpr QColor dependant(0x8e, 0x44, 0xad);
constexpr QColor need(0x00, 0x89, 0x7b);
constexpr QColor selection(0x1f, 0x6f, 0xeb);
} // namespace graphColours

/** Whether the change moves the system to another version (an empty target means no). */
inline bool changesVersion(const System &system)
{
    return !system.targetVersion.isEmpty() && system.targetVersion != system.currentVersion;
}

/**
 * The systems whose version changes and those joined to one by a dependency: what "only
 * changing systems" filters to and what the graph's first view shows.
 */
std::set<Id> changingSystemsAndNeighbours(const ProjectData &data);

/** What a node shows; compared so that unchanged nodes are not repainted. */
struct GraphNodeContent
{
    QString name;
    SystemKind kind = SystemKind::Server;
    QString currentVersion;
    QString targetVersion;
    bool changing = false;
    SystemCompatibility status = SystemCompatibility::Ok;
    friend bool operator==(const GraphNodeContent &, const GraphNodeContent &) = default;
};

/**
 * How a system and a dependency of the graph look, apart from any scene: the graph page's items
 * and the report's figure draw with the same code, so the paper shows what the screen shows.
 * Units are points of the layout (dot's), which the scene uses as its own.
 */
namespace graphPaint {

/** Room around a node's box for the selection halo. */
constexpr qreal haloWidth = 5;
constexpr qreal cornerRadius = 6;
constexpr qreal arrowLength = 9;
/** Below this scale the version line gives way to a larger name, so an overview stays legible. */
constexpr qreal overviewDetail = 0.6;

struct NodeColours
{
    QColor fill;
    QColor border;
    /** The status stripe on the left; invalid for unchanged systems that are fine. */
    QColor accent;
    QColor text;
};

/** A node's content with the lines its name wraps onto and the size of its box. */
struct NodeShape
{
    QStringList nameLines;
    QSizeF size;
};

GraphNodeContent nodeContent(const System &system, SystemCompatibility status);
NodeColours nodeColours(const GraphNodeContent &content);
NodeShape nodeShape(const GraphNodeContent &content);
/** The version line: "current → target" for a changing system. */
QString versionText(const GraphNodeContent &content);
/** Where the kind's icon is in the resources; the same vectors go to screen and paper. */
QString kindIconPath(SystemKind kind);

/** The rounded box, its border and status stripe. */
void paintBox(QPainter *painter, const QRectF &box, const NodeColours &colours, const QPen &border);
/** Icon, name and version inside box; icon may be null. */
void paintDetails(QPainter *painter, const QRectF &box, const GraphNodeContent &content,
                  const NodeShape &shape, QSvgRenderer *icon);
/** Only the name, as large as fits, for a drawing shown at detail (scale) below overviewDetail. */
void paintOverview(QPainter *painter, const QRectF &box, const QString &name, qreal detail);

/** dot's Bézier route as a path; empty when the route is not one (fewer or odd points). */
QPainterPath routePath(const QPolygonF &route);
/**
 * A straight line between the borders of two boxes, for an edge without a route; it ends at the
 * arrow's base, and tip receives the arrow's point on to's border.
 */
QPainterPath straightRoute(const QRectF &from, const QRectF &to, QPointF *tip);
/** The arrowhead at tip, pointing away from from. */
QPolygonF arrowHead(const QPointF &from, const QPointF &tip);
QColor edgeColour(ConstraintStatus status);
void paintEdge(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow,
               const QColor &colour, bool emphasised);

} // namespace graphPaint
} // namespace uw
