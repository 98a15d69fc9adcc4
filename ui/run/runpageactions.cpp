#include "runpage.h"

#include "trustreview.h"

#include "dialogs.h"
#include "metricmonitor.h"
#include "plananalysis.h"
#include "project.h"
#include "runrules.h"
#include "runsession.h"
#include "runsummary.h"
#include "zonedtime.h"

#include <QComboBox>
#include <QLocale>

#include <algorithm>

// What the run page's buttons do: the questions they ask and the session calls they make.
namespace uw {

bool RunPage::requirePerson()
{
    if (!actingPerson().isEmpty())
        return true;
    report(tr("Who is acting?"), tr("Choose or type your name under \u201cActing as\u201d first: "
                                    "every event of the run names the person who recorded it."));
    m_person->setFocus();
    return false;
}

void RunPage::report(const QString &title, const QString &error)
{
    Dialogs::instance().warning(this, title, error);
}

bool RunPage::startRun(RunKind kind)
{
    if (!m_project || m_project->isReadOnly() || !requirePerson())
        return false;
    if (m_session && !m_session->state().ended) {
        report(tr("Cannot start a run"),
               tr("The run \u201c%1\u201d is still open: end it first.").arg(m_session->run().name));
        return false;
    }
    const ProjectData &data = m_project->data();
    const Window *window = planWindow(data, m_project->now());
    const QString when = QLocale().toString(toZone(m_project->now(), zone()),
                                            QStringLiteral("yyyy-MM-dd HH:mm"));
    QString name = tr("Rehearsal %1").arg(when);
    if (kind == RunKind::Production) {
        name = tr("Production run %1").arg(when);
        QString question = tr("Start the production run of \u201c%1\u201d as %2%3? Every step "
                              "you record is part of the change record.")
                               .arg(data.change.title, actingPerson(),
                                    window ? tr(" in the window \u201c%1\u201d").arg(window->name)
                                           : QString());
        const QDateTime now = m_project->now();
        // Outside its window a production run is measured against the window all the same:
        // everything would show late or past the point of no return. Say so before it starts.
        if (window && (now < window->startUtc || hasEnded(*window, now))) {
            question += QStringLiteral("\n\n")
                        + tr("Careful: it is now %1, outside the window (%2 to %3). The run will "
                             "be measured against that window.")
                              .arg(formatInZone(now, zone()),
                                   formatInZone(window->startUtc, zone()),
                                   formatInZone(window->endUtc, zone()));
        }
        const auto answer = Dialogs::instance().question(this, tr("Start the production run"),
                                                         question);
        if (answer != Dialogs::Answer::Yes)
            return false;
    }
    auto started = RunSession::start(*m_project, kind, name, window ? window->id : 0,
                                     actingPerson());
    if (!started) {
        report(tr("Cannot start the run"), started.error().message);
        return false;
    }
    attachSession(std::move(started.value()));
    if (!commandsToReview(data).isEmpty() && !m_session->commandsTrusted())
        reviewCommands();
    refreshAll();
    return true;
}

void RunPage::reviewCommands()
{
    if (!m_project || !requirePerson())
        return;
    // The metrics polled for this run reach servers too: they start once trusted.
    if (reviewAndTrust(this, *m_project, m_trust, actingPerson()) && m_monitor)
        m_monitor->permissionsChanged();
    refreshAll();
}

bool RunPage::endRun()
{
    if (!m_session || m_session->state().ended || !requirePerson())
        return false;
    const RunState &state = m_session->state();
    const int open = int(
        std::count_if(state.steps.begin(), state.steps.end(), [](const auto &entry) {
            const StepProgress &progress = entry.second;
            return progress.active && progress.state != StepRunState::Done
                   && progress.state != StepRunState::Skipped;
        }));
    const QString question
        = open > 0 ? tr("End the run \u201c%1\u201d with %n step(s) not done? Nothing "
                        "more can be recorded in this run afterwards.",
                        nullptr, open)
                         .arg(m_session->run().name)
                   : tr("End the run \u201c%1\u201d? Nothing more can be recorded in "
                        "this run afterwards.")
                         .arg(m_session->run().name);
    if (Dialogs::instance().question(this, tr("End the run"), question) != Dialogs::Answer::Yes)
        return false;
    QString error;
    if (!m_session->endRun(actingPerson(), {}, &error)) {
        report(tr("Cannot end the run"), error);
        return false;
    }
    refreshAll();
    Dialogs::instance().information(this, tr("Run summary"),
                                    runSummaryText(m_project->data(), m_session->state(),
                                                   m_session->runId(), zone()));
    return true;
}

void RunPage::actOnCurrent(RunStepCard::Action action)
{
    if (const RunStepCard *current = card(m_currentStep); current && current->button(action))
        act(m_currentStep, action);
}

void RunPage::act(Id stepId, RunStepCard::Action action)
{
    if (!m_session || !requirePerson())
        return;
    const QString person = actingPerson();
    const QString title = m_project->data().steps.at(stepId).title;
    Dialogs &dialogs = Dialogs::instance();
    // Say why an action is refused before asking for a reason nobody will read.
    const std::map<RunStepCard::Action, StepAction> asksForReason{{RunStepCard::Action::Skip,
                                                                   StepAction::Skip},
                                                                  {RunStepCard::Action::Go,
                                                                   StepAction::Go},
                                                                  {RunStepCard::Action::NoGo,
                                                                   StepAction::NoGo}};
    if (const auto checked = asksForReason.find(action); checked != asksForReason.end()) {
        const QString refused = refuseStepAction(m_project->data(), m_session->scheduler(),
                                                 m_session->state(), stepId, checked->second,
                                                 person);
        if (!refused.isEmpty()) {
            report(tr("Not allowed"), refused);
            return;
        }
    }
    QString error;
    bool recorded = true;
    switch (action) {
    case RunStepCard::Action::Start:
        if (!m_project->data().steps.at(stepId).reversible
            && dialogs.question(this, tr("A step that cannot be undone"),
                                tr("\u201c%1\u201d cannot be undone: once it has started, a "
                                   "rollback cannot reverse it. Start it?")
                                    .arg(title))
                   != Dialogs::Answer::Yes)
            return;
        recorded = m_session->startStep(stepId, person, {}, &error);
        break;
    case RunStepCard::Action::Finish:
        recorded = m_session->finishStep(stepId, person, {}, &error);
        break;
    case RunStepCard::Action::Fail:
        recorded = m_session->failStep(stepId, person, {}, &error);
        break;
    case RunStepCard::Action::Skip: {
        const QString reason = dialogs.text(this, tr("Skip step"),
                                            tr("Why is \u201c%1\u201d skipped? A skipped step "
                                               "cannot be started again in this run.")
                                                .arg(title),
                                            {});
        if (reason.isEmpty())
            return;
        recorded = m_session->skipStep(stepId, person, reason, &error);
        break;
    }
    case RunStepCard::Action::Stop:
        if (dialogs.question(this, tr("Stop the command"),
                             tr("Stop the command of \u201c%1\u201d? The step is recorded as "
                                "failed in your name.")
                                 .arg(title))
            != Dialogs::Answer::Yes)
            return;
        recorded = m_session->stopStep(stepId, person, &error);
        break;
    case RunStepCard::Action::Go:
    case RunStepCard::Action::NoGo: {
        const bool go = action == RunStepCard::Action::Go;
        const QString reason = dialogs.text(this, go ? tr("Go") : tr("No-go"),
                                            go ? tr("Go for \u201c%1\u201d, decided by %2. What "
                                                    "was checked?")
                                                     .arg(title, person)
                                               : tr("No-go for \u201c%1\u201d, decided by %2. "
                                                    "Why?")
                                                     .arg(title, person),
                                            {});
        if (reason.isEmpty())
            return;
        recorded = m_session->decideGate(stepId, go, person, reason, &error);
        break;
    }
    case RunStepCard::Action::Note:
        addStepNote(stepId);
        return;
    }
    if (!recorded)
        report(tr("Not recorded"), error);
}

void RunPage::addStepNote(Id stepId)
{
    if (!m_session || m_session->state().ended || !requirePerson())
        return;
    const auto step = m_project->data().steps.find(stepId);
    if (step == m_project->data().steps.end())
        return;
    const QString note = Dialogs::instance()
                             .text(this, tr("Note"),
                                   tr("Note on \u201c%1\u201d:").arg(step->second.title), {});
    QString error;
    if (!note.isEmpty() && !m_session->addNote(stepId, actingPerson(), note, &error))
        report(tr("Note not recorded"), error);
}

void RunPage::addRunNote()
{
    if (!m_session || !requirePerson())
        return;
    const QString note = Dialogs::instance()
                             .text(this, tr("Note on the run"),
                                   tr("Note on \u201c%1\u201d:").arg(m_session->run().name), {});
    QString error;
    if (!note.isEmpty() && !m_session->addNote(0, actingPerson(), note, &error))
        report(tr("Note not recorded"), error);
}

void RunPage::answerTrigger(const RollbackTrigger &trigger, bool rollback)
{
    if (!m_session || !requirePerson())
        return;
    const QString reason = Dialogs::instance().text(
        this, rollback ? tr("Roll back") : tr("Continue"),
        rollback ? withConsequences(tr("Why roll back? The run switches to the rollback "
                                       "runbook; this cannot be undone."))
                 : tr("Why is it safe to continue? Your reason goes into the run record."),
        {});
    if (reason.isEmpty())
        return;
    QString error;
    if (!m_session->answerTrigger(trigger, rollback, actingPerson(), reason, &error))
        report(tr("Decision not recorded"), error);
}

QString RunPage::withConsequences(const QString &question) const
{
    const QString consequences = rollbackConsequencesText(m_project->data(), m_session->state());
    return consequences.isEmpty() ? question : question + QStringLiteral("\n\n") + consequences;
}

void RunPage::switchToRollback()
{
    if (!m_session || !requirePerson())
        return;
    const QString reason = Dialogs::instance().text(
        this, tr("Switch to rollback"),
        withConsequences(tr("Why roll back? The run switches to the rollback of the work started "
                            "so far; this cannot be undone.")),
        {});
    QString error;
    if (!reason.isEmpty() && !m_session->switchToRollback(actingPerson(), reason, &error))
        report(tr("Rollback not recorded"), error);
}

void RunPage::offerCalibration()
{
    if (!m_session || !m_project)
        return;
    const QList<EstimateProposal> all = m_session->calibrationProposals();
    QList<EstimateProposal> proposals = plausibleProposals(all);
    if (proposals.size() < all.size()
        && Dialogs::instance().question(this, tr("Durations that look wrong"),
                                        doubtfulDurationsText(m_project->data(), all))
               == Dialogs::Answer::Yes)
        proposals = all;
    if (proposals.isEmpty())
        return;
    if (Dialogs::instance().question(this, tr("Update estimates"),
                                     estimateProposalsText(m_project->data(), proposals))
        != Dialogs::Answer::Yes)
        return;
    QString error;
    if (!applyEstimates(*m_project, proposals, &error))
        report(tr("Estimates not updated"), error);
    refreshAll();
}

} // namespace uw
