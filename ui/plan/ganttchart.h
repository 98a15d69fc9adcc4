#pragma once

#include "entities.h"

#include <QCoreApplication>
#include <QList>
#include <QModelIndex>
#include <QRectF>
#include <QString>

#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

class QPainter;

namespace uw {

class PlanModel;

/**
 * The geometry and drawing of the plan's timeline, apart from any widget: the Gantt view paints
 * the part it shows with it, and reports and exports draw all of it through render(). Content
 * coordinates: x = 0 is the first minute shown, the time axis is axisHeight() tall above the
 * body, body y = 0 is the top of the first row.
 */
class GanttChart
{
    Q_DECLARE_TR_FUNCTIONS(uw::GanttChart)

public:
    struct Row
    {
        QModelIndex index;
        /** 0 for a phase row. */
        Id stepId = 0;
    };
    enum class Marker { WindowStart, WindowEnd, PointOfNoReturn, P80, PlannedFinish };

    explicit GanttChart(const PlanModel &model);

    /** Every row of the model, phases expanded: what a printed chart shows. */
    static QList<Row> allRows(const PlanModel &model);
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    int rowOfStep(Id stepId) const;

    void setRowHeight(int height);
    int rowHeight() const { return m_rowHeight; }
    int axisHeight() const { return 2 * m_rowHeight + 4; }
    void setPixelsPerMinute(double pixels);
    double pixelsPerMinute() const { return m_pixelsPerMinute; }
    /** Re-reads the time range from the model's analysis; call after it changed. */
    void updateRange();

    double contentWidth() const;
    double bodyHeight() const { return double(m_rows.size()) * m_rowHeight; }
    double xAt(double minutes) const { return (minutes - m_firstMinute) * m_pixelsPerMinute; }
    double minuteAt(double x) const { return m_firstMinute + x / m_pixelsPerMinute; }
    /** -1 outside the rows. */
    int rowAt(double bodyY) const;
    /** The step's bar in body coordinates; empty when the step has no planned times. */
    QRectF barRect(int row) const;
    std::optional<double> markerMinutes(Marker marker) const;
    /** Minutes between two labelled ticks at the current zoom. */
    int tickMinutes() const;

    void paintAxis(QPainter &painter, double x0, double x1) const;
    void paintBody(QPainter &painter, const QRectF &exposed, const std::set<Id> &selected) const;
    /** The whole chart (axis and every row) scaled into target, e.g. for PDF or SVG. */
    void render(QPainter *painter, const QRectF &target) const;
    /** What hovering over a row's bar shows. */
    QString toolTip(int row) const;

private:
    struct LinkLine
    {
        int fromRow;
        int toRow;
        LinkType type;
        bool critical;
    };
    struct Overlay
    {
        double start;
        double finish;
        WindowKind kind;
        QString name;
    };

    QString zone() const;
    QString timeText(double minutes, bool withDay = false) const;
    void rebuildLinks();
    void paintBackground(QPainter &painter, const QRectF &exposed) const;
    void paintLinks(QPainter &painter, int firstRow, int lastRow) const;
    void paintBars(QPainter &painter, int firstRow, int lastRow, const std::set<Id> &selected) const;
    void paintMarkers(QPainter &painter, const QRectF &exposed) const;

    const PlanModel &m_model;
    QList<Row> m_rows;
    std::unordered_map<Id, int> m_rowOfStep;
    std::vector<LinkLine> m_links;
    QList<Overlay> m_overlays;
    int m_rowHeight = 24;
    double m_pixelsPerMinute = 4;
    double m_firstMinute = -15;
    double m_lastMinute = 240;
};

} // namespace uw
