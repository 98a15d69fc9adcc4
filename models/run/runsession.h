#pragma once

#include "calibration.h"
#include "commandvariables.h"
#include "result.h"
#include "runprojection.h"
#include "runrules.h"
#include "runstate.h"
#include "trust.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSet>

#include <chrono>
#include <map>
#include <memory>

class QTimer;

namespace uw {

class CommandRunner;
class HttpCheck;
class Project;
class Scheduler;
struct CommandOutcome;
struct HttpOutcome;

/**
 * One live run of a project's runbook: the run page's model. Every action is checked against
 * the rules (runrules.h), written as an event and committed to the file before any signal says
 * it happened, so what a person saw survives a crash. The state is the fold of the stored
 * events; this session adds only which running steps it owns (its commands, checks and manual
 * steps started here), so a step left running by a dead program shows as Interrupted.
 *
 * Actions return false with a message naming the step and people when they are refused or
 * cannot be written; nothing changes then.
 */
class RunSession : public QObject
{
    Q_OBJECT

public:
    ~RunSession() override;

    /** Writes a new run and its RunStarted event, then runs it. */
    static Result<std::unique_ptr<RunSession>> start(Project &project, RunKind kind,
                                                     const QString &name, Id windowId,
                                                     const QString &person);
    /** Continues a run stored in the project, e.g. after the program was closed or died. */
    static Result<std::unique_ptr<RunSession>> resume(Project &project, Id runId);
    /** Runs of the project that have not ended, newest first. */
    static QList<Id> openRuns(const ProjectData &data);

    Id runId() const { return m_runId; }
    const Run &run() const;
    const RunState &state() const { return m_state; }
    const Scheduler &scheduler() const { return *m_scheduler; }
    bool isStepLive(Id stepId) const { return m_liveSteps.contains(stepId); }

    /** Where the trust record is kept; TrustStore() by default. */
    void setTrustStore(const TrustStore &trust) { m_trust = trust; }
    bool commandsTrusted() const;
    /** The environment commands see (the program's own by default), plus UW_RUN_ID,
     * UW_STEP_ID, UW_PROJECT_FILE and the variables the step needs (see commandVariables()). */
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    /** How long a stopped or timed-out command's group gets between SIGTERM and SIGKILL. */
    void setKillGrace(std::chrono::milliseconds grace) { m_killGrace = grace; }
    void setReserveMinutes(double minutes);

    /** Starts a ready step, retries a failed one or restarts an interrupted one. Command and
     * HTTP check steps run at once, and report their outcome as a finish or failure event. */
    bool startStep(Id stepId, const QString &person, const QString &note = {},
                   QString *error = nullptr);
    bool finishStep(Id stepId, const QString &person, const QString &note = {},
                    QString *error = nullptr);
    bool failStep(Id stepId, const QString &person, const QString &note = {},
                  QString *error = nullptr);
    bool skipStep(Id stepId, const QString &person, const QString &note = {},
                  QString *error = nullptr);
    /** Ends a running command or HTTP check; its failure is recorded in person's name. */
    bool stopStep(Id stepId, const QString &person, QString *error = nullptr);
    bool decideGate(Id stepId, bool go, const QString &person, const QString &reason,
                    QString *error = nullptr);
    /** A note on a step, or on the run itself with stepId 0. */
    bool addNote(Id stepId, const QString &person, const QString &note, QString *error = nullptr);
    /** Answers a pending trigger: continue with the plan, or roll back. */
    bool answerTrigger(const RollbackTrigger &trigger, bool rollback, const QString &person,
                       const QString &reason, QString *error = nullptr);
    /**
     * Records that a metric breached a threshold marked as a rollback trigger, which raises a
     * trigger like a failed critical step until someone answers it. A breach of a metric whose
     * trigger is still pending adds nothing.
     */
    bool raiseMetricTrigger(Id metricId, const QString &message, QString *error = nullptr);
    /** Switches to the rollback of what this run started (selectRollbackSteps()). */
    bool switchToRollback(const QString &person, const QString &reason, QString *error = nullptr);
    bool endRun(const QString &person, const QString &note = {}, QString *error = nullptr);

    /** See uw::windowShiftSeconds(). */
    qint64 windowShiftSeconds() const;
    RunProjection projection() const;
    QList<RollbackTrigger> triggers() const;
    /** Re-evaluates the time-based triggers now (a timer also does, every 15 seconds). */
    void checkTriggers();
    /** Estimates this run would teach the plan (for a rehearsal, before the production run). */
    QList<EstimateProposal> calibrationProposals() const;

signals:
    /** A step's state changed; the event behind it is already in the file. */
    void stepChanged(uw::Id stepId);
    /** The run switched to rollback, ended, or the runbook itself changed. */
    void runChanged();
    void eventRecorded(const uw::RunEvent &event);
    void outputReceived(uw::Id stepId, const QString &text, bool standardError);
    void triggersChanged();
    /** An automatic outcome could not be written; the step shows as interrupted. */
    void recordFailed(uw::Id stepId, const QString &message);

private:
    RunSession(Project &project, Id runId);
    bool refuse(Id stepId, StepAction action, const QString &person, QString *error) const;
    bool record(RunEvent event, QString *error);
    void rebuild();
    void launch(const Step &step);
    /**
     * Gives environment the values of variables, reading those in the keychain one after the
     * other, then starts the command; a value that cannot be had fails the step, naming it.
     */
    void launchCommand(Id stepId, QProcessEnvironment environment, QList<CommandVariable> variables);
    void onCommandFinished(Id stepId, const CommandOutcome &outcome);
    void onHttpFinished(Id stepId, const HttpOutcome &outcome);
    void judgeMetricCheck(Id stepId);
    void recordOutcome(Id stepId, bool passed, const QString &message, const QString &output);
    bool isAutomaticRunning(Id stepId) const;

    Project &m_project;
    Id m_runId = 0;
    std::unique_ptr<Scheduler> m_scheduler;
    RunState m_state;
    QSet<Id> m_liveSteps;
    TrustStore m_trust;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_killGrace{5000};
    double m_reserveMinutes = 0;
    std::map<Id, std::unique_ptr<CommandRunner>> m_commands;
    std::map<Id, std::unique_ptr<HttpCheck>> m_httpChecks;
    /** Command steps waiting for the keychain to give the secrets they need. */
    QSet<Id> m_awaitingSecrets;
    std::map<Id, QString> m_stoppedBy;
    QList<std::pair<TriggerKind, Id>> m_shownTriggers;
    QTimer *m_triggerTimer = nullptr;
};

} // namespace uw
