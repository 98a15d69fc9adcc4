#pragma once

#include "entities.h"

#include <QGraphicsView>

namespace uw {

class GraphNodeItem;

/**
 * A canvas over the graph scene: drag the background to pan, wheel or pinch to zoom around the
 * pointer. A click on the background (without dragging) and a double-click on a node are
 * reported, so that the page decides what they mean.
 */
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    /** Scales by factor, keeping the scene point under anchor (viewport coordinates) in place. */
    void zoomBy(qreal factor, const QPointF &anchor);
    void zoomBy(qreal factor);
    qreal zoom() const;
    /** Below this zoom the systems' names are too small to read. */
    static constexpr qreal readableZoom = 0.75;

    /**
     * Shows all of rect, never enlarging beyond a readable maximum nor shrinking below
     * minimum; when rect does not fit at minimum, its centre is shown.
     */
    void fit(const QRectF &rect, qreal minimum = 0);
    /** The zoom at which all of rect would fit. */
    qreal fitZoom(const QRectF &rect) const;
    /** Centres rect, zooming out only if it does not fit at the current zoom. */
    void focusOn(const QRectF &rect);
    /** The drawing's extent; the canvas reaches beyond it so that any node can be centred. */
    void setGraphBounds(const QRectF &bounds);

signals:
    void backgroundClicked();
    void nodeActivated(uw::Id id);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    GraphNodeItem *nodeAt(const QPoint &position) const;
    void setZoom(qreal zoom, const QPointF &anchor);

    bool m_panning = false;
    bool m_dragged = false;
    QPoint m_pressPosition;
    QPoint m_lastPosition;
};

} // namespace uw
