// The plan report's runbook sections: schedule, rollback, conflicts, readiness and people.
#include "reportplan_p.h"

#include "enumkeys.h"
#include "notice.h"
#include "zonedtime.h"

namespace uw::planreport {
namespace {

using report::minutesText;

QString statusText(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return ReportTr::tr("Ready");
    case Tone::Warning:
        return ReportTr::tr("Open");
    case Tone::Bad:
        return ReportTr::tr("Blocking");
    case Tone::Neutral:
        break;
    }
    return {};
}

} // namespace

void PlanReport::schedule(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Schedule"));
    const Schedule &schedule = m_analysis.schedule;
    if (!plannable()) {
        Tone tone = Tone::Neutral;
        writer.callout(fitSentence(&tone), tone);
        return;
    }
    const MonteCarloResult &simulation = m_analysis.simulation;
    QList<std::pair<QString, QString>> items{
        {ReportTr::tr("Window"),
         ReportTr::tr("%1, %2 \u2013 %3")
             .arg(m_analysis.window.name, time(schedule.startUtc), time(schedule.windowEndUtc))},
        {ReportTr::tr("Planned finish"), time(schedule.finishUtc())},
        {ReportTr::tr("Point of no return"),
         ReportTr::tr("%1 \u2014 after this moment a full rollback no longer ends %2 "
                      "before the window closes")
             .arg(time(schedule.pointOfNoReturnUtc()), minutesText(schedule.reserveMinutes))},
    };
    if (simulation.valid) {
        items.append(
            {ReportTr::tr("Finish, simulated"),
             ReportTr::tr("P50 %1\nP80 %2\nP95 %3")
                 .arg(time(simulation.p50Utc), time(simulation.p80Utc), time(simulation.p95Utc))});
    }
    if (schedule.levelled)
        items.append(
            {ReportTr::tr("People"), ReportTr::tr("Levelled: nobody runs two steps at once.")});
    writer.keyValues(items);
    Tone tone = Tone::Neutral;
    writer.callout(fitSentence(&tone), tone);
    if (m_figures.gantt)
        writer.figure(*m_figures.gantt,
                      ReportTr::tr("Timeline with the point of no return and P80"));

    QStringList path;
    for (const Id id : schedule.criticalPath)
        path.append(stepTitle(id));
    writer.heading(2, ReportTr::tr("Critical path"));
    writer.paragraph(ReportTr::tr("Any delay of these steps moves the finish: %1.")
                         .arg(path.join(QStringLiteral(" \u2192 "))));

    writer.heading(2, ReportTr::tr("Steps"));
    ReportTable steps{{ReportTr::tr("#"), ReportTr::tr("Step"), ReportTr::tr("Phase"),
                       ReportTr::tr("Owner"), ReportTr::tr("Start"), ReportTr::tr("Finish"),
                       ReportTr::tr("Likely"), ReportTr::tr("Slack")},
                      {0.5, 3.2, 1, 1.2, 1.9, 1.9, 0.9, 0.9},
                      {},
                      {}};
    std::vector<const Step *> ordered;
    for (const auto &[id, step] : m_data.steps) {
        if (step.phase != Phase::Rollback)
            ordered.push_back(&step);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Step *a, const Step *b) {
        const StepTiming *ta = schedule.timing(a->id);
        const StepTiming *tb = schedule.timing(b->id);
        const double sa = ta ? ta->start : 1e18;
        const double sb = tb ? tb->start : 1e18;
        return sa != sb ? sa < sb : a->position < b->position;
    });
    for (const Step *step : ordered) {
        const StepTiming *timing = schedule.timing(step->id);
        steps.rows.append({QString::number(step->id), step->title, enumDisplayName(step->phase),
                           report::personName(m_data, step->ownerId),
                           timing ? time(schedule.toUtc(timing->start)) : ReportTr::tr("disabled"),
                           timing ? time(schedule.toUtc(timing->finish)) : QString(),
                           minutesText(step->estimate.likely),
                           !timing            ? QString()
                           : timing->critical ? ReportTr::tr("critical")
                                              : minutesText(timing->totalSlack)});
        steps.marks.append(timing && timing->critical ? report::markOf(Tone::Bad) : QColor());
    }
    writer.table(steps);
}

void PlanReport::rollback(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Rollback plan"));
    const Schedule &schedule = m_analysis.schedule;
    QList<const Step *> rollbackSteps;
    for (const auto &[id, step] : m_data.steps) {
        if (step.phase == Phase::Rollback)
            rollbackSteps.append(&step);
    }
    if (rollbackSteps.isEmpty()) {
        writer.callout(ReportTr::tr("The runbook has no rollback steps: a failed change "
                                    "cannot be undone as planned."),
                       Tone::Bad);
        return;
    }
    if (plannable()) {
        QStringList path;
        for (const Id id : schedule.rollbackCriticalPath)
            path.append(stepTitle(id));
        writer.keyValues({
            {ReportTr::tr("Full rollback takes"), minutesText(schedule.rollbackMinutes)},
            {ReportTr::tr("Reserve kept before the window ends"),
             minutesText(schedule.reserveMinutes)},
            {ReportTr::tr("Last execute step"),
             schedule.lastExecuteStepId
                 ? ReportTr::tr("%1, ends %2")
                       .arg(stepTitle(schedule.lastExecuteStepId),
                            time(schedule.toUtc(schedule.lastExecuteFinishMinutes)))
                 : QStringLiteral("\u2014")},
            {ReportTr::tr("Point of no return"), time(schedule.pointOfNoReturnUtc())},
            {ReportTr::tr("Rollback after all execute work ends"),
             time(m_analysis.rollbackFinishUtc())},
            {ReportTr::tr("Rollback critical path"), path.join(QStringLiteral(" \u2192 "))},
        });
    }
    ReportTable table{{ReportTr::tr("#"), ReportTr::tr("Rollback step"), ReportTr::tr("Undoes"),
                       ReportTr::tr("Owner"), ReportTr::tr("Likely")},
                      {0.5, 3, 3, 1.2, 0.9},
                      {},
                      {}};
    for (const Step *step : std::as_const(rollbackSteps)) {
        QStringList undoes;
        for (const Id id : step->undoesStepIds)
            undoes.append(stepTitle(id));
        table.rows.append(
            {QString::number(step->id), step->title,
             undoes.isEmpty() ? ReportTr::tr("(whole change)") : undoes.join(QStringLiteral("; ")),
             report::personName(m_data, step->ownerId), minutesText(step->estimate.likely)});
    }
    writer.table(table);

    ReportTable losses{{ReportTr::tr("#"), ReportTr::tr("Step"), ReportTr::tr("A rollback")},
                       {0.5, 3, 4.5},
                       {},
                       {}};
    for (const auto &[id, step] : m_data.steps) {
        if (step.phase == Phase::Rollback || (step.reversible && step.rollbackLoss.isEmpty()))
            continue;
        losses.rows.append({QString::number(id), step.title,
                            step.reversible ? ReportTr::tr("loses %1").arg(step.rollbackLoss)
                                            : ReportTr::tr("cannot undo it once started")});
        losses.marks.append(report::markOf(step.reversible ? Tone::Warning : Tone::Bad));
    }
    if (!losses.rows.isEmpty()) {
        writer.heading(2, ReportTr::tr("What a rollback does not give back"));
        writer.table(losses);
    }
}

void PlanReport::conflicts(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Conflicts"));
    if (m_analysis.conflicts.isEmpty()) {
        writer.callout(ReportTr::tr("No conflicts: the window overlaps no freeze, blackout "
                                    "or peak period of the affected systems, and every "
                                    "owner is available and booked once at a time."),
                       Tone::Good);
        return;
    }
    ReportTable table{{ReportTr::tr("Conflict")}, {1}, {}, {}};
    for (const Conflict &conflict : m_analysis.conflicts) {
        table.rows.append({conflict.message});
        table.marks.append(report::markOf(Tone::Warning));
    }
    writer.table(table);
}

void PlanReport::readiness(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("Readiness"));
    ReportTable table{{ReportTr::tr("Item"), ReportTr::tr("Status"), ReportTr::tr("Detail")},
                      {2, 0.9, 4.2},
                      {},
                      {}};
    for (const ReadinessItem &item : m_readiness) {
        table.rows.append({item.item, statusText(item.tone), item.detail});
        table.marks.append(report::markOf(item.tone));
    }
    writer.table(table);
}

void PlanReport::people(ReportWriter &writer) const
{
    writer.heading(1, ReportTr::tr("People and communication"));
    ReportTable people{{ReportTr::tr("Name"), ReportTr::tr("Roles"), ReportTr::tr("Contact"),
                        ReportTr::tr("Steps owned")},
                       {1.6, 2, 2.2, 0.9},
                       {},
                       {}};
    for (const auto &[id, person] : m_data.people) {
        QStringList roles;
        for (const Role role : {RoleLead, RoleApprover, RoleExecutor, RoleVerifier}) {
            if (person.roles & role)
                roles.append(enumDisplayName(role));
        }
        int owned = 0;
        for (const auto &[stepId, step] : m_data.steps)
            owned += step.ownerId == id;
        people.rows.append({person.name, roles.join(QStringLiteral(", ")), person.contact,
                            QString::number(owned)});
    }
    writer.table(people);

    if (!m_data.approvals.empty()) {
        writer.heading(2, ReportTr::tr("Approvals"));
        ReportTable approvals{{ReportTr::tr("Approver"), ReportTr::tr("Decision"),
                               ReportTr::tr("When"), ReportTr::tr("Comment")},
                              {1.5, 1, 2, 3},
                              {},
                              {}};
        for (const auto &[id, approval] : m_data.approvals) {
            approvals.rows.append({report::personName(m_data, approval.personId),
                                   enumDisplayName(approval.decision), time(approval.decidedAtUtc),
                                   approval.comment});
            approvals.marks.append(
                report::markOf(approval.decision == ApprovalDecision::Approved   ? Tone::Good
                               : approval.decision == ApprovalDecision::Rejected ? Tone::Bad
                                                                                 : Tone::Warning));
        }
        writer.table(approvals);
    }

    writer.heading(2, ReportTr::tr("Communication plan"));
    const Window *window = m_analysis.hasWindow ? &m_analysis.window : nullptr;
    const QList<std::pair<NoticeKind, QString>> moments{
        {NoticeKind::Before, ReportTr::tr("Days before the window")},
        {NoticeKind::Start, ReportTr::tr("When work starts")},
        {NoticeKind::Done, ReportTr::tr("When the change is done")},
        {NoticeKind::Delayed, ReportTr::tr("If the finish moves")},
        {NoticeKind::RolledBack, ReportTr::tr("If the change is rolled back")},
    };
    ReportTable plan{{ReportTr::tr("When"), ReportTr::tr("Notice")}, {1.4, 4}, {}, {}};
    QStringList recipients;
    for (const auto &[kind, when] : moments) {
        const Notice notice = composeNotice(m_data, defaultNoticeTemplate(kind), window);
        plan.rows.append({when, notice.subject});
        recipients = notice.recipients;
    }
    writer.table(plan);
    writer.paragraph(recipients.isEmpty()
                         ? ReportTr::tr("Nobody in the project has an e-mail address yet.")
                         : ReportTr::tr("Sent to: %1").arg(recipients.join(QStringLiteral(", "))));
    const Notice before = composeNotice(m_data, defaultNoticeTemplate(NoticeKind::Before), window);
    writer.heading(2, ReportTr::tr("Announcement"));
    writer.paragraph(before.subject, Tone::Neutral);
    writer.paragraph(before.body);
}

} // namespace uw::planreport
