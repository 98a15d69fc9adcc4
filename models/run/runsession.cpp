#include "runsession.h"

#include "commandrunner.h"
#include "commandvariables.h"
#include "httpcheck.h"
#include "keychain.h"
#include "metriccheck.h"
#include "project.h"
#include "scheduler.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class RunSessionText
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunSession)
};

constexpr std::chrono::seconds triggerCheckInterval{15};
/** A keychain that asks for its password gets this long for someone to type it. */
constexpr std::chrono::seconds keychainPatience{60};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/** A step that runs a process or reaches the network: it waits for the user's trust. */
bool reachesOut(const Step &step)
{
    return step.stepKind == StepKind::Command || step.stepKind == StepKind::HttpCheck;
}

/** A step that decides its own outcome once started. */
bool isAutomatic(const Step &step)
{
    return reachesOut(step) || step.stepKind == StepKind::MetricCheck;
}

QString evidenceText(const MetricCheckResult &result, const QString &zone)
{
    QStringList lines;
    for (const MetricCheckEvidence &evidence : result.evidence) {
        lines.append(
            RunSessionText::tr("%1  %2  %3  %4")
                .arg(evidence.series.isEmpty() ? RunSessionText::tr("(value)") : evidence.series,
                     formatInZone(evidence.timeUtc, zone), QString::number(evidence.value, 'g', 10),
                     evidence.passed ? RunSessionText::tr("passed") : RunSessionText::tr("failed")));
    }
    return lines.join(u'\n');
}

QList<std::pair<TriggerKind, Id>> triggerKeys(const QList<RollbackTrigger> &triggers)
{
    QList<std::pair<TriggerKind, Id>> keys;
    for (const RollbackTrigger &trigger : triggers)
        keys.append({trigger.kind, trigger.stepId ? trigger.stepId : trigger.metricId});
    return keys;
}

} // namespace

RunSession::RunSession(Project &project, Id runId)
    : m_project(project)
    , m_runId(runId)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_triggerTimer(new QTimer(this))
{
    qRegisterMetaType<uw::RunEvent>();
    qRegisterMetaType<uw::Id>("uw::Id");
    rebuild();
    m_shownTriggers = triggerKeys(triggers());
    connect(&m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
        if (change.touches(EntityKind::Step) || change.touches(EntityKind::StepLink)
            || change.touches(EntityKind::System) || change.touches(EntityKind::Person)) {
            rebuild();
            emit runChanged();
            checkTriggers();
        }
    });
    connect(m_triggerTimer, &QTimer::timeout, this, &RunSession::checkTriggers);
    m_triggerTimer->start(triggerCheckInterval);
}

RunSession::~RunSession() = default;

Result<std::unique_ptr<RunSession>> RunSession::start(Project &project, RunKind kind,
                                                      const QString &name, Id windowId,
                                                      const QString &person)
{
    if (person.trimmed().isEmpty())
        return Error{ErrorCode::InvalidData,
                     RunSessionText::tr("Say who starts the run: every run event names a "
                                        "person.")};
    auto runId = project.startRun({0, kind, name, windowId, project.now(), {}});
    if (!runId)
        return runId.error();
    std::unique_ptr<RunSession> session(new RunSession(project, runId.value()));
    QString error;
    RunEvent started;
    started.type = RunEventType::RunStarted;
    started.person = person;
    started.note = name;
    if (!session->record(started, &error))
        return Error{ErrorCode::Failed, error};
    return session;
}

Result<std::unique_ptr<RunSession>> RunSession::resume(Project &project, Id runId)
{
    if (!project.data().runs.contains(runId))
        return Error{ErrorCode::InvalidData, RunSessionText::tr("The project %1 has no run %2.")
                                                 .arg(project.filePath(), QString::number(runId))};
    return std::unique_ptr<RunSession>(new RunSession(project, runId));
}

QList<Id> RunSession::openRuns(const ProjectData &data)
{
    QList<Id> open;
    for (const auto &[id, run] : data.runs) {
        if (!run.endedAtUtc.isValid())
            open.prepend(id);
    }
    return open;
}

const Run &RunSession::run() const
{
    return m_project.data().runs.at(m_runId);
}

void RunSession::rebuild()
{
    m_scheduler = std::make_unique<Scheduler>(m_project.data());
    m_state = replayRun(m_project.data(), *m_scheduler, m_runId, m_liveSteps);
}

bool RunSession::commandsTrusted() const
{
    return m_trust.isTrusted(m_project.filePath(), m_project.data());
}

void RunSession::setReserveMinutes(double minutes)
{
    m_reserveMinutes = minutes;
    checkTriggers();
}

bool RunSession::isAutomaticRunning(Id stepId) const
{
    return m_commands.contains(stepId) || m_httpChecks.contains(stepId)
           || m_awaitingSecrets.contains(stepId);
}

bool RunSession::refuse(Id stepId, StepAction action, const QString &person, QString *error) const
{
    const QString reason = refuseStepAction(m_project.data(), *m_scheduler, m_state, stepId, action,
                                            person, isAutomaticRunning(stepId));
    if (reason.isEmpty())
        return false;
    if (error)
        *error = reason;
    return true;
}

bool RunSession::record(RunEvent event, QString *error)
{
    event.runId = m_runId;
    event.timeUtc = m_project.now();
    const auto recorded = m_project.recordRunEvent(event);
    if (!recorded)
        return fail(error, recorded.error().message);
    const RunEvent &stored = m_project.data().runEvents.constLast();
    applyRunEvent(m_state, m_project.data(), stored);
    refreshRunState(m_state, m_project.data(), *m_scheduler, m_liveSteps);
    emit eventRecorded(stored);
    if (stored.stepId != 0)
        emit stepChanged(stored.stepId);
    if (stored.stepId == 0 || stored.type == RunEventType::Decision)
        emit runChanged();
    checkTriggers();
    return true;
}

bool RunSession::startStep(Id stepId, const QString &person, const QString &note, QString *error)
{
    if (refuse(stepId, StepAction::Start, person, error))
        return false;
    const Step &step = m_project.data().steps.at(stepId);
    if (reachesOut(step) && !commandsTrusted())
        return fail(error, RunSessionText::tr("The commands of this project have not been "
                                              "reviewed and trusted on this computer, or they "
                                              "changed since: review them before running "
                                              "\u201c%1\u201d.")
                               .arg(step.title));
    m_liveSteps.insert(stepId);
    RunEvent started;
    started.type = RunEventType::StepStarted;
    started.stepId = stepId;
    started.person = person;
    started.note = note;
    if (!record(started, error)) {
        m_liveSteps.remove(stepId);
        return false;
    }
    if (isAutomatic(step))
        launch(step);
    return true;
}

void RunSession::launch(const Step &step)
{
    const Id stepId = step.id;
    if (step.stepKind == StepKind::Command) {
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("UW_RUN_ID"), QString::number(m_runId));
        environment.insert(QStringLiteral("UW_STEP_ID"), QString::number(stepId));
        environment.insert(QStringLiteral("UW_PROJECT_FILE"), m_project.filePath());
        m_awaitingSecrets.insert(stepId);
        launchCommand(stepId, environment, commandVariables(m_project.data(), step));
    } else if (step.stepKind == StepKind::MetricCheck) {
        // Judged once its start is recorded, on the readings stored by then.
        QTimer::singleShot(0, this, [this, stepId] { judgeMetricCheck(stepId); });
    } else {
        auto check = std::make_unique<HttpCheck>();
        connect(check.get(), &HttpCheck::finished, this,
                [this, stepId](const HttpOutcome &outcome) { onHttpFinished(stepId, outcome); });
        HttpCheck *started = check.get();
        m_httpChecks[stepId] = std::move(check);
        started->start(step.http);
    }
}

void RunSession::launchCommand(Id stepId, QProcessEnvironment environment,
                               QList<CommandVariable> variables)
{
    if (!m_awaitingSecrets.contains(stepId))
        return;
    const auto step = m_project.data().steps.find(stepId);
    if (step == m_project.data().steps.end()) {
        m_awaitingSecrets.remove(stepId);
        return;
    }
    while (!variables.isEmpty()) {
        const CommandVariable variable = variables.takeFirst();
        if (variable.item && variable.item->source == ConfigValueSource::Keychain) {
            readKeychainSecret(variable.item->value, keychainPatience, this,
                               [this, stepId, environment, variables,
                                variable](const KeychainAnswer &answer) mutable {
                                   if (!m_awaitingSecrets.contains(stepId))
                                       return;
                                   if (!answer.ok()) {
                                       m_awaitingSecrets.remove(stepId);
                                       recordOutcome(stepId, false,
                                                     missingValueMessage(variable, answer.error),
                                                     {});
                                       return;
                                   }
                                   environment.insert(variable.name,
                                                      QString::fromUtf8(answer.secret));
                                   launchCommand(stepId, environment, variables);
                               });
            return;
        }
        const auto value = valueWithoutKeychain(variable, m_environment);
        if (!value) {
            // Failed from the event loop, as a command that cannot start is, after the caller
            // has seen its start.
            QTimer::singleShot(0, this, [this, stepId, message = missingValueMessage(variable)] {
                if (m_awaitingSecrets.remove(stepId))
                    recordOutcome(stepId, false, message, {});
            });
            return;
        }
        environment.insert(variable.name, *value);
    }
    m_awaitingSecrets.remove(stepId);
    auto runner = std::make_unique<CommandRunner>();
    runner->setEnvironment(environment);
    runner->setKillGrace(m_killGrace);
    connect(runner.get(), &CommandRunner::outputReceived, this,
            [this, stepId](const QString &text, bool standardError) {
                emit outputReceived(stepId, text, standardError);
            });
    connect(runner.get(), &CommandRunner::finished, this,
            [this, stepId](const CommandOutcome &outcome) { onCommandFinished(stepId, outcome); });
    CommandRunner *started = runner.get();
    m_commands[stepId] = std::move(runner);
    started->start(step->second.command);
}

void RunSession::onCommandFinished(Id stepId, const CommandOutcome &outcome)
{
    const auto it = m_commands.find(stepId);
    if (it != m_commands.end()) {
        it->second.release()->deleteLater();
        m_commands.erase(it);
    }
    recordOutcome(stepId, outcome.passed, outcome.message, outcome.output);
}

void RunSession::onHttpFinished(Id stepId, const HttpOutcome &outcome)
{
    const auto it = m_httpChecks.find(stepId);
    if (it != m_httpChecks.end()) {
        it->second.release()->deleteLater();
        m_httpChecks.erase(it);
    }
    recordOutcome(stepId, outcome.passed, outcome.message, outcome.output);
}

void RunSession::judgeMetricCheck(Id stepId)
{
    const auto step = m_project.data().steps.find(stepId);
    if (!m_liveSteps.contains(stepId) || step == m_project.data().steps.end())
        return;
    const MetricCheckResult result = evaluateMetricCheck(m_project.data(), step->second.metricCheck,
                                                         m_project.now());
    recordOutcome(stepId, result.passed, result.summary,
                  evidenceText(result, projection().timeZone));
}

void RunSession::recordOutcome(Id stepId, bool passed, const QString &message, const QString &output)
{
    const StepProgress *progress = m_state.step(stepId);
    const auto stopper = m_stoppedBy.find(stepId);
    RunEvent ended;
    ended.type = passed ? RunEventType::StepFinished : RunEventType::StepFailed;
    ended.stepId = stepId;
    ended.person = stopper != m_stoppedBy.end() ? stopper->second
                                                : (progress ? progress->startedBy : QString());
    ended.note = message;
    ended.output = output;
    if (stopper != m_stoppedBy.end())
        m_stoppedBy.erase(stopper);
    m_liveSteps.remove(stepId);
    QString error;
    if (!record(ended, &error)) {
        refreshRunState(m_state, m_project.data(), *m_scheduler, m_liveSteps);
        emit stepChanged(stepId);
        emit recordFailed(stepId, error);
    }
}

bool RunSession::finishStep(Id stepId, const QString &person, const QString &note, QString *error)
{
    if (refuse(stepId, StepAction::Finish, person, error))
        return false;
    RunEvent finished;
    finished.type = RunEventType::StepFinished;
    finished.stepId = stepId;
    finished.person = person;
    finished.note = note;
    if (!record(finished, error))
        return false;
    m_liveSteps.remove(stepId);
    return true;
}

bool RunSession::failStep(Id stepId, const QString &person, const QString &note, QString *error)
{
    if (refuse(stepId, StepAction::Fail, person, error))
        return false;
    RunEvent failed;
    failed.type = RunEventType::StepFailed;
    failed.stepId = stepId;
    failed.person = person;
    failed.note = note;
    if (!record(failed, error))
        return false;
    m_liveSteps.remove(stepId);
    return true;
}

bool RunSession::skipStep(Id stepId, const QString &person, const QString &note, QString *error)
{
    if (refuse(stepId, StepAction::Skip, person, error))
        return false;
    RunEvent skipped;
    skipped.type = RunEventType::StepSkipped;
    skipped.stepId = stepId;
    skipped.person = person;
    skipped.note = note;
    if (!record(skipped, error))
        return false;
    m_liveSteps.remove(stepId);
    return true;
}

bool RunSession::stopStep(Id stepId, const QString &person, QString *error)
{
    if (person.trimmed().isEmpty())
        return fail(error, RunSessionText::tr("Say who stops the step: every run event names a "
                                              "person."));
    if (const auto command = m_commands.find(stepId); command != m_commands.end()) {
        m_stoppedBy[stepId] = person;
        command->second->stop();
        return true;
    }
    if (const auto check = m_httpChecks.find(stepId); check != m_httpChecks.end()) {
        m_stoppedBy[stepId] = person;
        check->second->stop();
        return true;
    }
    if (m_awaitingSecrets.remove(stepId)) {
        m_stoppedBy[stepId] = person;
        recordOutcome(stepId, false,
                      RunSessionText::tr("Stopped while waiting for the keychain, before the "
                                         "command started."),
                      {});
        return true;
    }
    return fail(error, RunSessionText::tr("Step %1 runs no command or check here that could be "
                                          "stopped.")
                           .arg(stepId));
}

bool RunSession::decideGate(Id stepId, bool go, const QString &person, const QString &reason,
                            QString *error)
{
    if (refuse(stepId, go ? StepAction::Go : StepAction::NoGo, person, error))
        return false;
    RunEvent decision;
    decision.type = RunEventType::Decision;
    decision.stepId = stepId;
    decision.person = person;
    decision.note = reason;
    decision.decision = decisionKey(go ? RunDecision::Go : RunDecision::NoGo);
    return record(decision, error);
}

bool RunSession::addNote(Id stepId, const QString &person, const QString &note, QString *error)
{
    if (person.trimmed().isEmpty() || note.trimmed().isEmpty())
        return fail(error, RunSessionText::tr("A note needs a text and the person who writes it."));
    if (stepId != 0 && !m_project.data().steps.contains(stepId))
        return fail(error, RunSessionText::tr("There is no step %1 in this runbook.").arg(stepId));
    RunEvent noted;
    noted.type = RunEventType::Note;
    noted.stepId = stepId;
    noted.person = person;
    noted.note = note;
    return record(noted, error);
}

bool RunSession::answerTrigger(const RollbackTrigger &trigger, bool rollback, const QString &person,
                               const QString &reason, QString *error)
{
    const auto pending = triggerKeys(triggers());
    if (!pending.contains(triggerKeys({trigger}).first()))
        return fail(error, RunSessionText::tr("This rollback trigger is no longer pending: "
                                              "someone has already answered it."));
    if (rollback)
        return switchToRollback(person, reason, error);
    if (person.trimmed().isEmpty())
        return fail(error, RunSessionText::tr("Say who decides: every run event names a person."));
    RunEvent decision;
    decision.type = RunEventType::Decision;
    decision.stepId = trigger.stepId;
    decision.person = person;
    decision.note = reason;
    decision.decision = trigger.kind == TriggerKind::MetricThresholdBreached
                            ? continueDespiteMetricKey(trigger.metricId)
                            : decisionKey(continueDecision(trigger.kind));
    if (trigger.kind == TriggerKind::FinishPastWindowEnd)
        decision.output = projection().finishUtc.toString(Qt::ISODate);
    return record(decision, error);
}

bool RunSession::raiseMetricTrigger(Id metricId, const QString &message, QString *error)
{
    if (!m_state.started || m_state.ended || m_state.rollingBack)
        return fail(error, RunSessionText::tr("No run is going forward, so a metric breach "
                                              "cannot call for a rollback."));
    if (m_state.metricTriggers.contains(metricId))
        return true;
    RunEvent breach;
    breach.type = RunEventType::Note;
    breach.person = RunSessionText::tr("Metric monitor");
    breach.note = message;
    breach.decision = metricBreachKey(metricId);
    return record(breach, error);
}

bool RunSession::switchToRollback(const QString &person, const QString &reason, QString *error)
{
    if (person.trimmed().isEmpty())
        return fail(error, RunSessionText::tr("Say who decides: every run event names a person."));
    if (m_state.ended)
        return fail(error, RunSessionText::tr("The run has ended; start a new run to do more."));
    if (m_state.rollingBack)
        return fail(error, RunSessionText::tr("The run is already rolling back."));
    RunEvent decision;
    decision.type = RunEventType::Decision;
    decision.person = person;
    decision.note = reason;
    decision.decision = decisionKey(RunDecision::Rollback);
    return record(decision, error);
}

bool RunSession::endRun(const QString &person, const QString &note, QString *error)
{
    if (person.trimmed().isEmpty())
        return fail(error, RunSessionText::tr("Say who ends the run: every run event names a "
                                              "person."));
    if (m_state.ended)
        return fail(error, RunSessionText::tr("The run has already ended."));
    if (!m_commands.empty() || !m_httpChecks.empty()) {
        const Id running = !m_commands.empty() ? m_commands.begin()->first
                                               : m_httpChecks.begin()->first;
        return fail(error, RunSessionText::tr("\u201c%1\u201d is still running; stop it before "
                                              "ending the run.")
                               .arg(m_project.data().steps.at(running).title));
    }
    RunEvent ended;
    ended.type = RunEventType::RunEnded;
    ended.person = person;
    ended.note = note;
    if (!record(ended, error))
        return false;
    m_liveSteps.clear();
    return m_project.finishRun(m_runId, m_project.now(), error);
}

qint64 RunSession::windowShiftSeconds() const
{
    return uw::windowShiftSeconds(m_project.data(), run());
}

RunProjection RunSession::projection() const
{
    ProjectionOptions options;
    options.nowUtc = m_project.now();
    options.reserveMinutes = m_reserveMinutes;
    const auto window = m_project.data().windows.find(run().windowId);
    options.timeZone = m_project.change().timeZone;
    if (window != m_project.data().windows.end()) {
        options.windowEndUtc = window->second.endUtc.addSecs(windowShiftSeconds());
        if (!window->second.timeZone.isEmpty())
            options.timeZone = window->second.timeZone;
    }
    return projectRun(m_project.data(), *m_scheduler, m_state, options);
}

QList<RollbackTrigger> RunSession::triggers() const
{
    return pendingTriggers(m_state, projection());
}

void RunSession::checkTriggers()
{
    const auto shown = triggerKeys(triggers());
    if (shown == m_shownTriggers)
        return;
    m_shownTriggers = shown;
    emit triggersChanged();
}

QList<EstimateProposal> RunSession::calibrationProposals() const
{
    return proposeEstimates(m_project.data(), actualDurations(m_project.data(), m_runId));
}

} // namespace uw
