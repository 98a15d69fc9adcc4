#pragma once

#include "ganttchart.h"

#include <QAbstractScrollArea>
#include <QPointer>

class QItemSelectionModel;
class QTreeView;

namespace uw {

class PlanModel;

/**
 * The plan's Gantt timeline beside the step table: it shows the rows the table shows (phases
 * collapse together), scrolls with it, and shares its selection. Drag from one bar to another
 * to link the steps; Ctrl+wheel zooms around the pointer.
 */
class GanttView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    GanttView(PlanModel *model, QTreeView *table, QWidget *parent = nullptr);

    GanttChart &chart() { return m_chart; }
    const GanttChart &chart() const { return m_chart; }
    /** Centre of a step's bar in viewport coordinates; null when it has no bar. */
    QPoint barCentre(Id stepId) const;
    /** x of a marker in viewport coordinates; nullopt when the plan has no such marker. */
    std::optional<int> markerX(GanttChart::Marker marker) const;
    void scrollToMarker(GanttChart::Marker marker);
    void scrollToStep(Id stepId);

    void zoomIn();
    void zoomOut();
    /** Fits the whole plan (window and markers) into the visible width. */
    void zoomToFit();
    /** Fits once the view has its real size (a page built hidden has none yet). */
    void fitWhenShown();
    /**
     * Re-reads the rows the table shows, in one pass. The view follows each expand and
     * collapse by itself; call it after changing many phases with the table's signals blocked.
     */
    void rebuildRows();

signals:
    /** The user dragged from predecessorId's bar to successorId's. */
    void linkRequested(Id predecessorId, Id successorId);
    void stepActivated(Id stepId);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void syncPlan();
    void updateScrollBars();
    void zoomAround(double factor, double viewportX);
    QPointF toContent(const QPoint &viewportPoint) const;
    /** The row whose bar is under the point, or -1. */
    int barAt(const QPoint &viewportPoint) const;
    int rowAtPoint(const QPoint &viewportPoint) const;
    std::set<Id> selectedSteps() const;

    PlanModel *m_model;
    QPointer<QTreeView> m_table;
    GanttChart m_chart;
    int m_dragFromRow = -1;
    QPoint m_pressPoint;
    QPoint m_dragPoint;
    bool m_dragging = false;
    bool m_fitPending = false;
};

} // namespace uw
