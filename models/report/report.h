#pragma once

#include "clock.h"
#include "entities.h"
#include "reportwriter.h"

#include <QLocale>
#include <QPageSize>

#include <functional>

namespace uw {

struct CompatibilityReport;
struct PlanAnalysis;
struct Verdict;

enum class ReportKind {
    /** For approval: scope, compatibility, graph, schedule, rollback, readiness, people. */
    Plan,
    /** What happened in one run: actual vs planned, decisions, failures, KPIs, audit. */
    Run,
};

struct ReportOptions
{
    ReportKind kind = ReportKind::Plan;
    /** The run a run record describes; 0 for the latest run. */
    Id runId = 0;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    /** Source of the generation time printed on every page; injectable for tests. */
    Clock clock = systemNow;
    QLocale locale;
    /**
     * Resolution of the report's units; 0 for reportDpi(). Set it when rendering in a worker
     * thread, which must not ask the screens.
     */
    int dpi = 0;
};

/** The figures a report shows; any may be missing. The figures must outlive the rendering. */
struct ReportFigures
{
    const ReportFigure *dependencyGraph = nullptr;
    /** Said under the graph, e.g. why it could not be laid out; empty when nothing to say. */
    QString dependencyGraphNote;
    const ReportFigure *gantt = nullptr;
    /**
     * The hook for the run record's metric charts: charts drawn by a richer renderer. When
     * empty, the report draws simple line charts of the stored samples (metricLineCharts()).
     */
    QList<const ReportFigure *> metricCharts;
};

/** Translated name of a kind, as the page headers show it. */
QString reportKindName(ReportKind kind);

/** runId when the file has that run; the latest run for 0; 0 when there is none. */
Id reportedRunId(const ProjectData &data, Id runId);

/**
 * Resolution of the report's units: the screen's logical DPI, so that the views draw exactly
 * as they measure themselves on screen; 96 without a screen.
 */
int reportDpi();

/**
 * The composition of a plan report: it leads with verdict (assessChange() of data, analysis and
 * compatibility) and shows its figures. The arguments must outlive the returned function.
 */
std::function<void(ReportWriter &)> planReport(const ProjectData &data,
                                               const PlanAnalysis &analysis, const Verdict &verdict,
                                               const CompatibilityReport &compatibility,
                                               const ReportFigures &figures,
                                               const ReportOptions &options);

/**
 * The composition of the record of run runId (which must exist); analysis gives the plan the
 * run is compared with. data and analysis must outlive the returned function.
 */
std::function<void(ReportWriter &)> runReport(const ProjectData &data, const PlanAnalysis &analysis,
                                              Id runId, const ReportFigures &figures,
                                              const ReportOptions &options);

/**
 * Lays out composition on pages of options' size with header, footer and contents, and paints
 * it on canvas. False with a message when cancelled through progress or the canvas failed.
 */
bool renderReport(const ProjectData &data, const std::function<void(ReportWriter &)> &composition,
                  const ReportOptions &options, ReportCanvas &canvas,
                  const ReportWriter::Progress &progress, QString *error);

} // namespace uw
