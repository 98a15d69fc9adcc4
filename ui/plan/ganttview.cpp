#include "ganttview.h"

#include "planmodel.h"
#include "project.h"

#include <QApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QTreeView>

#include <cmath>

namespace uw {

GanttView::GanttView(PlanModel *model, QTreeView *table, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
    , m_table(table)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFrameShape(QFrame::NoFrame);
    m_chart.setRowHeight(QFontMetrics(font()).height() + 10);

    connect(model, &QAbstractItemModel::modelReset, this, &GanttView::rebuildRows);
    connect(model, &PlanModel::timelineChanged, this, [this] {
        syncPlan();
        m_chart.updateRange();
        updateScrollBars();
        viewport()->update();
    });
    connect(table, &QTreeView::expanded, this, &GanttView::rebuildRows);
    connect(table, &QTreeView::collapsed, this, &GanttView::rebuildRows);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, viewport(),
            qOverload<>(&QWidget::update));
    rebuildRows();
}

void GanttView::syncPlan()
{
    // The model may have been given another project or analysis since the last time.
    const Project *project = m_model->project();
    m_chart.setPlan(project ? &project->data() : nullptr, m_model->analysis());
}

void GanttView::rebuildRows()
{
    QList<GanttChart::Row> rows;
    for (int phase = 0; phase < m_model->rowCount(); ++phase) {
        const QModelIndex phaseIndex = m_model->index(phase, 0);
        const Phase phaseOfRow = m_model->phaseAt(phaseIndex);
        rows.append({0, phaseOfRow});
        if (!m_table->isExpanded(phaseIndex))
            continue;
        for (int row = 0; row < m_model->rowCount(phaseIndex); ++row)
            rows.append({m_model->stepId(m_model->index(row, 0, phaseIndex)), phaseOfRow});
    }
    syncPlan();
    m_chart.setRows(std::move(rows));
    updateScrollBars();
    viewport()->update();
}

void GanttView::updateScrollBars()
{
    QScrollBar *bar = horizontalScrollBar();
    bar->setRange(0, std::max(0, int(std::ceil(m_chart.contentWidth())) - viewport()->width()));
    bar->setPageStep(viewport()->width());
    bar->setSingleStep(20);
}

QPointF GanttView::toContent(const QPoint &point) const
{
    return {point.x() + double(horizontalScrollBar()->value()),
            point.y() - m_chart.axisHeight() + double(m_table->verticalScrollBar()->value())};
}

int GanttView::rowAtPoint(const QPoint &point) const
{
    if (point.y() < m_chart.axisHeight())
        return -1;
    return m_chart.rowAt(toContent(point).y());
}

int GanttView::barAt(const QPoint &point) const
{
    const int row = rowAtPoint(point);
    const QRectF bar = m_chart.barRect(row);
    if (bar.isEmpty())
        return -1;
    // A little extra around thin bars and diamonds, so that they can be grabbed.
    return bar.adjusted(-4, -4, 8, 4).contains(toContent(point)) ? row : -1;
}

QPoint GanttView::barCentre(Id stepId) const
{
    const QRectF bar = m_chart.barRect(m_chart.rowOfStep(stepId));
    if (bar.isEmpty())
        return {};
    return QPointF(bar.center().x() - horizontalScrollBar()->value(),
                   bar.center().y() + m_chart.axisHeight() - m_table->verticalScrollBar()->value())
        .toPoint();
}

std::optional<int> GanttView::markerX(GanttChart::Marker marker) const
{
    const auto minutes = m_chart.markerMinutes(marker);
    if (!minutes)
        return std::nullopt;
    return int(std::lround(m_chart.xAt(*minutes) - horizontalScrollBar()->value()));
}

void GanttView::scrollToMarker(GanttChart::Marker marker)
{
    if (const auto minutes = m_chart.markerMinutes(marker))
        horizontalScrollBar()->setValue(int(m_chart.xAt(*minutes)) - viewport()->width() / 2);
}

void GanttView::scrollToStep(Id stepId)
{
    const QRectF bar = m_chart.barRect(m_chart.rowOfStep(stepId));
    if (bar.isEmpty())
        return;
    const int left = horizontalScrollBar()->value();
    if (bar.left() < left || bar.right() > left + viewport()->width())
        horizontalScrollBar()->setValue(int(bar.left()) - 40);
}

std::set<Id> GanttView::selectedSteps() const
{
    std::set<Id> steps;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const Id id = m_model->stepId(index))
            steps.insert(id);
    return steps;
}

void GanttView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const int axis = m_chart.axisHeight();
    const double left = horizontalScrollBar()->value();
    const double top = m_table->verticalScrollBar()->value();
    const QRect exposed = event->rect();

    painter.save();
    painter.setClipRect(QRect(0, axis, viewport()->width(), viewport()->height() - axis));
    painter.translate(-left, axis - top);
    const QRectF body(left + exposed.left(), top + std::max(0, exposed.top() - axis),
                      exposed.width(), exposed.height());
    m_chart.paintBody(painter, body, selectedSteps());
    if (m_dragging && m_dragFromRow >= 0) {
        const QRectF from = m_chart.barRect(m_dragFromRow);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 2, Qt::DashLine));
        painter.drawLine(QPointF(from.right(), from.center().y()), toContent(m_dragPoint));
    }
    painter.restore();

    painter.setClipRect(QRect(0, 0, viewport()->width(), axis));
    painter.translate(-left, 0);
    m_chart.paintAxis(painter, left, left + viewport()->width());
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_fitPending && isVisible()) {
        m_fitPending = false;
        zoomToFit();
    }
}

void GanttView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        zoomToFit();
    }
}

void GanttView::fitWhenShown()
{
    m_fitPending = !isVisible();
    if (!m_fitPending)
        zoomToFit();
}

void GanttView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool GanttView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = barAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_chart.toolTip(row), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GanttView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint point = event->position().toPoint();
    const int row = rowAtPoint(point);
    m_pressPoint = point;
    m_dragFromRow = barAt(point);
    m_dragging = false;
    if (row < 0)
        return;
    const GanttChart::Row &chosen = m_chart.rows()[row];
    const QModelIndex index = chosen.stepId ? m_model->indexOfStep(chosen.stepId)
                                            : m_model->indexOfPhase(chosen.phase);
    const auto flags = QItemSelectionModel::Rows
                       | (event->modifiers() & Qt::ControlModifier
                              ? QItemSelectionModel::Toggle
                              : QItemSelectionModel::ClearAndSelect);
    m_table->selectionModel()->setCurrentIndex(index, flags);
}

void GanttView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (m_dragFromRow < 0 || !(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    if (!m_dragging && (point - m_pressPoint).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    m_dragPoint = point;
    if (m_dragging)
        viewport()->update();
}

void GanttView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (m_dragging && m_dragFromRow >= 0) {
        const int target = rowAtPoint(point);
        const Id from = m_chart.rows()[m_dragFromRow].stepId;
        const Id to = target >= 0 ? m_chart.rows()[target].stepId : 0;
        if (from && to && from != to)
            emit linkRequested(from, to);
    }
    m_dragging = false;
    m_dragFromRow = -1;
    viewport()->update();
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void GanttView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = barAt(event->position().toPoint());
    if (row >= 0)
        emit stepActivated(m_chart.rows()[row].stepId);
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomAround(std::pow(1.25, steps), event->position().x());
        return;
    }
    if (event->angleDelta().y() != 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        QApplication::sendEvent(m_table->verticalScrollBar(), event);
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GanttView::zoomAround(double factor, double viewportX)
{
    const double minute = m_chart.minuteAt(viewportX + horizontalScrollBar()->value());
    m_chart.setPixelsPerMinute(m_chart.pixelsPerMinute() * factor);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(m_chart.xAt(minute) - viewportX)));
    viewport()->update();
    emit zoomChanged();
}

void GanttView::zoomIn()
{
    zoomAround(1.5, viewport()->width() / 2.0);
}

void GanttView::zoomOut()
{
    zoomAround(1 / 1.5, viewport()->width() / 2.0);
}

void GanttView::zoomToFit()
{
    const double minutes = m_chart.minuteAt(m_chart.contentWidth() - 200) - m_chart.minuteAt(0);
    if (minutes <= 0)
        return;
    m_chart.setPixelsPerMinute((viewport()->width() - 220) / minutes);
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    emit zoomChanged();
}

} // namespace uw
