#include "report.h"

#include "audit.h"
#include "calibration.h"
#include "enumkeys.h"
#include "plananalysis.h"
#include "reportcharts.h"
#include "reportsupport.h"
#include "runstate.h"
#include "zonedtime.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace uw {
namespace {

using Tone = ReportWriter::Tone;
using report::minutesText;

constexpr double none = std::numeric_limits<double>::quiet_NaN();
constexpr int outputExcerptLines = 14;

QString stateText(StepRunState state)
{
    switch (state) {
    case StepRunState::Pending:
    case StepRunState::Ready:
        return ReportTr::tr("Not started");
    case StepRunState::Running:
        return ReportTr::tr("Running");
    case StepRunState::Interrupted:
        return ReportTr::tr("Interrupted");
    case StepRunState::Done:
        return ReportTr::tr("Done");
    case StepRunState::Failed:
        return ReportTr::tr("Failed");
    case StepRunState::Skipped:
        return ReportTr::tr("Skipped");
    }
    return {};
}

Tone stateTone(StepRunState state)
{
    switch (state) {
    case StepRunState::Done:
        return Tone::Good;
    case StepRunState::Failed:
        return Tone::Bad;
    case StepRunState::Running:
    case StepRunState::Interrupted:
        return Tone::Warning;
    case StepRunState::Pending:
    case StepRunState::Ready:
    case StepRunState::Skipped:
        break;
    }
    return Tone::Neutral;
}

QString decisionText(const QString &key)
{
    const auto decision = decisionFromKey(key);
    if (!decision)
        return key;
    switch (*decision) {
    case RunDecision::Go:
        return ReportTr::tr("Go");
    case RunDecision::NoGo:
        return ReportTr::tr("No-go");
    case RunDecision::Rollback:
        return ReportTr::tr("Roll back");
    case RunDecision::ContinueAfterFailure:
        return ReportTr::tr("Continue after a failure");
    case RunDecision::ContinuePastPointOfNoReturn:
        return ReportTr::tr("Continue past the point of no return");
    case RunDecision::ContinuePastWindowEnd:
        return ReportTr::tr("Continue past the window end");
    }
    return key;
}

/** Everything a run record shows, computed once for all layout passes. */
class RunReport
{
public:
    RunReport(const ProjectData &data, const PlanAnalysis &analysis, Id runId,
              const ReportFigures &figures, const ReportOptions &options)
        : m_data(data)
        , m_analysis(analysis)
        , m_run(data.runs.at(runId))
        , m_figures(figures)
        , m_locale(options.locale)
        , m_zone(zoneOrUtc(analysis.hasWindow ? analysis.window.timeZone : data.change.timeZone))
        , m_scheduler(data)
        , m_state(replayRun(data, m_scheduler, runId))
        , m_audit(verifyAuditChain(data.audit))
    {
        for (const RunEvent &event : data.runEvents) {
            if (event.runId == runId)
                m_events.append(event);
        }
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const RunEvent &a, const RunEvent &b) { return a.timeUtc < b.timeUtc; });
        m_endUtc = m_run.endedAtUtc;
        if (!m_endUtc.isValid())
            m_endUtc = m_events.isEmpty() ? m_run.startedAtUtc : m_events.last().timeUtc;
        computeKpis();
    }

    void compose(ReportWriter &writer) const
    {
        coverPage(writer);
        writer.tableOfContents();
        kpis(writer);
        timeline(writer);
        steps(writer);
        decisions(writer);
        failures(writer);
        metrics(writer);
        signOffs(writer);
        audit(writer);
    }

private:
    QString time(const QDateTime &utc) const { return report::timeText(utc, m_zone, m_locale); }
    double minutesFromStart(const QDateTime &utc) const
    {
        return utc.isValid() ? double(m_run.startedAtUtc.msecsTo(utc)) / 60000.0 : none;
    }
    QString stepTitle(Id id) const
    {
        const auto step = m_data.steps.find(id);
        return step == m_data.steps.end() ? QString() : step->second.title;
    }
    const Schedule &schedule() const { return m_analysis.schedule; }

    /** The steps the record lists: every forward step, and the rollback steps the run used. */
    QList<const StepProgress *> reportedSteps() const
    {
        QList<const StepProgress *> steps;
        for (const auto &[id, progress] : m_state.steps) {
            const auto step = m_data.steps.find(id);
            const bool rollback = step != m_data.steps.end()
                                  && step->second.phase == Phase::Rollback;
            if (!rollback || progress.active || progress.attempts > 0)
                steps.append(&progress);
        }
        std::stable_sort(steps.begin(), steps.end(),
                         [](const StepProgress *a, const StepProgress *b) {
                             const bool aStarted = a->startedAtUtc.isValid();
                             const bool bStarted = b->startedAtUtc.isValid();
                             if (aStarted != bStarted)
                                 return aStarted;
                             return aStarted ? a->startedAtUtc < b->startedAtUtc
                                             : a->stepId < b->stepId;
                         });
        return steps;
    }

    void computeKpis()
    {
        m_plannedMinutes = schedule().valid ? schedule().finishMinutes : none;
        m_actualMinutes = minutesFromStart(m_endUtc);
        QDateTime firstExecute;
        QDateTime lastService;
        QDateTime lastExecuteFinish;
        for (const auto &[id, progress] : m_state.steps) {
            const auto step = m_data.steps.find(id);
            if (step == m_data.steps.end() || !progress.startedAtUtc.isValid())
                continue;
            const Phase phase = step->second.phase;
            if (phase == Phase::Execute
                && (!firstExecute.isValid() || progress.startedAtUtc < firstExecute))
                firstExecute = progress.startedAtUtc;
            if (phase == Phase::Execute && progress.endedAtUtc.isValid()
                && progress.endedAtUtc > lastExecuteFinish)
                lastExecuteFinish = progress.endedAtUtc;
            if ((phase == Phase::Execute || phase == Phase::Verify || phase == Phase::Rollback)
                && progress.endedAtUtc.isValid() && progress.endedAtUtc > lastService)
                lastService = progress.endedAtUtc;
        }
        m_downtimeMinutes = firstExecute.isValid() && lastService.isValid()
                                ? double(firstExecute.msecsTo(lastService)) / 60000.0
                                : none;
        // Counted as the end-of-run summary counts them.
        m_failures = tallyRun(m_state).failures;
        for (const RunEvent &event : m_events) {
            if (event.type == RunEventType::Decision
                && decisionFromKey(event.decision) == RunDecision::Rollback)
                m_rollbackEvent = event;
            if (event.type == RunEventType::Decision
                && decisionFromKey(event.decision) == RunDecision::ContinuePastPointOfNoReturn)
                m_pastPointEvent = event;
        }
        if (!m_analysis.hasWindow || m_analysis.window.id != m_run.windowId || !schedule().valid
            || !schedule().lastExecuteStepId) {
            m_pointRespected = ReportTr::tr("Not applicable: the run has no planned window");
            m_pointTone = Tone::Neutral;
            return;
        }
        // The plan's point of no return, moved with a rehearsal held at another time, as the
        // Run page showed it.
        const qint64 shift = windowShiftSeconds(m_data, m_run);
        const QDateTime point = schedule().pointOfNoReturnUtc().addSecs(shift);
        const QString pointText = shift ? ReportTr::tr("point of no return %1 (the plan moved "
                                                       "to the rehearsal's start)")
                                              .arg(time(point))
                                        : ReportTr::tr("point of no return %1").arg(time(point));
        if (m_state.rollingBack) {
            const bool inTime = m_state.rollbackDecidedAtUtc <= point;
            m_pointRespected = inTime ? ReportTr::tr("Yes: rollback decided at %1, before the %2")
                                            .arg(time(m_state.rollbackDecidedAtUtc), pointText)
                                      : ReportTr::tr("No: rollback decided at %1, after the %2")
                                            .arg(time(m_state.rollbackDecidedAtUtc), pointText);
            m_pointTone = inTime ? Tone::Good : Tone::Bad;
        } else if (!m_state.ended && executeWorkAhead()) {
            // A record printed during the run cannot yet say whether the point was kept.
            m_pointRespected = ReportTr::tr("Not yet known: execute work is still ahead of the %1")
                                   .arg(pointText);
            m_pointTone = Tone::Neutral;
        } else if (!lastExecuteFinish.isValid() || lastExecuteFinish <= point) {
            m_pointRespected = ReportTr::tr("Yes: execute work ended by the %1").arg(pointText);
            m_pointTone = Tone::Good;
        } else if (m_pastPointEvent.timeUtc.isValid()) {
            m_pointRespected = ReportTr::tr("Passed by decision of %1 at %2 (%3)")
                                   .arg(m_pastPointEvent.person, time(m_pastPointEvent.timeUtc),
                                        pointText);
            m_pointTone = Tone::Warning;
        } else {
            m_pointRespected = ReportTr::tr("No: execute work ended at %1, after the %2")
                                   .arg(time(lastExecuteFinish), pointText);
            m_pointTone = Tone::Bad;
        }
    }

    /** An enabled execute step of the runbook has not been done or skipped yet. */
    bool executeWorkAhead() const
    {
        return std::any_of(m_data.steps.cbegin(), m_data.steps.cend(), [this](const auto &entry) {
            const Step &step = entry.second;
            if (!step.enabled || step.phase != Phase::Execute)
                return false;
            const StepProgress *progress = m_state.step(step.id);
            return !progress || !progress->isSettled();
        });
    }

    QString outcome(Tone *tone) const
    {
        if (m_state.rollingBack) {
            *tone = Tone::Bad;
            return ReportTr::tr("Rolled back");
        }
        if (m_state.isComplete()) {
            *tone = Tone::Good;
            return ReportTr::tr("Completed");
        }
        *tone = Tone::Warning;
        return m_run.endedAtUtc.isValid() ? ReportTr::tr("Ended incomplete")
                                          : ReportTr::tr("Still in progress");
    }

    void coverPage(ReportWriter &writer) const
    {
        writer.cover(reportKindName(ReportKind::Run), m_data.change.title,
                     ReportTr::tr("%1: %2").arg(enumDisplayName(m_run.runKind), m_run.name));
        Tone tone = Tone::Neutral;
        const QString result = outcome(&tone);
        writer.keyValues({
            {ReportTr::tr("Run"),
             ReportTr::tr("%1 (%2)").arg(m_run.name, enumDisplayName(m_run.runKind))},
            {ReportTr::tr("Started"), time(m_run.startedAtUtc)},
            {ReportTr::tr("Ended"),
             m_run.endedAtUtc.isValid() ? time(m_run.endedAtUtc) : ReportTr::tr("not ended")},
            {ReportTr::tr("Outcome"), result},
            {ReportTr::tr("Upgrade lead"), report::peopleWithRole(m_data, RoleLead)},
            {ReportTr::tr("Audit chain"),
             m_audit.intact ? ReportTr::tr("intact") : ReportTr::tr("BROKEN")},
        });
        writer.callout(ReportTr::tr("Outcome: %1. Took %2 against %3 planned; %n failure(s).",
                                    nullptr, m_failures)
                           .arg(result, minutesText(m_actualMinutes), minutesText(m_plannedMinutes)),
                       tone);
    }

    void kpis(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Key figures"));
        ReportTable table{{ReportTr::tr("Measure"), ReportTr::tr("Value")}, {2, 4}, {}, {}};
        const auto add = [&](const QString &measure, const QString &value, Tone tone) {
            table.rows.append({measure, value});
            table.marks.append(report::markOf(tone));
        };
        add(ReportTr::tr("Planned duration"), minutesText(m_plannedMinutes), Tone::Neutral);
        add(ReportTr::tr("Actual duration"), minutesText(m_actualMinutes), Tone::Neutral);
        // Against the whole plan only a run that did the whole plan can be measured.
        const bool comparable = m_state.isComplete() && !m_state.rollingBack;
        const double variance = m_actualMinutes - m_plannedMinutes;
        const double percent = m_plannedMinutes > 0 ? 100 * variance / m_plannedMinutes : none;
        QString varianceValue = report::varianceText(variance);
        if (!comparable)
            varianceValue = ReportTr::tr("not comparable: the run did not complete the plan");
        else if (std::isfinite(percent))
            varianceValue = ReportTr::tr("%1, %2 %")
                                .arg(varianceValue, m_locale.toString(percent, 'f', 0));
        add(ReportTr::tr("Variance"), varianceValue,
            comparable && variance > 0.1 * m_plannedMinutes ? Tone::Warning : Tone::Neutral);
        add(ReportTr::tr("Downtime (first execute step to last verification)"),
            minutesText(m_downtimeMinutes), Tone::Neutral);
        add(ReportTr::tr("Failures"), QString::number(m_failures),
            m_failures ? Tone::Bad : Tone::Good);
        add(ReportTr::tr("Rollback"),
            m_state.rollingBack
                ? ReportTr::tr("Yes, decided by %1 at %2")
                      .arg(m_rollbackEvent.person, time(m_state.rollbackDecidedAtUtc))
                : report::yesNo(false),
            m_state.rollingBack ? Tone::Bad : Tone::Good);
        add(ReportTr::tr("Point of no return respected"), m_pointRespected, m_pointTone);
        int done = 0;
        int total = 0;
        for (const auto &[id, progress] : m_state.steps) {
            if (!progress.active)
                continue;
            ++total;
            done += progress.state == StepRunState::Done || progress.state == StepRunState::Skipped;
        }
        add(ReportTr::tr("Steps settled"), ReportTr::tr("%1 of %2").arg(done).arg(total),
            done == total ? Tone::Good : Tone::Warning);
        writer.table(table);
    }

    void timeline(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Timeline: actual against planned"));
        writer.paragraph(ReportTr::tr("Grey bars show the plan counted from the run's start; "
                                      "coloured bars what happened (green done, red failed, "
                                      "amber running or interrupted)."));
        QList<RunTimelineFigure::Row> rows;
        for (const StepProgress *progress : reportedSteps()) {
            const StepTiming *timing = schedule().valid ? schedule().timing(progress->stepId)
                                                        : nullptr;
            const QColor colour = stateTone(progress->state) == Tone::Neutral
                                      ? QColor(0x9e, 0xa7, 0xb3)
                                      : ReportWriter::toneColour(stateTone(progress->state));
            const double start = minutesFromStart(progress->startedAtUtc);
            const double finish = progress->endedAtUtc.isValid()
                                      ? minutesFromStart(progress->endedAtUtc)
                                      : (progress->state == StepRunState::Running
                                             ? minutesFromStart(m_endUtc)
                                             : none);
            rows.append({stepTitle(progress->stepId), timing ? timing->start : none,
                         timing ? timing->finish : none, start, finish, colour});
        }
        const RunTimelineFigure figure(rows, m_run.startedAtUtc, m_zone, writer.contentWidth(),
                                       writer.dpi());
        writer.figure(figure, ReportTr::tr("Timeline of the run"));
    }

    void steps(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Steps"));
        ReportTable table{{ReportTr::tr("Step"), ReportTr::tr("Planned"), ReportTr::tr("Started"),
                           ReportTr::tr("Finished"), ReportTr::tr("Took"), ReportTr::tr("By"),
                           ReportTr::tr("Result")},
                          {2.8, 0.9, 1.9, 1.9, 0.9, 1, 1.1},
                          {},
                          {}};
        const std::map<Id, double> actual = actualDurations(m_data, m_run.id);
        for (const StepProgress *progress : reportedSteps()) {
            const StepTiming *timing = schedule().valid ? schedule().timing(progress->stepId)
                                                        : nullptr;
            const auto took = actual.find(progress->stepId);
            QString result = stateText(progress->state);
            if (progress->failures > 0 && progress->state != StepRunState::Failed)
                result = (progress->failures == 1
                              ? ReportTr::tr("%1 after 1 failure")
                              : ReportTr::tr("%1 after %n failures", nullptr, progress->failures))
                             .arg(result);
            if (progress->attempts > 1)
                result = ReportTr::tr("%1 (%n attempt(s))", nullptr, progress->attempts).arg(result);
            QString person = progress->endedBy.isEmpty() ? progress->startedBy : progress->endedBy;
            table.rows.append(
                {stepTitle(progress->stepId),
                 timing ? minutesText(timing->finish - timing->start) : QString(),
                 progress->startedAtUtc.isValid() ? time(progress->startedAtUtc) : QString(),
                 progress->endedAtUtc.isValid() ? time(progress->endedAtUtc) : QString(),
                 took == actual.end() ? QString() : minutesText(took->second), person, result});
            table.marks.append(report::markOf(stateTone(progress->state)));
        }
        writer.table(table);
    }

    void decisions(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Decisions and notes"));
        ReportTable table{{ReportTr::tr("When"), ReportTr::tr("What"), ReportTr::tr("Step"),
                           ReportTr::tr("Who"), ReportTr::tr("Why")},
                          {1.9, 1.5, 2, 1, 3},
                          {},
                          {}};
        for (const RunEvent &event : m_events) {
            if (event.type != RunEventType::Decision && event.type != RunEventType::Note)
                continue;
            const bool decision = event.type == RunEventType::Decision;
            table.rows.append({time(event.timeUtc),
                               decision ? decisionText(event.decision) : ReportTr::tr("Note"),
                               stepTitle(event.stepId), event.person, event.note});
            const auto key = decisionFromKey(event.decision);
            table.marks.append(report::markOf(
                !decision                                                  ? Tone::Neutral
                : key == RunDecision::Rollback || key == RunDecision::NoGo ? Tone::Bad
                : key == RunDecision::Go                                   ? Tone::Good
                                                                           : Tone::Warning));
        }
        if (table.rows.isEmpty())
            writer.paragraph(ReportTr::tr("Nobody recorded a decision or a note in this run."));
        else
            writer.table(table);
    }

    void failures(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Failures"));
        bool any = false;
        for (const RunEvent &event : m_events) {
            if (event.type != RunEventType::StepFailed)
                continue;
            any = true;
            writer.heading(2, stepTitle(event.stepId));
            writer.keyValues({{ReportTr::tr("Failed at"), time(event.timeUtc)},
                              {ReportTr::tr("Reported by"), event.person},
                              {ReportTr::tr("Note"), event.note}});
            if (!event.output.trimmed().isEmpty())
                writer.preformatted(report::lastLines(event.output, outputExcerptLines));
        }
        if (!any)
            writer.callout(ReportTr::tr("No step failed in this run."), Tone::Good);
    }

    void metrics(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Metrics"));
        QList<const ReportFigure *> charts = m_figures.metricCharts;
        // The run record's own line charts stand in when no chart renderer supplied charts.
        std::vector<std::unique_ptr<ReportFigure>> ownCharts;
        if (charts.isEmpty()) {
            ownCharts = metricLineCharts(m_data, {m_run.startedAtUtc, m_endUtc}, m_zone,
                                         writer.contentWidth(), writer.dpi());
            for (const auto &chart : ownCharts)
                charts.append(chart.get());
        }
        if (charts.isEmpty()) {
            writer.paragraph(ReportTr::tr("No metric samples were recorded during this run."));
            return;
        }
        writer.paragraph(ReportTr::tr("Green band: the baseline captured before the change; "
                                      "red lines: thresholds."));
        for (const ReportFigure *chart : std::as_const(charts))
            writer.figure(*chart, ReportTr::tr("Metric during the run"));
    }

    void signOffs(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Sign-offs"));
        ReportTable table{{ReportTr::tr("What"), ReportTr::tr("Who"), ReportTr::tr("When"),
                           ReportTr::tr("Decision")},
                          {3, 1.4, 1.9, 1.2},
                          {},
                          {}};
        for (const auto &[id, approval] : m_data.approvals)
            table.rows.append({ReportTr::tr("Approval of the plan"),
                               report::personName(m_data, approval.personId),
                               report::timeText(approval.decidedAtUtc, m_zone, m_locale),
                               enumDisplayName(approval.decision)});
        for (const auto &[id, progress] : m_state.steps) {
            const auto step = m_data.steps.find(id);
            if (step == m_data.steps.end() || !progress.endedAtUtc.isValid())
                continue;
            if (step->second.stepKind == StepKind::Gate)
                table.rows.append({ReportTr::tr("Gate: %1").arg(step->second.title),
                                   progress.endedBy, time(progress.endedAtUtc),
                                   stateText(progress.state)});
            else if (step->second.phase == Phase::Verify)
                table.rows.append({ReportTr::tr("Verification: %1").arg(step->second.title),
                                   progress.endedBy, time(progress.endedAtUtc),
                                   stateText(progress.state)});
        }
        if (table.rows.isEmpty())
            writer.paragraph(ReportTr::tr("No approvals, gates or verifications are recorded."));
        else
            writer.table(table);
        writer.paragraph(ReportTr::tr("Accepted as a true record of the run:"));
        writer.signatureLines({ReportTr::tr("Upgrade lead"), ReportTr::tr("Change manager")});
    }

    void audit(ReportWriter &writer) const
    {
        writer.heading(1, ReportTr::tr("Audit chain"));
        if (m_audit.intact)
            writer.callout(ReportTr::tr("The audit chain is intact: none of its %n entries "
                                        "was changed, removed or reordered.",
                                        nullptr, m_audit.entries),
                           Tone::Good);
        else
            writer.callout(ReportTr::tr("The audit chain is BROKEN at entry %1: %2")
                               .arg(m_audit.firstBrokenId)
                               .arg(m_audit.message),
                           Tone::Bad);
        const QString hash = QString::fromLatin1(m_audit.finalHash.toHex());
        writer.keyValues({{ReportTr::tr("Entries"), QString::number(m_audit.entries)},
                          {ReportTr::tr("Final hash"),
                           hash.isEmpty() ? QStringLiteral("\u2014")
                                          : hash.left(32) + QLatin1Char('\n') + hash.mid(32)}});
        writer.paragraph(ReportTr::tr("Anyone can check this record against the project file "
                                      "with \u201cupgrade-workbench verify-audit FILE\u201d: "
                                      "the final hash must match."));
    }

    const ProjectData &m_data;
    const PlanAnalysis &m_analysis;
    Run m_run;
    ReportFigures m_figures;
    QLocale m_locale;
    QString m_zone;
    Scheduler m_scheduler;
    RunState m_state;
    AuditVerification m_audit;
    QList<RunEvent> m_events;
    QDateTime m_endUtc;
    double m_plannedMinutes = none;
    double m_actualMinutes = none;
    double m_downtimeMinutes = none;
    int m_failures = 0;
    RunEvent m_rollbackEvent;
    RunEvent m_pastPointEvent;
    QString m_pointRespected;
    Tone m_pointTone = Tone::Neutral;
};

} // namespace

std::function<void(ReportWriter &)> runReport(const ProjectData &data, const PlanAnalysis &analysis,
                                              Id runId, const ReportFigures &figures,
                                              const ReportOptions &options)
{
    auto composer = std::make_shared<RunReport>(data, analysis, runId, figures, options);
    return [composer](ReportWriter &writer) {
        composer->compose(writer);
    };
}

} // namespace uw
