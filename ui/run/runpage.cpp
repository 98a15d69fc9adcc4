#include "runpage.h"

#include "trustreview.h"

#include "metricmonitor.h"
#include "metricsstrip.h"

#include "enumkeys.h"
#include "plananalysis.h"
#include "project.h"
#include "rundonelist.h"
#include "runheader.h"
#include "runrules.h"
#include "runsession.h"
#include "runsummary.h"
#include "runtimeline.h"
#include "runtriggerprompt.h"
#include "zonedtime.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace uw {

RunPage::~RunPage() = default;

void RunPage::setTrustStore(const TrustStore &trust)
{
    m_trust = trust;
    if (m_session)
        m_session->setTrustStore(trust);
    refreshAll();
}

void RunPage::setProject(Project *project)
{
    m_session.reset();
    m_project = project;
    m_metrics->setSource(m_project, m_project ? m_monitor.data() : nullptr);
    const QString previous = m_person->currentText();
    m_person->clear();
    if (m_project) {
        for (const auto &[id, person] : m_project->data().people)
            m_person->addItem(person.name);
        const int match = m_person->findText(m_project->user(), Qt::MatchFixedString);
        if (match >= 0)
            m_person->setCurrentIndex(match);
        else
            m_person->setEditText(previous.isEmpty() ? m_project->user() : previous);
        // A run left open (the program was closed or died) continues where its events end.
        const QList<Id> open = RunSession::openRuns(m_project->data());
        if (!open.isEmpty()) {
            auto resumed = RunSession::resume(*m_project, open.first());
            if (resumed)
                attachSession(std::move(resumed.value()));
            else
                report(tr("Cannot resume the run"), resumed.error().message);
        }
    }
    refreshAll();
}

QString RunPage::actingPerson() const
{
    return m_person->currentText().trimmed();
}

void RunPage::setActingPerson(const QString &name)
{
    const int index = m_person->findText(name, Qt::MatchFixedString);
    if (index >= 0)
        m_person->setCurrentIndex(index);
    else
        m_person->setEditText(name);
}

RunStepCard *RunPage::card(Id stepId) const
{
    const auto found = m_cards.find(stepId);
    return found == m_cards.end() ? nullptr : found->second;
}

QString RunPage::zone() const
{
    if (!m_project)
        return QStringLiteral("UTC");
    const ProjectData &data = m_project->data();
    if (m_session) {
        if (const auto window = data.windows.find(m_session->run().windowId);
            window != data.windows.end())
            return zoneOrUtc(window->second.timeZone);
    } else if (const Window *window = planWindow(data, m_project->now())) {
        return zoneOrUtc(window->timeZone);
    }
    return zoneOrUtc(data.change.timeZone);
}

void RunPage::attachSession(std::unique_ptr<RunSession> session)
{
    m_session = std::move(session);
    // Breaches can only call for a rollback while something watches the metrics.
    if (m_monitor && !m_monitor->isRunning())
        m_monitor->start();
    m_session->setTrustStore(m_trust);
    m_session->setReserveMinutes(m_project->data().change.rollbackReserveMinutes);
    RunSession *current = m_session.get();
    connect(current, &RunSession::stepChanged, this, [this] { refreshAll(); });
    connect(current, &RunSession::runChanged, this, [this] {
        refreshPlan();
        refreshAll();
    });
    connect(current, &RunSession::triggersChanged, this, &RunPage::refreshTriggers);
    connect(current, &RunSession::outputReceived, this, [this](Id stepId, const QString &text) {
        if (RunStepCard *target = card(stepId))
            target->appendOutput(text);
    });
    connect(current, &RunSession::recordFailed, this, [this](Id stepId, const QString &message) {
        report(tr("Outcome not recorded"),
               tr("The outcome of step %1 could not be written, so it shows as interrupted: %2")
                   .arg(stepId)
                   .arg(message));
    });
    m_currentStep = 0;
    refreshPlan();
}

void RunPage::refreshPlan()
{
    m_planned.clear();
    if (!m_session)
        return;
    const ProjectData &data = m_project->data();
    const Run &run = m_session->run();
    PlanAnalysisOptions options;
    options.windowId = run.windowId;
    options.clock = fixedClock(m_project->now());
    const PlanAnalysis analysis = analysePlan(data, options);
    const Schedule &schedule = analysis.schedule;
    if (!schedule.valid)
        return;
    // A rehearsal at another time is measured against the same plan moved to when it started.
    const qint64 shift = m_session->windowShiftSeconds();
    for (const StepTiming &timing : schedule.steps)
        m_planned[timing.stepId] = {schedule.toUtc(timing.start).addSecs(shift),
                                    schedule.toUtc(timing.finish).addSecs(shift)};
    const RunState &state = m_session->state();
    if (state.rollingBack && state.rollbackDecidedAtUtc.isValid()) {
        for (const RollbackBar &bar : analysis.rollbackBars) {
            const double offset = bar.start - schedule.lastExecuteFinishMinutes;
            m_planned[bar.stepId] = {state.rollbackDecidedAtUtc.addSecs(qRound64(offset * 60)),
                                     state.rollbackDecidedAtUtc.addSecs(
                                         qRound64((offset + bar.finish - bar.start) * 60))};
        }
    }
}

void RunPage::refreshAll()
{
    refreshControls();
    refreshCards();
    refreshDoneList();
    refreshTimeline();
    refreshTriggers();
    refreshClock();
}

void RunPage::refreshControls()
{
    const bool writable = m_project && !m_project->isReadOnly();
    const bool open = m_session && !m_session->state().ended;
    m_startRehearsal->setEnabled(writable && !open);
    m_startProduction->setEnabled(writable && !open);
    m_runNote->setEnabled(open);
    m_rollback->setEnabled(open && !m_session->state().rollingBack);
    m_endRun->setEnabled(open);

    if (open)
        m_trustBanner->refresh(m_project, m_trust);
    else
        m_trustBanner->hide();

    const bool ended = m_session && m_session->state().ended;
    m_summary->setVisible(ended);
    if (ended) {
        m_summaryText->setText(
            runSummaryText(m_project->data(), m_session->state(), m_session->runId(), zone()));
        m_calibrate->setVisible(m_session->run().runKind == RunKind::Rehearsal && writable
                                && !m_session->calibrationProposals().isEmpty());
    }
}

RunStepView RunPage::viewOf(Id stepId) const
{
    const ProjectData &data = m_project->data();
    const Step &step = data.steps.at(stepId);
    const StepProgress &progress = *m_session->state().step(stepId);
    RunStepView view;
    view.stepId = stepId;
    view.title = step.title;
    QStringList detail{enumDisplayName(step.phase), enumDisplayName(step.stepKind)};
    if (const auto owner = data.people.find(step.ownerId); owner != data.people.end())
        detail.append(tr("owner %1").arg(owner->second.name));
    if (const auto approver = data.people.find(step.approverId); approver != data.people.end())
        detail.append(tr("decided by %1").arg(approver->second.name));
    if (step.stepKind == StepKind::Command)
        detail.append(step.command.command);
    else if (step.stepKind == StepKind::HttpCheck)
        detail.append(QStringLiteral("%1 %2").arg(step.http.method, step.http.url));
    view.detail = detail.join(QStringLiteral("  ·  "));
    view.instructions = step.instructions;
    view.state = progress.state;
    view.gate = step.stepKind == StepKind::Gate;
    view.irreversible = !step.reversible;
    view.automatic = step.stepKind == StepKind::Command || step.stepKind == StepKind::HttpCheck;
    view.live = m_session->isStepLive(stepId);
    view.attempts = progress.attempts;
    view.startedAtUtc = progress.startedAtUtc;
    view.plannedMinutes = step.estimate.likely;
    view.lastNote = progress.lastNote;
    view.lastOutput = progress.lastOutput;
    return view;
}

void RunPage::refreshCards()
{
    QList<Id> ready;
    QList<Id> running;
    int waiting = 0;
    if (m_session && !m_session->state().ended) {
        for (const auto &[id, progress] : m_session->state().steps) {
            if (!progress.active || !m_project->data().steps.contains(id))
                continue;
            switch (progress.state) {
            case StepRunState::Ready:
            case StepRunState::Failed:
                ready.append(id);
                break;
            case StepRunState::Running:
            case StepRunState::Interrupted:
                running.append(id);
                break;
            case StepRunState::Pending:
                ++waiting;
                break;
            case StepRunState::Done:
            case StepRunState::Skipped:
                break;
            }
        }
    }
    const QList<Id> order = ready + running;
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!order.contains(it->first)) {
            it->second->hide();
            it->second->deleteLater();
            it = m_cards.erase(it);
        } else {
            ++it;
        }
    }
    // Re-laid in order each time: at most a few cards are open at once.
    while (m_cardLayout->count() > 0)
        delete m_cardLayout->takeAt(0);
    m_readyCaption->setText(tr("READY NOW (%1)").arg(ready.size()));
    m_runningCaption->setText(tr("RUNNING (%1)").arg(running.size()));
    m_readyCaption->setVisible(!ready.isEmpty());
    m_runningCaption->setVisible(!running.isEmpty());
    const QDateTime now = m_project ? m_project->now() : QDateTime();
    const auto place = [&](Id id) {
        RunStepCard *&target = m_cards[id];
        if (!target) {
            target = new RunStepCard(id, m_cardLayout->parentWidget());
            connect(target, &RunStepCard::actionRequested, this, &RunPage::act);
            connect(target, &RunStepCard::activated, this, &RunPage::setCurrentStep);
        }
        target->display(viewOf(id), now);
        m_cardLayout->addWidget(target);
        target->show();
    };
    m_cardLayout->addWidget(m_readyCaption);
    for (const Id id : ready)
        place(id);
    m_cardLayout->addWidget(m_runningCaption);
    for (const Id id : running)
        place(id);
    m_cardLayout->addWidget(m_waiting);
    m_cardLayout->addStretch(1);

    if (!m_session)
        m_waiting->setText(m_project ? tr("No run is open. Choose who you are under \u201cActing "
                                          "as\u201d, then start a rehearsal or the production "
                                          "run.")
                                     : tr("Open a project to run its runbook."));
    else if (m_session->state().ended)
        m_waiting->setText(tr("This run has ended."));
    else if (order.isEmpty() && m_session->state().isComplete())
        m_waiting->setText(tr("Every step is done or skipped. End the run to record it."));
    else
        m_waiting->setText(waiting > 0
                               ? tr("%n more step(s) wait for earlier steps.", nullptr, waiting)
                               : QString());
    m_waiting->setVisible(!m_waiting->text().isEmpty());
    m_cardOrder = order;
    setCurrentStep(order.contains(m_currentStep) ? m_currentStep
                                                 : (order.isEmpty() ? 0 : order.first()));
}

void RunPage::setCurrentStep(Id stepId)
{
    m_currentStep = stepId;
    for (const auto &[id, target] : m_cards)
        target->setCurrent(id == stepId);
}

void RunPage::moveCurrent(int delta)
{
    if (m_cardOrder.isEmpty())
        return;
    const int index = std::clamp(int(m_cardOrder.indexOf(m_currentStep)) + delta, 0,
                                 int(m_cardOrder.size()) - 1);
    setCurrentStep(m_cardOrder[index]);
}

void RunPage::refreshDoneList()
{
    m_doneList->refresh(m_project ? m_project->data() : ProjectData(),
                        m_session ? &m_session->state() : nullptr, zone());
}

void RunPage::refreshTimeline()
{
    QList<RunTimelineRow> rows;
    if (!m_session) {
        m_timeline->setRows(rows, zone());
        return;
    }
    const ProjectData &data = m_project->data();
    const RunState &state = m_session->state();
    const auto rowOf = [&](Id stepId, const QDateTime &startUtc, const QDateTime &finishUtc,
                           bool projected) {
        RunTimelineRow row;
        row.projected = projected;
        row.stepId = stepId;
        row.title = data.steps.at(stepId).title;
        row.startUtc = startUtc;
        row.finishUtc = finishUtc;
        row.state = state.stateOf(stepId);
        if (const auto planned = m_planned.find(stepId); planned != m_planned.end()) {
            row.plannedStartUtc = planned->second.first;
            row.plannedFinishUtc = planned->second.second;
        }
        return row;
    };
    // After a rollback the projection covers the rollback only; the forward work that ran
    // stays on the timeline with its actual times.
    for (const auto &[id, progress] : state.steps) {
        if (!progress.active && progress.startedAtUtc.isValid() && data.steps.contains(id))
            rows.append(
                rowOf(id, progress.startedAtUtc,
                      progress.endedAtUtc.isValid() ? progress.endedAtUtc : progress.startedAtUtc,
                      false));
    }
    std::sort(rows.begin(), rows.end(), [](const RunTimelineRow &a, const RunTimelineRow &b) {
        return a.startUtc < b.startUtc;
    });
    for (const StepForecast &forecast : m_session->projection().steps) {
        if (data.steps.contains(forecast.stepId))
            rows.append(
                rowOf(forecast.stepId, forecast.startUtc, forecast.finishUtc,
                      !forecast.actual && state.stateOf(forecast.stepId) != StepRunState::Running));
    }
    m_timeline->setRows(std::move(rows), zone());
}

void RunPage::refreshTriggers()
{
    QList<RollbackTrigger> triggers = m_session ? m_session->triggers() : QList<RollbackTrigger>();
    // Newest first: the condition that just arose is the one to read.
    std::stable_sort(triggers.begin(), triggers.end(),
                     [](const RollbackTrigger &a, const RollbackTrigger &b) {
                         return a.raisedAtUtc > b.raisedAtUtc;
                     });
    m_triggers->setVisible(!triggers.isEmpty());
    if (triggers.size() < 2)
        m_showAllTriggers = false;
    // Rebuilt only when the triggers change, so a prompt never flickers under the pointer.
    if (triggers == m_shownTriggers && m_triggerLayout->count() > 0
        && m_shownAllTriggers == m_showAllTriggers)
        return;
    m_shownTriggers = triggers;
    m_shownAllTriggers = m_showAllTriggers;
    // A prompt may be deleted from inside its own button's click, hence deleteLater.
    while (QLayoutItem *item = m_triggerLayout->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    // Several open conditions collapse to the newest and a count, so that the prompts never
    // push the current step's buttons off the screen.
    const qsizetype shown = m_showAllTriggers ? triggers.size()
                                              : std::min<qsizetype>(1, triggers.size());
    for (qsizetype i = 0; i < shown; ++i) {
        auto *prompt = new RunTriggerPrompt(triggers.at(i), m_triggers);
        connect(prompt, &RunTriggerPrompt::answered, this, &RunPage::answerTrigger);
        m_triggerLayout->addWidget(prompt);
        prompt->show();
    }
    if (triggers.size() > 1) {
        const int hidden = int(triggers.size() - shown);
        auto *more = new QPushButton(m_showAllTriggers
                                         ? tr("Show only the newest")
                                         : tr("More reasons to consider a rollback: %1 (show)")
                                               .arg(hidden),
                                     m_triggers);
        more->setObjectName(QStringLiteral("moreTriggers"));
        more->setFlat(true);
        more->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: 600; text-align: left;"));
        connect(more, &QPushButton::clicked, this, [this] {
            m_showAllTriggers = !m_showAllTriggers;
            refreshTriggers();
        });
        m_triggerLayout->addWidget(more);
        more->show();
    }
}

void RunPage::refreshClock()
{
    const QDateTime now = m_project ? m_project->now() : systemNow();
    if (!m_session) {
        m_header->refresh(nullptr, nullptr, zone(), now);
        m_timeline->setMarkers({}, {}, {});
        return;
    }
    // Time-based triggers (point of no return, window end) are raised within a second, not at
    // the session's own slower pace.
    m_session->checkTriggers();
    const RunProjection projection = m_session->projection();
    m_header->refresh(m_session.get(), &projection, zone(), now);
    for (const auto &[id, target] : m_cards)
        target->updateElapsed(now);
    m_timeline->setMarkers(m_session->state().ended ? QDateTime() : now, projection.windowEndUtc,
                           projection.pointOfNoReturnUtc);
}

void RunPage::showVerdict(const Verdict *verdict)
{
    m_header->setVerdict(verdict);
    refreshClock();
}

void RunPage::setMetricMonitor(MetricMonitor *monitor)
{
    m_monitor = monitor;
    m_metrics->setSource(m_project, monitor);
    m_metrics->setVisible(monitor != nullptr);
    if (!monitor)
        return;
    connect(monitor, &MetricMonitor::rollbackTriggered, this, &RunPage::raiseMetricTrigger);
    if (m_session && !monitor->isRunning())
        monitor->start();
}

bool RunPage::raiseMetricTrigger(const Breach &breach)
{
    if (!m_session || !m_project)
        return false;
    const auto metric = m_project->data().metrics.find(breach.metricId);
    const QString name = metric == m_project->data().metrics.end()
                             ? QString::number(breach.metricId)
                             : metric->second.name;
    const QString message = tr("%1 has stayed beyond %2 since %3 (worst %4).")
                                .arg(name, QLocale().toString(breach.limit),
                                     formatInZone(breach.startUtc, m_project->change().timeZone),
                                     QLocale().toString(breach.worstValue));
    return m_session->raiseMetricTrigger(breach.metricId, message);
}

} // namespace uw
