#include "ganttchart.h"

#include "enumkeys.h"
#include "plananalysis.h"
#include "planedits.h"
#include "zonedtime.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace uw {
namespace {

/** Tick spacings a person reads easily, from five minutes to a day. */
constexpr std::array<int, 10> tickChoices{5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
constexpr double minimumTickPixels = 64;

} // namespace

void GanttChart::setPlan(const ProjectData *data, const PlanAnalysis *analysis)
{
    m_data = data;
    m_analysis = analysis;
}

QList<GanttChart::Row> GanttChart::allRows(const ProjectData &data)
{
    // The order of the Plan page's table, from the one function both use.
    QList<Row> rows;
    rows.reserve(qsizetype(data.steps.size()) + plan::phaseOrder().size());
    for (const plan::PhaseSteps &phase : plan::runbookOrder(data)) {
        rows.append({0, phase.phase});
        for (const Id stepId : phase.steps)
            rows.append({stepId, phase.phase});
    }
    return rows;
}

void GanttChart::setRows(QList<Row> rows)
{
    m_rows = std::move(rows);
    m_rowOfStep.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].stepId)
            m_rowOfStep[m_rows[row].stepId] = row;
    }
    updateRange();
}

int GanttChart::rowOfStep(Id stepId) const
{
    const auto found = m_rowOfStep.find(stepId);
    return found == m_rowOfStep.end() ? -1 : found->second;
}

void GanttChart::setRowHeight(int height)
{
    m_rowHeight = std::max(12, height);
}

void GanttChart::setPixelsPerMinute(double pixels)
{
    m_pixelsPerMinute = std::clamp(pixels, 0.02, 40.0);
}

void GanttChart::updateRange()
{
    m_firstMinute = -15;
    m_lastMinute = 60;
    rebuildBars();
    const PlanAnalysis *analysis = m_analysis;
    m_overlays.clear();
    if (analysis) {
        for (const Marker marker :
             {Marker::WindowEnd, Marker::PointOfNoReturn, Marker::P80, Marker::PlannedFinish}) {
            if (const auto minutes = markerMinutes(marker))
                m_lastMinute = std::max(m_lastMinute, *minutes);
        }
        m_lastMinute = std::max(m_lastMinute, analysis->schedule.lastExecuteFinishMinutes
                                                  + analysis->schedule.rollbackMinutes);
        if (analysis->simulation.valid)
            m_lastMinute = std::max(m_lastMinute, analysis->simulation.p95Minutes);
        m_lastMinute += 15;
        const Schedule &schedule = analysis->schedule;
        if (m_data && schedule.startUtc.isValid()) {
            for (const auto &[id, window] : m_data->windows) {
                if (window.windowKind == WindowKind::Maintenance)
                    continue;
                const double start = schedule.startUtc.secsTo(window.startUtc) / 60.0;
                const double finish = schedule.startUtc.secsTo(window.endUtc) / 60.0;
                if (finish > m_firstMinute && start < m_lastMinute)
                    m_overlays.append({start, finish, window.windowKind, window.name});
            }
        }
    }
    rebuildLinks();
}

void GanttChart::rebuildBars()
{
    m_bars = m_analysis ? stepBars(*m_analysis) : std::unordered_map<Id, Bar>();
    m_phaseSpans.clear();
    if (!m_data)
        return;
    for (const auto &[id, bar] : m_bars) {
        const auto step = m_data->steps.find(id);
        if (step == m_data->steps.end())
            continue;
        const auto [span, added] = m_phaseSpans.try_emplace(step->second.phase, bar.start,
                                                            bar.finish);
        if (!added) {
            span->second.first = std::min(span->second.first, bar.start);
            span->second.second = std::max(span->second.second, bar.finish);
        }
    }
}

const GanttChart::Bar *GanttChart::bar(Id stepId) const
{
    const auto found = m_bars.find(stepId);
    return found == m_bars.end() ? nullptr : &found->second;
}

void GanttChart::rebuildLinks()
{
    m_links.clear();
    if (!m_data)
        return;
    for (const auto &[id, link] : m_data->links) {
        const int from = rowOfStep(link.predecessorId);
        const int to = rowOfStep(link.successorId);
        if (from < 0 || to < 0)
            continue;
        const Bar *a = bar(link.predecessorId);
        const Bar *b = bar(link.successorId);
        if (!a || !b || a->rollback != b->rollback)
            continue;
        m_links.push_back({from, to, link.type, a->critical && b->critical});
    }
}

double GanttChart::contentWidth() const
{
    return xAt(m_lastMinute) + 200;
}

int GanttChart::rowAt(double bodyY) const
{
    if (bodyY < 0)
        return -1;
    const int row = int(bodyY / m_rowHeight);
    return row < m_rows.size() ? row : -1;
}

QRectF GanttChart::barRect(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].stepId)
        return {};
    const Bar *found = bar(m_rows[row].stepId);
    if (!found)
        return {};
    const double top = row * m_rowHeight + m_rowHeight * 0.22;
    const double width = std::max(3.0, (found->finish - found->start) * m_pixelsPerMinute);
    return {xAt(found->start), top, width, m_rowHeight * 0.56};
}

std::optional<double> GanttChart::markerMinutes(Marker marker) const
{
    const PlanAnalysis *analysis = m_analysis;
    if (!analysis)
        return std::nullopt;
    const Schedule &schedule = analysis->schedule;
    switch (marker) {
    case Marker::WindowStart:
        return analysis->hasWindow ? std::optional<double>(0) : std::nullopt;
    case Marker::WindowEnd:
        return analysis->hasWindow ? std::optional<double>(schedule.windowMinutes()) : std::nullopt;
    case Marker::PointOfNoReturn:
        if (analysis->hasWindow && schedule.valid && schedule.lastExecuteStepId)
            return schedule.pointOfNoReturnMinutes;
        return std::nullopt;
    case Marker::P80:
        if (analysis->simulation.valid)
            return analysis->simulation.p80Minutes;
        return std::nullopt;
    case Marker::PlannedFinish:
        return schedule.valid ? std::optional<double>(schedule.finishMinutes) : std::nullopt;
    }
    return std::nullopt;
}

int GanttChart::tickMinutes() const
{
    for (const int minutes : tickChoices) {
        if (minutes * m_pixelsPerMinute >= minimumTickPixels)
            return minutes;
    }
    return tickChoices.back();
}

QString GanttChart::zone() const
{
    const PlanAnalysis *analysis = m_analysis;
    if (analysis && analysis->hasWindow)
        return analysis->window.timeZone;
    if (m_data)
        return m_data->change.timeZone;
    return QStringLiteral("UTC");
}

QString GanttChart::timeText(double minutes, bool withDay) const
{
    const PlanAnalysis *analysis = m_analysis;
    if (!analysis)
        return {};
    const QDateTime local = toZone(analysis->schedule.toUtc(minutes), zone());
    return QLocale().toString(local,
                              withDay ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
}

QString GanttChart::toolTip(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].stepId || !m_data)
        return {};
    const ProjectData &data = *m_data;
    const Step &step = data.steps.at(m_rows[row].stepId);
    QStringList lines{QStringLiteral("<b>#%1 %2</b>").arg(step.id).arg(step.title.toHtmlEscaped())};
    lines.append(tr("Phase: %1").arg(enumDisplayName(step.phase)));
    if (const auto owner = data.people.find(step.ownerId); owner != data.people.end())
        lines.append(tr("Owner: %1").arg(owner->second.name.toHtmlEscaped()));
    lines.append(tr("Estimate: best %1, likely %2, worst %3 min")
                     .arg(step.estimate.optimistic)
                     .arg(step.estimate.likely)
                     .arg(step.estimate.pessimistic));
    if (const Bar *bar = this->bar(step.id)) {
        lines.append(tr("Planned: %1 – %2 (%3)")
                         .arg(timeText(bar->start, true), timeText(bar->finish, true), zone()));
        if (bar->rollback)
            lines.append(tr("Rollback step, shown as if rollback began after the last "
                            "execute step."));
        else if (bar->critical)
            lines.append(tr("<b>Critical</b>: any delay moves the finish."));
        else
            lines.append(tr("Slack: %1 min").arg(bar->slack, 0, 'f', 0));
    } else if (!step.enabled) {
        lines.append(tr("Disabled: kept in the runbook but not scheduled."));
    }
    if (const PlanAnalysis *analysis = m_analysis) {
        if (const StepTiming *timing = analysis->schedule.timing(step.id);
            timing && timing->drivingStepId) {
            lines.append(tr("Waits for: #%1 %2")
                             .arg(timing->drivingStepId)
                             .arg(data.steps.at(timing->drivingStepId).title.toHtmlEscaped()));
        }
        for (const auto &[id, share] : analysis->simulation.criticality) {
            if (id == step.id) {
                lines.append(tr("Critical in %1 % of simulated runs")
                                 .arg(QLocale().toString(share * 100, 'f', 0)));
                break;
            }
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace uw
