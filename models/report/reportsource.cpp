#include "reportsource.h"

#include "compatibility.h"
#include "graphdrawing.h"
#include "graphlayout.h"
#include "project.h"
#include "reportcanvas.h"
#include "trust.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

class ReportExportText
{
    Q_DECLARE_TR_FUNCTIONS(uw::ReportExport)
};

/** Below this a five-minute step is too thin to see on paper. */
constexpr double legiblePixelsPerMinute = 1.5;
/** A long plan is squeezed rather than spread over more pages side by side than this. */
constexpr int maxPagesSideBySide = 4;
/** Room the chart keeps right of the last bar for its label. */
constexpr double labelRoom = 200;

QString cancelledMessage()
{
    return ReportExportText::tr("The report was cancelled.");
}

} // namespace

GanttFigure::GanttFigure(const ProjectData &data, const PlanAnalysis &analysis, double width,
                         int dpi)
{
    m_chart.setPlan(&data, &analysis);
    m_chart.setRows(GanttChart::allRows(data));
    m_chart.setRowHeight(qRound(13.5 * dpi / 72));
    m_chart.setPixelsPerMinute(1);
    m_chart.updateRange();
    const double minutes = std::max(1.0, m_chart.contentWidth() - labelRoom);
    const double fitting = (width - labelRoom) / minutes;
    const double widest = (maxPagesSideBySide * width - labelRoom) / minutes;
    m_chart.setPixelsPerMinute(std::max(fitting, std::min(legiblePixelsPerMinute, widest)));
}

QSizeF GanttFigure::size() const
{
    return {m_chart.contentWidth(), m_chart.axisHeight() + m_chart.bodyHeight()};
}

double GanttFigure::headerHeight() const
{
    return m_chart.axisHeight();
}

void GanttFigure::paint(QPainter &painter, const QRectF &source) const
{
    painter.translate(0, m_chart.axisHeight());
    m_chart.paintBody(painter, source.translated(0, -m_chart.axisHeight()), {});
}

void GanttFigure::paintHeader(QPainter &painter, double x0, double x1) const
{
    m_chart.paintAxis(painter, x0, x1);
}

double GanttFigure::cutAbove(double y) const
{
    const double header = m_chart.axisHeight();
    const double rowHeight = m_chart.rowHeight();
    return header + std::floor(std::max(0.0, y - header) / rowHeight) * rowHeight;
}

GraphFigure::GraphFigure(const GraphDrawing &drawing)
    : m_drawing(drawing)
{}

QSizeF GraphFigure::size() const
{
    return m_drawing.bounds().size();
}

void GraphFigure::paint(QPainter &painter, const QRectF &) const
{
    m_drawing.paint(painter);
}

double GraphFigure::cutAbove(double y) const
{
    return m_drawing.cutBefore(y, Qt::Vertical);
}

double GraphFigure::cutLeftOf(double x) const
{
    return m_drawing.cutBefore(x, Qt::Horizontal);
}

ReportRequest reportRequest(const Project &project, const ReportOptions &options,
                            const PlanAnalysis *analysis)
{
    ReportRequest request;
    request.data = project.data();
    request.now = project.now();
    request.options = options;
    // The generation time is read once, here: the worker must not call into the project.
    request.options.clock = fixedClock(options.clock ? options.clock() : request.now);
    if (request.options.dpi <= 0)
        request.options.dpi = reportDpi();
    if (analysis)
        request.analysis = *analysis;
    request.commandsTrusted = TrustStore().isTrusted(project.filePath(), request.data);
    return request;
}

ReportSource::ReportSource(ReportRequest request)
    : m_request(std::move(request))
{}

ReportSource::~ReportSource() = default;

QString ReportSource::title() const
{
    return ReportExportText::tr("%1 \u2014 %2")
        .arg(m_request.data.change.title, reportKindName(m_request.options.kind));
}

bool ReportSource::prepare(const std::atomic<bool> *cancel, const Progress &progress, QString *error)
{
    const ProjectData &data = m_request.data;
    const ReportOptions &options = m_request.options;
    const auto cancelled = [&] {
        if (!cancel || !*cancel)
            return false;
        *error = cancelledMessage();
        return true;
    };
    const auto report = [&](Stage stage, int done, int total) {
        if (progress)
            progress(stage, done, total);
    };
    if (options.kind == ReportKind::Run) {
        m_runId = reportedRunId(data, options.runId);
        if (!m_runId) {
            *error = options.runId
                         ? ReportExportText::tr("The file has no run %1.").arg(options.runId)
                         : ReportExportText::tr("The file has no run yet: record a rehearsal "
                                                "or production run first.");
            return false;
        }
    }
    PlanAnalysisOptions analysisOptions;
    analysisOptions.clock = fixedClock(m_request.now);
    // A run is compared with the plan of its own window, which need not be the next one.
    if (m_runId)
        analysisOptions.windowId = data.runs.at(m_runId).windowId;
    const bool reusable = m_request.analysis
                          && (!analysisOptions.windowId
                              || m_request.analysis->window.id == analysisOptions.windowId);
    if (reusable) {
        m_analysis = *m_request.analysis;
    } else {
        report(Stage::Analysis, 0, 1);
        m_analysis = analysePlan(data, analysisOptions);
    }
    if (m_analysis.schedule.valid && !m_analysis.simulation.valid) {
        report(Stage::Simulation, 0, analysisOptions.iterations);
        simulatePlan(data, analysisOptions, m_analysis, cancel,
                     [&](int done, int total) { report(Stage::Simulation, done, total); });
    }
    if (cancelled())
        return false;
    if (options.kind == ReportKind::Plan) {
        m_compatibility = checkCompatibility(data);
        m_verdict = assessChange(data, m_analysis, m_compatibility,
                                 {m_request.now, m_request.commandsTrusted});
        if (m_analysis.schedule.valid) {
            const double width = ReportWriter::contentWidth(QPageSize(options.pageSize),
                                                            options.dpi);
            m_gantt = std::make_unique<GanttFigure>(data, m_analysis, width, options.dpi);
            m_figures.gantt = m_gantt.get();
        }
        report(Stage::Layout, 0, 1);
        if (!prepareGraph(cancel, error))
            return false;
    }
    return !cancelled();
}

bool ReportSource::prepareGraph(const std::atomic<bool> *cancel, QString *error)
{
    const ProjectData &data = m_request.data;
    if (data.systems.empty())
        return true;
    m_drawing = std::make_unique<GraphDrawing>(data, m_compatibility);
    GraphLayout layout;
    QString message;
    if (layoutDependencyGraph(data, m_drawing->nodeSizes(), &layout, &message, cancel)) {
        m_drawing->applyLayout(layout);
    } else if (cancel && *cancel) {
        *error = cancelledMessage();
        return false;
    } else {
        m_figures.dependencyGraphNote = ReportExportText::tr(
                                            "The graph could not be laid out (%1); its "
                                            "systems are shown in rows instead.")
                                            .arg(message);
    }
    m_graph = std::make_unique<GraphFigure>(*m_drawing);
    m_figures.dependencyGraph = m_graph.get();
    return true;
}

bool ReportSource::render(ReportCanvas &canvas, const ReportWriter::Progress &progress,
                          QString *error)
{
    const ProjectData &data = m_request.data;
    const ReportOptions &options = m_request.options;
    const auto composition = options.kind == ReportKind::Plan
                                 ? planReport(data, m_analysis, m_verdict, m_compatibility,
                                              m_figures, options)
                                 : runReport(data, m_analysis, m_runId, m_figures, options);
    return renderReport(data, composition, options, canvas, progress, error);
}

bool writeReportPdf(ReportSource &source, const QString &path,
                    const ReportWriter::Progress &progress, QString *error)
{
    const ReportOptions &options = source.options();
    PdfReportCanvas canvas(path, QPageSize(options.pageSize),
                           options.dpi > 0 ? options.dpi : reportDpi(), source.title());
    if (!canvas.open(error))
        return false;
    return source.render(canvas, progress, error);
}

bool writeReportPdf(const Project &project, const ReportOptions &options, const QString &path,
                    const ReportWriter::Progress &progress, QString *error)
{
    ReportSource source(reportRequest(project, options));
    if (!source.prepare(nullptr, {}, error))
        return false;
    return writeReportPdf(source, path, progress, error);
}

} // namespace uw
