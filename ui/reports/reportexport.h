#pragma once

#include "plananalysis.h"
#include "report.h"

#include <memory>

namespace uw {

class GanttChart;
class GraphScene;
class PlanModel;
class Project;

/** The plan's Gantt as a report figure: scaled to the page width, its time axis repeated. */
class GanttFigure : public ReportFigure
{
public:
    /**
     * Chooses the zoom so the plan fills width, but never below a legible minimum unless that
     * would take more than a few pages side by side.
     */
    GanttFigure(const PlanModel &model, double width, int dpi);
    ~GanttFigure() override;

    QSizeF size() const override;
    double headerHeight() const override;
    void paint(QPainter &painter, const QRectF &source) const override;
    void paintHeader(QPainter &painter, double x0, double x1) const override;
    double cutAbove(double y) const override;

private:
    std::unique_ptr<GanttChart> m_chart;
};

/** The dependency graph as a report figure, shrunk onto one page where it stays legible. */
class GraphFigure : public ReportFigure
{
public:
    explicit GraphFigure(GraphScene &scene);

    QSizeF size() const override;
    void paint(QPainter &painter, const QRectF &source) const override;
    bool prefersOnePage() const override { return true; }
    double minimumScale() const override { return 0.45; }

private:
    GraphScene &m_scene;
};

/**
 * Everything a report of an open project needs, prepared once: the plan analysis with its
 * simulation, and for the plan report the laid-out graph and the Gantt. Preparing lays out the
 * graph with Graphviz in a separate process and waits for it in a local event loop.
 */
class ReportSource
{
public:
    ReportSource(Project &project, const ReportOptions &options);
    ~ReportSource();

    /** Empty when the report can be made; otherwise why not (no such run), for people. */
    QString problem() const { return m_problem; }
    bool render(ReportCanvas &canvas, const ReportWriter::Progress &progress, QString *error);

private:
    void prepareGraph();

    Project &m_project;
    ReportOptions m_options;
    Id m_runId = 0;
    QString m_problem;
    PlanAnalysis m_analysis;
    ReportFigures m_figures;
    std::unique_ptr<PlanModel> m_planModel;
    std::unique_ptr<GanttFigure> m_gantt;
    std::unique_ptr<GraphScene> m_scene;
    std::unique_ptr<GraphFigure> m_graph;
};

/**
 * Writes the report of project as a PDF file at path (atomically). False with a message when
 * the report cannot be made, was cancelled through progress, or the file cannot be written.
 */
bool writeReportPdf(Project &project, const ReportOptions &options, const QString &path,
                    const ReportWriter::Progress &progress, QString *error);

} // namespace uw
