#include "reportplan_p.h"

#include "compatibility.h"
#include "enumkeys.h"
#include "graphpaint.h"
#include "notice.h"
#include "plananalysis.h"
#include "reportsupport.h"
#include "zonedtime.h"

#include <QGuiApplication>
#include <QScreen>

#include <memory>

namespace uw {
namespace planreport {

using report::minutesText;

namespace {

/** Blockers or risks the cover lists; the summary lists them all. */
constexpr int coverReasons = 6;

Tone decisionTone(GoDecision decision)
{
    switch (decision) {
    case GoDecision::Go:
        return Tone::Good;
    case GoDecision::GoWithRisks:
        return Tone::Warning;
    case GoDecision::NoGo:
        break;
    }
    return Tone::Bad;
}

bool hasReason(const QList<VerdictReason> &reasons, VerdictKind kind)
{
    return std::any_of(reasons.begin(), reasons.end(),
                       [kind](const VerdictReason &reason) { return reason.kind == kind; });
}

} // namespace

PlanReport::PlanReport(const ProjectData &data, const PlanAnalysis &analysis,
                       const Verdict &verdict, const CompatibilityReport &compatibility,
                       const ReportFigures &figures, const ReportOptions &options)
    : m_data(data)
    , m_analysis(analysis)
    , m_verdict(verdict)
    , m_compatibility(compatibility)
    , m_figures(figures)
    , m_locale(options.locale)
    , m_zone(zoneOrUtc(verdict.zone))
{
    computeReadiness();
}

QString PlanReport::stepTitle(Id id) const
{
    const auto step = m_data.steps.find(id);
    return step == m_data.steps.end() ? QString() : step->second.title;
}

void PlanReport::compose(ReportWriter &writer) const
{
    coverPage(writer);
    writer.tableOfContents();
    summary(writer);
    scope(writer);
    compatibility(writer);
    graph(writer);
    schedule(writer);
    rollback(writer);
    conflicts(writer);
    readiness(writer);
    people(writer);
}

QString PlanReport::approvalStatus() const
{
    int approved = 0;
    int rejected = 0;
    for (const auto &[id, approval] : m_data.approvals) {
        approved += approval.decision == ApprovalDecision::Approved;
        rejected += approval.decision == ApprovalDecision::Rejected;
    }
    const int total = int(m_data.approvals.size());
    if (total == 0)
        return ReportTr::tr("Draft: no approval requested yet");
    if (rejected > 0)
        return ReportTr::tr("Rejected by %n approver(s)", nullptr, rejected);
    if (approved == total)
        return ReportTr::tr("Approved (%n approval(s))", nullptr, total);
    return ReportTr::tr("Awaiting approval: %1 of %2 given").arg(approved).arg(total);
}

QString PlanReport::fitSentence(Tone *tone) const
{
    *tone = Tone::Bad;
    if (!m_verdict.hasWindow)
        return ReportTr::tr("The change has no maintenance window: the plan cannot be "
                            "checked against one.");
    if (!m_verdict.scheduleValid)
        return ReportTr::tr("The runbook cannot be scheduled: %1").arg(m_analysis.schedule.error);
    const QList<VerdictReason> &blockers = m_verdict.blockers;
    if (hasReason(blockers, VerdictKind::FinishPastWindowEnd))
        return ReportTr::tr("The plan does NOT fit: it finishes at %1, after the window "
                            "ends at %2.")
            .arg(time(m_verdict.plannedFinishUtc), time(m_verdict.window.endUtc));
    if (hasReason(blockers, VerdictKind::PastPointOfNoReturn))
        return ReportTr::tr("The plan does NOT leave room for rollback: the last execute step "
                            "ends after the point of no return (%1).")
            .arg(time(m_verdict.pointOfNoReturnUtc));
    if (hasReason(blockers, VerdictKind::WindowOver))
        return ReportTr::tr("The plan would fit the window, but the window ended at %1.")
            .arg(time(m_verdict.window.endUtc));
    *tone = Tone::Good;
    return ReportTr::tr("The plan fits the window, and a full rollback still ends %1 before "
                        "the window closes.")
        .arg(minutesText(m_verdict.reserveMinutes));
}

void PlanReport::computeReadiness()
{
    const auto phaseSteps = [this](Phase phase) {
        QStringList titles;
        for (const auto &[id, step] : m_data.steps) {
            if (step.phase == phase && step.enabled)
                titles.append(step.title);
        }
        return titles;
    };
    const QStringList backups = phaseSteps(Phase::Backup);
    m_readiness.append({ReportTr::tr("Backup before the change"),
                        backups.isEmpty() ? Tone::Bad : Tone::Good,
                        backups.isEmpty() ? ReportTr::tr("No backup step in the runbook.")
                                          : backups.join(QStringLiteral("; "))});
    const QStringList rollbacks = phaseSteps(Phase::Rollback);
    Tone fitTone = Tone::Neutral;
    const QString fit = fitSentence(&fitTone);
    m_readiness.append(
        {ReportTr::tr("Rollback plan present and fitting"),
         rollbacks.isEmpty() ? Tone::Bad : fitTone,
         rollbacks.isEmpty()
             ? ReportTr::tr("No rollback steps in the runbook.")
             : ReportTr::tr("%n rollback step(s). %1", nullptr, int(rollbacks.size())).arg(fit)});
    const QString approvals = approvalStatus();
    bool allApproved = !m_data.approvals.empty();
    bool anyRejected = false;
    for (const auto &[id, approval] : m_data.approvals) {
        allApproved = allApproved && approval.decision == ApprovalDecision::Approved;
        anyRejected = anyRejected || approval.decision == ApprovalDecision::Rejected;
    }
    m_readiness.append({ReportTr::tr("Approvals given"),
                        allApproved   ? Tone::Good
                        : anyRejected ? Tone::Bad
                                      : Tone::Warning,
                        approvals});
    const QStringList notices = phaseSteps(Phase::Communicate);
    m_readiness.append({ReportTr::tr("Stakeholders notified"),
                        notices.isEmpty() ? Tone::Warning : Tone::Good,
                        notices.isEmpty() ? ReportTr::tr("No communication step in the runbook.")
                                          : notices.join(QStringLiteral("; "))});
    const Run *rehearsal = nullptr;
    for (const auto &[id, run] : m_data.runs) {
        if (run.runKind == RunKind::Rehearsal && (!rehearsal || run.endedAtUtc.isValid()))
            rehearsal = &run;
    }
    const bool rehearsed = hasSuccessfulRehearsal(m_data);
    m_readiness.append({ReportTr::tr("Rehearsal done"),
                        rehearsed                                                 ? Tone::Good
                        : hasReason(m_verdict.blockers, VerdictKind::NoRehearsal) ? Tone::Bad
                                                                                  : Tone::Warning,
                        !rehearsal ? ReportTr::tr("No rehearsal has been recorded.")
                        : rehearsal->endedAtUtc.isValid()
                            ? (rehearsed ? ReportTr::tr("\u201c%1\u201d, ended %2")
                                         : ReportTr::tr("\u201c%1\u201d ended %2, rolled back "
                                                        "or with a step left failed"))
                                  .arg(rehearsal->name, time(rehearsal->endedAtUtc))
                            : ReportTr::tr("\u201c%1\u201d started %2 and has not ended")
                                  .arg(rehearsal->name, time(rehearsal->startedAtUtc))});
    const int findings = int(m_compatibility.findings.size());
    const int cycles = int(m_compatibility.cycles.size());
    m_readiness.append(
        {ReportTr::tr("Compatibility clean"), m_compatibility.isClean() ? Tone::Good : Tone::Bad,
         m_compatibility.isClean()
             ? ReportTr::tr("Every constraint holds before, during and after the change.")
             : (cycles ? ReportTr::tr("%n finding(s), %1", nullptr, findings)
                             .arg(ReportTr::tr("%n dependency cycle(s)", nullptr, cycles))
                       : ReportTr::tr("%n finding(s)", nullptr, findings))});
    const int conflicts = int(m_analysis.conflicts.size());
    m_readiness.append({ReportTr::tr("No scheduling conflicts"),
                        conflicts ? Tone::Warning : Tone::Good,
                        conflicts ? ReportTr::tr("%n conflict(s) to resolve", nullptr, conflicts)
                                  : ReportTr::tr("None found.")});
}

void PlanReport::coverPage(ReportWriter &writer) const
{
    const Change &change = m_data.change;
    writer.cover(reportKindName(ReportKind::Plan), change.title,
                 ReportTr::tr("%1 \u2192 %2").arg(change.fromSummary, change.toSummary));
    QList<std::pair<QString, QString>> items{
        {ReportTr::tr("Purpose"), change.purpose},
        {ReportTr::tr("Reason"), enumDisplayName(change.reason)},
        {ReportTr::tr("Urgency / risk"),
         ReportTr::tr("%1 / %2").arg(enumDisplayName(change.urgency), enumDisplayName(change.risk))},
        {ReportTr::tr("Rollout"), enumDisplayName(change.rollout)},
    };
    if (m_analysis.hasWindow) {
        const Window &window = m_analysis.window;
        items.append({ReportTr::tr("Window"),
                      ReportTr::tr("%1\n%2 \u2013 %3\n(times in %4)")
                          .arg(window.name, time(window.startUtc), time(window.endUtc), m_zone)});
    } else {
        items.append({ReportTr::tr("Window"), ReportTr::tr("none planned")});
    }
    items.append({ReportTr::tr("Upgrade lead"), report::peopleWithRole(m_data, RoleLead)});
    items.append({ReportTr::tr("Status"), approvalStatus()});
    writer.keyValues(items);
    writer.callout(ReportTr::tr("Decision: %1").arg(m_verdict.decisionText()),
                   decisionTone(m_verdict.decision));
    reasons(writer, m_verdict.blockers, Tone::Bad, coverReasons);
    reasons(writer, m_verdict.risks, Tone::Warning, coverReasons);
    Tone tone = Tone::Neutral;
    const QString fit = fitSentence(&tone);
    writer.callout(fit, tone);
}

void PlanReport::reasons(ReportWriter &writer, const QList<VerdictReason> &reasons, Tone tone,
                         int limit) const
{
    if (reasons.isEmpty())
        return;
    writer.paragraph(tone == Tone::Bad
                         ? ReportTr::tr("Blockers: each must be resolved before the change may "
                                        "start.")
                         : ReportTr::tr("Risks: accept them knowingly, or reduce them first."));
    const qsizetype shown = limit > 0 ? std::min<qsizetype>(limit, reasons.size()) : reasons.size();
    for (qsizetype index = 0; index < shown; ++index)
        writer.paragraph(QStringLiteral("\u2022 ") + reasons[index].message, tone);
    if (shown < reasons.size())
        writer.paragraph(ReportTr::tr("\u2026 and %n more, listed in the summary.", nullptr,
                                      int(reasons.size() - shown)),
                         tone);
}
void PlanReport::summary(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Summary"));
    const Schedule &schedule = m_analysis.schedule;
    const MonteCarloResult &simulation = m_analysis.simulation;
    int ready = 0;
    for (const ReadinessItem &item : m_readiness)
        ready += item.tone == Tone::Good;
    QList<std::pair<QString, QString>> items{{ReportTr::tr("Decision"), m_verdict.decisionText()}};
    if (plannable()) {
        items.append({
            {ReportTr::tr("Planned start"), time(schedule.startUtc)},
            {ReportTr::tr("Planned finish"), time(m_verdict.plannedFinishUtc)},
            {ReportTr::tr("Window ends"), time(m_verdict.window.endUtc)},
            {ReportTr::tr("Point of no return"), time(m_verdict.pointOfNoReturnUtc)},
            {ReportTr::tr("Full rollback takes"), minutesText(m_verdict.rollbackMinutes)},
        });
        if (m_verdict.simulated) {
            items.append({ReportTr::tr("Likely finish (P50)"), time(m_verdict.p50Utc)});
            items.append(
                {ReportTr::tr("Finish with 80 % confidence (P80)"), time(m_verdict.p80Utc)});
            items.append(
                {ReportTr::tr("Finish with 95 % confidence (P95)"), time(m_verdict.p95Utc)});
            items.append({ReportTr::tr("Chance to fit with rollback reserve"),
                          ReportTr::tr("%1 % (%2 simulated runs)")
                              .arg(m_locale.toString(m_verdict.fitProbability * 100, 'f', 1))
                              .arg(simulation.iterations)});
        }
    }
    int changing = 0;
    for (const auto &[id, system] : m_data.systems)
        changing += changesVersion(system);
    items.append(
        {ReportTr::tr("Runbook"), ReportTr::tr("%n step(s)", nullptr, int(m_data.steps.size()))});
    items.append({ReportTr::tr("Systems changing"),
                  ReportTr::tr("%1 of %n in the inventory", nullptr, int(m_data.systems.size()))
                      .arg(changing)});
    const int cycles = int(m_compatibility.cycles.size());
    const QString findings = QString::number(m_compatibility.findings.size());
    items.append(
        {ReportTr::tr("Compatibility findings"),
         cycles ? ReportTr::tr("%1, and %n dependency cycle(s)", nullptr, cycles).arg(findings)
                : findings});
    items.append(
        {ReportTr::tr("Scheduling conflicts"), QString::number(m_analysis.conflicts.size())});
    items.append({ReportTr::tr("Readiness"),
                  ReportTr::tr("%1 of %2 items ready").arg(ready).arg(m_readiness.size())});
    writer.keyValues(items);
    if (!m_verdict.blockers.isEmpty() || !m_verdict.risks.isEmpty()) {
        writer.heading(2, ReportTr::tr("Go / no-go: %1").arg(m_verdict.decisionText()));
        reasons(writer, m_verdict.blockers, Tone::Bad, 0);
        reasons(writer, m_verdict.risks, Tone::Warning, 0);
    }
}

void PlanReport::scope(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Scope and inventory"));
    std::map<SystemKind, int> byKind;
    for (const auto &[id, system] : m_data.systems)
        ++byKind[system.systemKind];
    QStringList kinds;
    for (const auto &[kind, count] : byKind)
        kinds.append(QStringLiteral("%1 %2").arg(count).arg(enumDisplayName(kind)));
    writer.paragraph(
        ReportTr::tr("The inventory holds %n system(s): %1.", nullptr, int(m_data.systems.size()))
            .arg(kinds.join(QStringLiteral(", "))));

    writer.heading(2, ReportTr::tr("Systems that change"));
    ReportTable changing{{ReportTr::tr("System"), ReportTr::tr("Kind"), ReportTr::tr("Environment"),
                          ReportTr::tr("Current"), ReportTr::tr("Target"),
                          ReportTr::tr("Criticality"), ReportTr::tr("Owner")},
                         {2.2, 1.2, 1.35, 1.1, 1.1, 1.1, 1.3},
                         {},
                         {}};
    QStringList processes;
    for (const auto &[id, system] : m_data.systems) {
        if (!changesVersion(system))
            continue;
        changing.rows.append({system.name, enumDisplayName(system.systemKind), system.environment,
                              system.currentVersion, system.targetVersion,
                              enumDisplayName(system.criticality), system.owner});
        changing.marks.append(system.criticality >= Level::High ? report::markOf(Tone::Warning)
                                                                : QColor());
        processes.append(system.businessProcesses);
    }
    if (changing.rows.isEmpty())
        writer.paragraph(ReportTr::tr("No system has a target version yet."));
    else
        writer.table(changing);
    processes.removeDuplicates();
    processes.sort(Qt::CaseInsensitive);
    if (!processes.isEmpty())
        writer.paragraph(ReportTr::tr("Business processes served by these systems: %1.")
                             .arg(processes.join(QStringLiteral(", "))));

    writer.heading(2, ReportTr::tr("Inventory"));
    ReportTable inventory{{ReportTr::tr("System"), ReportTr::tr("Kind"),
                           ReportTr::tr("Environment"), ReportTr::tr("Site"),
                           ReportTr::tr("Version"), ReportTr::tr("Criticality")},
                          {2.4, 1.3, 1.1, 1.1, 1.6, 1},
                          {},
                          {}};
    for (const auto &[id, system] : m_data.systems) {
        inventory.rows.append({system.name, enumDisplayName(system.systemKind), system.environment,
                               system.site, system.currentVersion,
                               enumDisplayName(system.criticality)});
    }
    writer.table(inventory);
}

QString PlanReport::systemName(Id id) const
{
    const auto system = m_data.systems.find(id);
    return system == m_data.systems.end() ? QString() : system->second.name;
}

void PlanReport::compatibility(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Compatibility"));
    if (m_compatibility.isClean()) {
        writer.callout(ReportTr::tr("Every dependency constraint and compatibility rule "
                                    "holds before, during and after the change."),
                       Tone::Good);
    } else if (!m_compatibility.findings.isEmpty()) {
        writer.callout(ReportTr::tr("%n compatibility finding(s) need attention before "
                                    "approval.",
                                    nullptr, int(m_compatibility.findings.size())),
                       Tone::Bad);
    } else {
        writer.callout(ReportTr::tr("Every constraint holds, but the dependencies form a "
                                    "cycle: no upgrade order can put every dependency first."),
                       Tone::Bad);
    }
    if (!m_compatibility.findings.isEmpty()) {
        ReportTable findings{{ReportTr::tr("When"), ReportTr::tr("Status"), ReportTr::tr("Finding")},
                             {1.1, 0.9, 5},
                             {},
                             {}};
        for (const CompatibilityFinding &finding : m_compatibility.findings) {
            QString when;
            switch (finding.state) {
            case CompatibilityState::Current:
                when = ReportTr::tr("Before");
                break;
            case CompatibilityState::Target:
                when = ReportTr::tr("After");
                break;
            case CompatibilityState::MidChange:
                when = ReportTr::tr("During (after step %1 of the order)")
                           .arg(finding.afterGroup + 1);
                break;
            }
            const bool violated = finding.status == ConstraintStatus::Violated;
            findings.rows.append(
                {when, violated ? ReportTr::tr("Violated") : ReportTr::tr("Cannot be evaluated"),
                 finding.message});
            findings.marks.append(report::markOf(violated ? Tone::Bad : Tone::Warning));
        }
        writer.table(findings);
    }
    for (const DependencyCycle &cycle : m_compatibility.cycles) {
        QStringList names;
        for (const Id id : cycle.path)
            names.append(systemName(id));
        writer.paragraph(ReportTr::tr("Dependency cycle: %1")
                             .arg(names.join(QStringLiteral(" \u2192 "))),
                         Tone::Bad);
    }
    if (!m_compatibility.order.isEmpty()) {
        writer.heading(2, ReportTr::tr("Upgrade order"));
        writer.paragraph(ReportTr::tr("Dependencies are upgraded before the systems that "
                                      "need them; systems in one row change together."));
        ReportTable order{{ReportTr::tr("#"), ReportTr::tr("Systems"), ReportTr::tr("Why together")},
                          {0.4, 3, 3},
                          {},
                          {}};
        for (qsizetype index = 0; index < m_compatibility.order.size(); ++index) {
            const UpgradeGroup &group = m_compatibility.order[index];
            QStringList names;
            for (const Id id : group.systemIds)
                names.append(systemName(id));
            order.rows.append(
                {QString::number(index + 1), names.join(QStringLiteral(", ")), group.reason});
        }
        writer.table(order);
    }
}

void PlanReport::graph(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Dependency graph"));
    writer.paragraph(ReportTr::tr("Each arrow points from a system to a system it needs. "
                                  "Colours show the worst compatibility finding that "
                                  "involves a system."));
    if (m_figures.dependencyGraph)
        writer.figure(*m_figures.dependencyGraph, ReportTr::tr("Dependency graph"));
    if (!m_figures.dependencyGraphNote.isEmpty())
        writer.paragraph(m_figures.dependencyGraphNote, Tone::Warning);
}

} // namespace planreport

QString reportKindName(ReportKind kind)
{
    return kind == ReportKind::Plan ? ReportTr::tr("Plan report for approval")
                                    : ReportTr::tr("Run record");
}

Id reportedRunId(const ProjectData &data, Id runId)
{
    if (runId)
        return data.runs.contains(runId) ? runId : 0;
    return data.runs.empty() ? 0 : data.runs.rbegin()->first;
}

int reportDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int dpi = screen ? qRound(screen->logicalDotsPerInchY()) : 0;
    return dpi >= 48 && dpi <= 600 ? dpi : 96;
}

std::function<void(ReportWriter &)> planReport(const ProjectData &data,
                                               const PlanAnalysis &analysis, const Verdict &verdict,
                                               const CompatibilityReport &compatibility,
                                               const ReportFigures &figures,
                                               const ReportOptions &options)
{
    auto composer = std::make_shared<planreport::PlanReport>(data, analysis, verdict, compatibility,
                                                             figures, options);
    return [composer](ReportWriter &writer) {
        composer->compose(writer);
    };
}

bool renderReport(const ProjectData &data, const std::function<void(ReportWriter &)> &composition,
                  const ReportOptions &options, ReportCanvas &canvas,
                  const ReportWriter::Progress &progress, QString *error)
{
    ReportWriter writer(QPageSize(options.pageSize), options.dpi > 0 ? options.dpi : reportDpi());
    writer.setHeader(data.change.title, reportKindName(options.kind));
    const QDateTime now = options.clock ? options.clock() : systemNow();
    writer.setFooter(ReportTr::tr("Generated %1")
                         .arg(formatInZone(now, zoneOrUtc(data.change.timeZone), options.locale)));
    return writer.render(composition, canvas, progress, error);
}

} // namespace uw
