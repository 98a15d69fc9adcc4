#include "graphview.h"

#include "graphscene.h"

#include <QApplication>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace uw {
namespace {

constexpr qreal minimumZoom = 0.05;
constexpr qreal maximumZoom = 4.0;
/** Fitting a small graph stops here: larger boxes only look clumsy. */
constexpr qreal maximumFitZoom = 1.25;

} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(NoDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    // Panning replaces the scroll bars; they would only show the canvas margin.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Repainting the whole view costs a few milliseconds since edges draw only what is in sight,
    // while working out the region of thousands of moved items cost tens of them.
    setViewportUpdateMode(FullViewportUpdate);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setFrameShape(QFrame::NoFrame);
    viewport()->setCursor(Qt::OpenHandCursor);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(qreal zoom, const QPointF &anchor)
{
    const QPointF scenePoint = mapToScene(anchor.toPoint());
    const qreal clamped = std::clamp(zoom, minimumZoom, maximumZoom);
    setTransform(QTransform::fromScale(clamped, clamped));
    const QPointF moved = mapFromScene(scenePoint) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
}

void GraphView::zoomBy(qreal factor, const QPointF &anchor)
{
    setZoom(zoom() * factor, anchor);
}

void GraphView::zoomBy(qreal factor)
{
    zoomBy(factor, QPointF(viewport()->rect().center()));
}

qreal GraphView::fitZoom(const QRectF &rect) const
{
    const QSizeF room = viewport()->size();
    return std::min({room.width() / rect.width(), room.height() / rect.height(), maximumFitZoom});
}

void GraphView::fit(const QRectF &rect, qreal minimum)
{
    if (rect.isEmpty())
        return;
    const qreal zoom = std::max({fitZoom(rect), minimum, minimumZoom});
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(rect.center());
}

void GraphView::focusOn(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    const QRectF padded = rect.adjusted(-40, -40, 40, 40);
    const QSizeF shown = mapToScene(viewport()->rect()).boundingRect().size();
    if (padded.width() > shown.width() || padded.height() > shown.height())
        fit(padded);
    else
        centerOn(rect.center());
}

void GraphView::setGraphBounds(const QRectF &bounds)
{
    // Margins as large as the drawing (and at least a screen) let any corner reach the centre.
    const qreal margin = std::max({bounds.width(), bounds.height(), 2000.0});
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const QPoint steps = event->angleDelta();
    if (steps.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 120 units are one notch of a classic wheel; touchpads send smaller deltas more often.
    zoomBy(std::pow(1.0015, steps.y()), event->position());
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    // Edges only carry tooltips: a press on one pans like a press on the background.
    if (event->button() == Qt::LeftButton && !nodeAt(event->position().toPoint())) {
        m_panning = true;
        m_dragged = false;
        m_pressPosition = m_lastPosition = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_panning) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint position = event->position().toPoint();
    if ((position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance())
        m_dragged = true;
    const QPoint delta = position - m_lastPosition;
    m_lastPosition = position;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_panning || event->button() != Qt::LeftButton) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    viewport()->setCursor(Qt::OpenHandCursor);
    if (!m_dragged)
        emit backgroundClicked();
    event->accept();
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const GraphNodeItem *node = nodeAt(event->position().toPoint())) {
        emit nodeActivated(node->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

GraphNodeItem *GraphView::nodeAt(const QPoint &position) const
{
    for (QGraphicsItem *item : items(position)) {
        if (item->type() == GraphNodeItem::Type)
            return static_cast<GraphNodeItem *>(item);
    }
    return nullptr;
}

} // namespace uw
