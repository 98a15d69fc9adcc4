#pragma once

#include "runstate.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace uw {

/** One step on the run timeline: where the plan put it and where it actually is. */
struct RunTimelineRow
{
    Id stepId = 0;
    QString title;
    /** Invalid when the plan has no time for the step. */
    QDateTime plannedStartUtc;
    QDateTime plannedFinishUtc;
    /** Actual where known, projected otherwise (see StepForecast). */
    QDateTime startUtc;
    QDateTime finishUtc;
    StepRunState state = StepRunState::Pending;
    /** The bar is work still to come (a failed step's is its retry), not what happened. */
    bool projected = false;
};

/**
 * The runbook in run mode as a compact Gantt: per step a thin planned bar above the actual (or
 * projected) one, the drift in minutes beside it, a now-line, the window end and the point of no
 * return. The time axis fits the widget's width, so the whole run is always in view.
 */
class RunTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit RunTimeline(QWidget *parent = nullptr);

    void setRows(QList<RunTimelineRow> rows, const QString &zone);
    void setMarkers(const QDateTime &nowUtc, const QDateTime &windowEndUtc,
                    const QDateTime &pointOfNoReturnUtc);
    const QList<RunTimelineRow> &rows() const { return m_rows; }
    /** Draws the timeline into target's size, for the page and for reports. */
    void render(QPainter *painter, const QRectF &target) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Range
    {
        QDateTime first;
        double minutes = 1;
    };
    Range timeRange() const;
    /** A marker line (window end, point of no return, now) and where its label goes. */
    struct PlacedMarker
    {
        double x = 0;
        QRectF labelBox;
        QString label;
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
    };
    QList<PlacedMarker> placeMarkers(const Range &range, double left, double right,
                                     const QFont &font) const;
    /** Tick labels that a marker's label would cover are left out. */
    void paintAxis(QPainter &painter, const Range &range, double left, double right, double bottom,
                   const QList<PlacedMarker> &markers) const;
    void paintRow(QPainter &painter, const RunTimelineRow &row, double top, const Range &range,
                  double left, double right) const;
    static void paintMarkers(QPainter &painter, const QList<PlacedMarker> &markers,
                             const QFont &font, double bottom);

    QList<RunTimelineRow> m_rows;
    QString m_zone = QStringLiteral("UTC");
    QDateTime m_nowUtc;
    QDateTime m_windowEndUtc;
    QDateTime m_pointOfNoReturnUtc;
    int m_rowHeight = 30;
    int m_axisHeight = 34;
    int m_labelWidth = 240;
};

} // namespace uw
