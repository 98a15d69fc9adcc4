#include "runsummary.h"

#include "zonedtime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace uw {
namespace {

class RunSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunSummary)
};

QString wallTime(const QDateTime &utc, const QString &zone)
{
    return QLocale().toString(toZone(utc, zone), QStringLiteral("HH:mm"));
}

QString stepName(const ProjectData &data, Id stepId)
{
    const auto step = data.steps.find(stepId);
    return step == data.steps.end()
               ? RunSummaryText::tr("step %1").arg(stepId)
               : QStringLiteral("#%1 \u201c%2\u201d").arg(stepId).arg(step->second.title);
}

QString decisionName(const QString &key)
{
    switch (decisionFromKey(key).value_or(RunDecision::Go)) {
    case RunDecision::Go:
        return RunSummaryText::tr("Go");
    case RunDecision::NoGo:
        return RunSummaryText::tr("No-go");
    case RunDecision::Rollback:
        return RunSummaryText::tr("Roll back");
    case RunDecision::ContinueAfterFailure:
        return RunSummaryText::tr("Continue after the failure");
    case RunDecision::ContinuePastPointOfNoReturn:
        return RunSummaryText::tr("Continue past the point of no return");
    case RunDecision::ContinuePastWindowEnd:
        return RunSummaryText::tr("Continue past the window end");
    }
    return key;
}

QString minutes(double value)
{
    return formatMinutes(value);
}

} // namespace

QString runSummaryText(const ProjectData &data, const RunState &state, Id runId, const QString &zone)
{
    const auto runIt = data.runs.find(runId);
    if (runIt == data.runs.end())
        return {};
    const Run &run = runIt->second;
    QStringList lines;
    const QDateTime end = run.endedAtUtc.isValid() ? run.endedAtUtc : QDateTime();
    if (end.isValid())
        lines.append(RunSummaryText::tr("%1 ran %2, from %3 to %4 (%5).")
                         .arg(run.name, formatDuration(run.startedAtUtc.secsTo(end)),
                              wallTime(run.startedAtUtc, zone), wallTime(end, zone), zone));
    else
        lines.append(RunSummaryText::tr("%1 started at %2 (%3) and has not ended.")
                         .arg(run.name, wallTime(run.startedAtUtc, zone), zone));

    const RunTally tally = tallyRun(state);
    lines.append(RunSummaryText::tr("Steps: %1 done, %2 skipped, %3 failed, %4 not finished.")
                     .arg(tally.done)
                     .arg(tally.skipped)
                     .arg(tally.failed)
                     .arg(tally.notFinished));

    double actualTotal = 0;
    double plannedTotal = 0;
    for (const auto &[stepId, actual] : actualDurations(data, runId)) {
        const auto step = data.steps.find(stepId);
        if (step == data.steps.end())
            continue;
        actualTotal += actual;
        plannedTotal += step->second.estimate.likely;
    }
    if (plannedTotal > 0) {
        const double variance = actualTotal - plannedTotal;
        lines.append(RunSummaryText::tr("The finished steps took %1 against %2 planned: %3%4 "
                                        "(%5 %).")
                         .arg(minutes(actualTotal), minutes(plannedTotal),
                              variance >= 0 ? QStringLiteral("+") : QString(), minutes(variance),
                              QLocale().toString(variance / plannedTotal * 100, 'f', 0)));
    }

    QStringList failures;
    QStringList decisions;
    for (const RunEvent &event : data.runEvents) {
        if (event.runId != runId)
            continue;
        const QString note = event.note.isEmpty() ? QString()
                                                  : QStringLiteral(": %1").arg(event.note);
        if (event.type == RunEventType::StepFailed)
            failures.append(RunSummaryText::tr("  %1 %2 failed (%3)%4")
                                .arg(wallTime(event.timeUtc, zone), stepName(data, event.stepId),
                                     event.person, note));
        else if (event.type == RunEventType::Decision)
            decisions.append(
                RunSummaryText::tr("  %1 %2 by %3%4%5")
                    .arg(wallTime(event.timeUtc, zone), decisionName(event.decision), event.person,
                         event.stepId ? QStringLiteral(" (%1)").arg(stepName(data, event.stepId))
                                      : QString(),
                         note));
    }
    lines.append(failures.isEmpty()
                     ? RunSummaryText::tr("Failures: none.")
                     : RunSummaryText::tr("Failures during the run: %1 (a step may fail and "
                                          "then be retried or skipped):")
                           .arg(tally.failures));
    lines.append(failures);
    lines.append(decisions.isEmpty() ? RunSummaryText::tr("Decisions: none.")
                                     : RunSummaryText::tr("Decisions:"));
    lines.append(decisions);
    if (state.rollingBack)
        lines.append(RunSummaryText::tr("The run was rolled back at %1.")
                         .arg(wallTime(state.rollbackDecidedAtUtc, zone)));
    return lines.join(QLatin1Char('\n'));
}

QString commandReviewText(const QList<ReviewItem> &items)
{
    QStringList lines{RunSummaryText::tr("This project runs or reaches the following from this "
                                         "computer. Read each line before you trust it:"),
                      QString()};
    for (const ReviewItem &item : items) {
        QString kind;
        QString text = item.text;
        switch (item.kind) {
        case ReviewItem::Kind::Command:
            kind = RunSummaryText::tr("Command");
            for (const QString &variable : item.variables)
                text += RunSummaryText::tr("\n    given %1").arg(variable);
            break;
        case ReviewItem::Kind::HttpCheck:
            kind = RunSummaryText::tr("HTTP check");
            break;
        case ReviewItem::Kind::MetricCommand:
            kind = RunSummaryText::tr("Metric command");
            break;
        case ReviewItem::Kind::MetricQuery:
            kind = RunSummaryText::tr("Prometheus metric");
            text = item.tokenSource == ReviewItem::TokenSource::Keychain
                       ? RunSummaryText::tr("%1, sending the token stored for it in the keychain "
                                            "entry \u201c%2\u201d")
                             .arg(item.text, item.tokenName)
                   : item.tokenSource == ReviewItem::TokenSource::Environment
                       ? RunSummaryText::tr("%1, sending the environment variable %2 as its "
                                            "token")
                             .arg(item.text, item.tokenName)
                       : RunSummaryText::tr("%1, without a token").arg(item.text);
            break;
        }
        lines.append(QStringLiteral("\u2022 %1 \u2014 %2:\n    %3").arg(item.title, kind, text));
    }
    lines.append(QString());
    lines.append(RunSummaryText::tr("Trust these? Until you do, command and HTTP check steps do "
                                    "not run, and metrics that run a command or query a server "
                                    "are not polled; if any of them changes, you are asked "
                                    "again."));
    return lines.join(QLatin1Char('\n'));
}

QString rollbackConsequencesText(const ProjectData &data, const RunState &state)
{
    QStringList irreversible;
    QStringList losses;
    for (const auto &[id, progress] : state.steps) {
        const auto step = data.steps.find(id);
        if (progress.attempts == 0 || step == data.steps.end()
            || step->second.phase == Phase::Rollback)
            continue;
        if (!step->second.reversible)
            irreversible.append(QStringLiteral("\u2022 %1").arg(step->second.title));
        else if (!step->second.rollbackLoss.isEmpty())
            losses.append(
                QStringLiteral("\u2022 %1: %2").arg(step->second.title, step->second.rollbackLoss));
    }
    QStringList lines;
    if (!irreversible.isEmpty())
        lines << RunSummaryText::tr("Started, and no rollback can undo:") << irreversible;
    if (!losses.isEmpty())
        lines << RunSummaryText::tr("Rolling back loses:") << losses;
    return lines.join(QLatin1Char('\n'));
}

QString estimateProposalsText(const ProjectData &data, const QList<EstimateProposal> &proposals)
{
    QStringList lines{RunSummaryText::tr("Update these estimates from what the rehearsal took? "
                                         "This is one edit you can undo."),
                      QString()};
    for (const EstimateProposal &proposal : proposals) {
        lines.append(
            RunSummaryText::tr("%1: took %2 min; likely %3 \u2192 %4 min, range %5\u2013%6 "
                               "\u2192 %7\u2013%8 min")
                .arg(stepName(data, proposal.stepId))
                .arg(QLocale().toString(proposal.actualMinutes, 'f', 0))
                .arg(proposal.before.likely)
                .arg(proposal.after.likely)
                .arg(proposal.before.optimistic)
                .arg(proposal.before.pessimistic)
                .arg(proposal.after.optimistic)
                .arg(proposal.after.pessimistic));
        if (proposal.capped)
            lines.append(RunSummaryText::tr("    (one run moves an estimate at most to double or "
                                            "half; edit the step to go further)"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString doubtfulDurationsText(const ProjectData &data, const QList<EstimateProposal> &proposals)
{
    QStringList lines{RunSummaryText::tr("These steps were finished so quickly that they look "
                                         "clicked through rather than done; their times are left "
                                         "out of the estimates. Learn from them anyway?"),
                      QString()};
    for (const EstimateProposal &proposal : proposals) {
        if (!proposal.implausible)
            continue;
        lines.append(RunSummaryText::tr("%1: took %2 min, best case %3 min")
                         .arg(stepName(data, proposal.stepId))
                         .arg(QLocale().toString(proposal.actualMinutes, 'f', 1))
                         .arg(proposal.before.optimistic));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace uw
