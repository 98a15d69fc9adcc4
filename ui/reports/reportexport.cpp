#include "reportexport.h"

#include "compatibility.h"
#include "ganttchart.h"
#include "graphlayout.h"
#include "graphscene.h"
#include "planmodel.h"
#include "project.h"
#include "reportcanvas.h"

#include <QCoreApplication>
#include <QEventLoop>
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

} // namespace

GanttFigure::GanttFigure(const PlanModel &model, double width, int dpi)
    : m_chart(std::make_unique<GanttChart>(model))
{
    m_chart->setRows(GanttChart::allRows(model));
    m_chart->setRowHeight(qRound(13.5 * dpi / 72));
    m_chart->setPixelsPerMinute(1);
    m_chart->updateRange();
    const double minutes = std::max(1.0, m_chart->contentWidth() - labelRoom);
    const double fitting = (width - labelRoom) / minutes;
    const double widest = (maxPagesSideBySide * width - labelRoom) / minutes;
    m_chart->setPixelsPerMinute(std::max(fitting, std::min(legiblePixelsPerMinute, widest)));
}

GanttFigure::~GanttFigure() = default;

QSizeF GanttFigure::size() const
{
    return {m_chart->contentWidth(), m_chart->axisHeight() + m_chart->bodyHeight()};
}

double GanttFigure::headerHeight() const
{
    return m_chart->axisHeight();
}

void GanttFigure::paint(QPainter &painter, const QRectF &source) const
{
    painter.translate(0, m_chart->axisHeight());
    m_chart->paintBody(painter, source.translated(0, -m_chart->axisHeight()), {});
}

void GanttFigure::paintHeader(QPainter &painter, double x0, double x1) const
{
    m_chart->paintAxis(painter, x0, x1);
}

double GanttFigure::cutAbove(double y) const
{
    const double header = m_chart->axisHeight();
    const double rowHeight = m_chart->rowHeight();
    return header + std::floor(std::max(0.0, y - header) / rowHeight) * rowHeight;
}

GraphFigure::GraphFigure(GraphScene &scene)
    : m_scene(scene)
{}

QSizeF GraphFigure::size() const
{
    return m_scene.graphBounds().size();
}

void GraphFigure::paint(QPainter &painter, const QRectF &) const
{
    m_scene.render(&painter, QRectF(QPointF(), size()));
}

ReportSource::ReportSource(Project &project, const ReportOptions &options)
    : m_project(project)
    , m_options(options)
{
    const ProjectData &data = project.data();
    if (options.kind == ReportKind::Run) {
        m_runId = reportedRunId(data, options.runId);
        if (!m_runId) {
            m_problem = options.runId
                            ? ReportExportText::tr("The file has no run %1.").arg(options.runId)
                            : ReportExportText::tr("The file has no run yet: record a rehearsal "
                                                   "or production run first.");
            return;
        }
    }
    PlanAnalysisOptions analysisOptions;
    analysisOptions.clock = fixedClock(project.now());
    m_analysis = analysePlan(data, analysisOptions);
    if (m_analysis.schedule.valid)
        simulatePlan(data, analysisOptions, m_analysis);
    if (options.kind == ReportKind::Plan) {
        m_planModel = std::make_unique<PlanModel>();
        m_planModel->setProject(&project);
        m_planModel->setAnalysis(&m_analysis);
        if (m_analysis.schedule.valid) {
            const double width = ReportWriter::contentWidth(QPageSize(options.pageSize),
                                                            reportDpi());
            m_gantt = std::make_unique<GanttFigure>(*m_planModel, width, reportDpi());
            m_figures.gantt = m_gantt.get();
        }
        prepareGraph();
    }
}

ReportSource::~ReportSource() = default;

void ReportSource::prepareGraph()
{
    const ProjectData &data = m_project.data();
    if (data.systems.empty())
        return;
    m_scene = std::make_unique<GraphScene>();
    m_scene->sync(data, checkCompatibility(data));
    GraphLayouter layouter;
    QEventLoop loop;
    QObject::connect(&layouter, &GraphLayouter::finished, &loop,
                     [this, &loop](const GraphLayout &layout) {
                         m_scene->applyLayout(layout);
                         loop.quit();
                     });
    QObject::connect(&layouter, &GraphLayouter::failed, &loop, [this, &loop](const QString &message) {
        m_figures.dependencyGraphNote = ReportExportText::tr(
                                            "The graph could not be laid out (%1); its "
                                            "systems are shown in rows instead.")
                                            .arg(message);
        loop.quit();
    });
    layouter.start(data, m_scene->nodeSizes());
    loop.exec();
    m_graph = std::make_unique<GraphFigure>(*m_scene);
    m_figures.dependencyGraph = m_graph.get();
}

bool ReportSource::render(ReportCanvas &canvas, const ReportWriter::Progress &progress,
                          QString *error)
{
    if (!m_problem.isEmpty()) {
        *error = m_problem;
        return false;
    }
    const ProjectData &data = m_project.data();
    const auto composition = m_options.kind == ReportKind::Plan
                                 ? planReport(data, m_analysis, m_figures, m_options)
                                 : runReport(data, m_analysis, m_runId, m_figures, m_options);
    return renderReport(data, composition, m_options, canvas, progress, error);
}

bool writeReportPdf(Project &project, const ReportOptions &options, const QString &path,
                    const ReportWriter::Progress &progress, QString *error)
{
    ReportSource source(project, options);
    if (!source.problem().isEmpty()) {
        *error = source.problem();
        return false;
    }
    PdfReportCanvas canvas(path, QPageSize(options.pageSize), reportDpi(),
                           ReportExportText::tr("%1 \u2014 %2")
                               .arg(project.change().title, reportKindName(options.kind)));
    if (!canvas.open(error))
        return false;
    return source.render(canvas, progress, error);
}

} // namespace uw
