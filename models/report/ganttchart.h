#pragma once

#include "entities.h"
#include "plananalysis.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

class QPainter;

namespace uw {

/**
 * The geometry and drawing of the plan's timeline, apart from any widget and any item model:
 * the Gantt view paints the part it shows with it, and reports draw all of it, also in a worker
 * thread and without a display. It reads a document and its analysis, which the caller owns.
 * Content coordinates: x = 0 is the first minute shown, the time axis is axisHeight() tall
 * above the body, body y = 0 is the top of the first row.
 */
class GanttChart
{
    Q_DECLARE_TR_FUNCTIONS(uw::GanttChart)

public:
    struct Row
    {
        /** 0 for a phase row. */
        Id stepId = 0;
        Phase phase = Phase::Prepare;
    };
    using Bar = StepBar;
    enum class Marker { WindowStart, WindowEnd, PointOfNoReturn, P80, PlannedFinish };

    GanttChart() = default;

    /**
     * What the chart draws; both must outlive the chart (or the next call). Call updateRange()
     * or setRows() after either changed.
     */
    void setPlan(const ProjectData *data, const PlanAnalysis *analysis);
    /** Every phase that has steps, each followed by its steps in runbook order, as printed. */
    static QList<Row> allRows(const ProjectData &data);
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    int rowOfStep(Id stepId) const;

    void setRowHeight(int height);
    int rowHeight() const { return m_rowHeight; }
    int axisHeight() const { return 2 * m_rowHeight + 4; }
    void setPixelsPerMinute(double pixels);
    double pixelsPerMinute() const { return m_pixelsPerMinute; }
    /** Re-reads bars, links and the time range from the analysis; call after it changed. */
    void updateRange();

    double contentWidth() const;
    double bodyHeight() const { return double(m_rows.size()) * m_rowHeight; }
    double xAt(double minutes) const { return (minutes - m_firstMinute) * m_pixelsPerMinute; }
    double minuteAt(double x) const { return m_firstMinute + x / m_pixelsPerMinute; }
    /** -1 outside the rows. */
    int rowAt(double bodyY) const;
    /** The step's bar in body coordinates; empty when the step has no planned times. */
    QRectF barRect(int row) const;
    /** nullptr for a disabled step or when there is no valid schedule. */
    const Bar *bar(Id stepId) const;
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
    void rebuildBars();
    QString timeText(double minutes, bool withDay = false) const;
    void rebuildLinks();
    void paintBackground(QPainter &painter, const QRectF &exposed) const;
    void paintLinks(QPainter &painter, int firstRow, int lastRow) const;
    /** A marker's vertical line in the chart, with its style and label. */
    struct MarkerLine
    {
        Marker marker;
        double x = 0;
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        double width = 1;
        QString label;
    };
    /** The markers within reach of exposed, in the order their labels stack. */
    QList<MarkerLine> markerLines(const QRectF &exposed) const;
    /** Step titles that a marker line crosses get a backing, so the line never runs through. */
    void paintBars(QPainter &painter, int firstRow, int lastRow, const std::set<Id> &selected,
                   const QList<MarkerLine> &markers) const;
    static void paintMarkerLines(QPainter &painter, const QList<MarkerLine> &markers,
                                 const QRectF &exposed);
    void paintMarkerLabels(QPainter &painter, const QList<MarkerLine> &markers,
                           const QRectF &exposed) const;

    const ProjectData *m_data = nullptr;
    const PlanAnalysis *m_analysis = nullptr;
    QList<Row> m_rows;
    std::unordered_map<Id, Bar> m_bars;
    /** Each phase's span of bars, for the bracket on its row (its steps may be collapsed). */
    std::map<Phase, std::pair<double, double>> m_phaseSpans;
    std::unordered_map<Id, int> m_rowOfStep;
    std::vector<LinkLine> m_links;
    QList<Overlay> m_overlays;
    int m_rowHeight = 24;
    double m_pixelsPerMinute = 4;
    double m_firstMinute = -15;
    double m_lastMinute = 240;
};

} // namespace uw
