#pragma once

#include "compatibility.h"
#include "ganttchart.h"
#include "plananalysis.h"
#include "report.h"
#include "verdict.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace uw {

class GraphDrawing;
class Project;

/** The plan's Gantt as a report figure: scaled to the page width, its time axis repeated. */
class GanttFigure : public ReportFigure
{
public:
    /**
     * Chooses the zoom so the plan fills width, but never below a legible minimum unless that
     * would take more than a few pages side by side. data and analysis must outlive the figure.
     */
    GanttFigure(const ProjectData &data, const PlanAnalysis &analysis, double width, int dpi);

    QSizeF size() const override;
    double headerHeight() const override;
    void paint(QPainter &painter, const QRectF &source) const override;
    void paintHeader(QPainter &painter, double x0, double x1) const override;
    double cutAbove(double y) const override;

private:
    GanttChart m_chart;
};

/** The dependency graph as a report figure, shrunk onto one page where it stays legible. */
class GraphFigure : public ReportFigure
{
public:
    explicit GraphFigure(const GraphDrawing &drawing);

    QSizeF size() const override;
    void paint(QPainter &painter, const QRectF &source) const override;
    /** Between systems, never through one. */
    double cutAbove(double y) const override;
    double cutLeftOf(double x) const override;
    bool prefersOnePage() const override { return true; }
    double minimumScale() const override { return 0.45; }

private:
    const GraphDrawing &m_drawing;
};

/**
 * What a report is made of, copied from an open project on the thread that owns it, so that the
 * report can be prepared and drawn in a worker thread while the user goes on.
 */
struct ReportRequest
{
    ProjectData data;
    /** With a fixed clock and resolution: a worker must not ask the project or the screens. */
    ReportOptions options;
    /** "Now" for a plan without a window (see PlanAnalysisOptions::clock). */
    QDateTime now;
    /** The plan analysis the window already has, with its simulation; empty to compute one. */
    std::optional<PlanAnalysis> analysis;
    /** Whether the user trusts what the project runs, for the verdict (see TrustStore). */
    bool commandsTrusted = true;
};

/**
 * A snapshot of project for a report with options; analysis when the caller has a complete
 * one of the document as it is (schedule and simulation, the document's own choices). Trust is
 * read from the user's trust store, as the window and the command line read it.
 */
ReportRequest reportRequest(const Project &project, const ReportOptions &options,
                            const PlanAnalysis *analysis = nullptr);

/**
 * Everything a report needs, prepared once: the plan analysis with its simulation, and for the
 * plan report the laid-out graph and the Gantt. Owns its copy of the document, so it may be
 * prepared and rendered in any one thread; the layout waits for Graphviz's dot there.
 */
class ReportSource
{
public:
    enum class Stage { Analysis, Simulation, Layout };
    /** Reports a stage as it starts, and the simulation's runs as they finish. */
    using Progress = std::function<void(Stage stage, int done, int total)>;

    explicit ReportSource(ReportRequest request);
    ~ReportSource();

    /**
     * Analyses, simulates and lays out what the request has not got yet. False with a message
     * when the report cannot be made (no such run) or cancel became true.
     */
    bool prepare(const std::atomic<bool> *cancel, const Progress &progress, QString *error);
    /**
     * The analysis the report shows; complete after prepare(). A run record's plan is the one
     * of the run's window.
     */
    const PlanAnalysis &analysis() const { return m_analysis; }
    /** The plan report's verdict (assessChange()); set by prepare(). */
    const Verdict &verdict() const { return m_verdict; }
    const ReportOptions &options() const { return m_request.options; }
    /** The PDF's title: the change and the kind of report. */
    QString title() const;
    /** Lays out and paints the pages; call after prepare() succeeded. */
    bool render(ReportCanvas &canvas, const ReportWriter::Progress &progress, QString *error);

private:
    bool prepareGraph(const std::atomic<bool> *cancel, QString *error);

    ReportRequest m_request;
    Id m_runId = 0;
    PlanAnalysis m_analysis;
    CompatibilityReport m_compatibility;
    Verdict m_verdict;
    ReportFigures m_figures;
    std::unique_ptr<GanttFigure> m_gantt;
    std::unique_ptr<GraphDrawing> m_drawing;
    std::unique_ptr<GraphFigure> m_graph;
};

/**
 * Writes the prepared source as a PDF file at path, atomically: nothing is left at path when
 * rendering fails or is cancelled through progress.
 */
bool writeReportPdf(ReportSource &source, const QString &path,
                    const ReportWriter::Progress &progress, QString *error);

/**
 * Prepares and writes the report of project as a PDF file at path, on the calling thread; for
 * the command line and tests. False with a message when the report cannot be made, was
 * cancelled through progress, or the file cannot be written.
 */
bool writeReportPdf(const Project &project, const ReportOptions &options, const QString &path,
                    const ReportWriter::Progress &progress, QString *error);

} // namespace uw
