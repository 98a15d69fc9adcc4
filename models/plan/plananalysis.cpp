#include "plananalysis.h"

#include "project.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimeZone>

namespace uw {

const Window *planWindow(const ProjectData &data, const QDateTime &nowUtc)
{
    if (const auto chosen = data.windows.find(data.change.planWindowId);
        chosen != data.windows.end())
        return &chosen->second;
    return earliestMaintenanceWindow(data, nowUtc);
}

bool hasEnded(const Window &window, const QDateTime &nowUtc)
{
    return nowUtc.isValid() && window.endUtc.isValid() && window.endUtc <= nowUtc;
}

const Window *earliestMaintenanceWindow(const ProjectData &data, const QDateTime &nowUtc)
{
    const Window *earliest = nullptr;
    const Window *lastEnded = nullptr;
    for (const auto &[id, window] : data.windows) {
        if (window.windowKind != WindowKind::Maintenance || !window.startUtc.isValid())
            continue;
        if (hasEnded(window, nowUtc)) {
            if (!lastEnded || window.endUtc > lastEnded->endUtc)
                lastEnded = &window;
        } else if (!earliest || window.startUtc < earliest->startUtc) {
            earliest = &window;
        }
    }
    return earliest ? earliest : lastEnded;
}

QDateTime PlanAnalysis::rollbackFinishUtc() const
{
    if (!schedule.valid || rollbackBars.isEmpty())
        return {};
    return schedule.toUtc(schedule.lastExecuteFinishMinutes + schedule.rollbackMinutes);
}

namespace {

ScheduleOptions scheduleOptions(const ProjectData &data, const PlanAnalysisOptions &options,
                                PlanAnalysis &analysis)
{
    const Window *window = nullptr;
    if (options.windowId) {
        if (const auto found = data.windows.find(options.windowId); found != data.windows.end())
            window = &found->second;
    } else {
        window = planWindow(data, options.clock());
    }
    ScheduleOptions result;
    result.level = options.level;
    result.reserveMinutes = options.reserveMinutes >= 0 ? options.reserveMinutes
                                                        : data.change.rollbackReserveMinutes;
    if (window && window->startUtc.isValid() && window->endUtc.isValid()) {
        analysis.hasWindow = true;
        analysis.window = *window;
        result.startUtc = window->startUtc;
        result.windowEndUtc = window->endUtc;
    } else {
        // Without a window the plan is shown from the next full hour, so it reads like a plan.
        const QDateTime now = options.clock();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
        result.startUtc = hour.addSecs(3600);
    }
    return result;
}

/** The rollback of all execute work, started when the last of it finishes. */
QList<RollbackBar> rollbackBars(const Scheduler &scheduler, const Schedule &schedule)
{
    QList<RollbackBar> bars;
    if (!schedule.valid || !schedule.lastExecuteStepId)
        return bars;
    const StepNetwork &network = scheduler.rollback();
    const std::vector<double> durations = network.likelyDurations();
    const std::vector<double> &neededBy = scheduler.rollbackAtCommit();
    CpmState state;
    state.resize(network.size());
    forwardPass(network, durations, state, neededBy, 0);
    const double offset = schedule.lastExecuteFinishMinutes;
    for (int node = 0; node < network.size(); ++node) {
        if (!network.isEnabled(node) || neededBy[node] > 0)
            continue;
        const Id id = network.stepId(node);
        bars.append({id, offset + state.earlyStart[node], offset + state.earlyFinish[node],
                     schedule.rollbackCriticalPath.contains(id)});
    }
    return bars;
}

MonteCarloOptions simulationOptions(const PlanAnalysisOptions &options, const Schedule &schedule)
{
    MonteCarloOptions result;
    result.schedule.startUtc = schedule.startUtc;
    result.schedule.windowEndUtc = schedule.windowEndUtc;
    result.schedule.reserveMinutes = schedule.reserveMinutes;
    result.seed = options.seed;
    result.iterations = options.iterations;
    return result;
}

} // namespace

std::unordered_map<Id, StepBar> stepBars(const PlanAnalysis &analysis)
{
    std::unordered_map<Id, StepBar> bars;
    if (!analysis.schedule.valid)
        return bars;
    for (const StepTiming &timing : analysis.schedule.steps)
        bars[timing.stepId] = {timing.start, timing.finish, timing.totalSlack, timing.critical,
                               false};
    for (const RollbackBar &bar : analysis.rollbackBars)
        bars[bar.stepId] = {bar.start, bar.finish, 0, bar.critical, true};
    return bars;
}

PlanAnalysis analysePlan(const ProjectData &data, const PlanAnalysisOptions &options)
{
    return analysePlan(data, Scheduler(data), options);
}

PlanAnalysis analysePlan(const ProjectData &data, const Scheduler &scheduler,
                         const PlanAnalysisOptions &options)
{
    PlanAnalysis analysis;
    const ScheduleOptions scheduling = scheduleOptions(data, options, analysis);
    analysis.schedule = scheduler.schedule(scheduling);
    analysis.rollbackBars = rollbackBars(scheduler, analysis.schedule);
    if (analysis.hasWindow)
        analysis.conflicts = findConflicts(data, analysis.window, analysis.schedule);
    return analysis;
}

void simulatePlan(const ProjectData &data, const PlanAnalysisOptions &options,
                  PlanAnalysis &analysis, const std::atomic<bool> *cancel,
                  std::function<void(int, int)> progress)
{
    MonteCarloOptions simulation = simulationOptions(options, analysis.schedule);
    simulation.cancel = cancel;
    simulation.progress = std::move(progress);
    analysis.simulation = runMonteCarlo(Scheduler(data), simulation);
}

struct PlanAnalyzer::Job
{
    quint64 generation = 0;
    std::atomic<bool> cancel{false};
};

PlanAnalyzer::PlanAnalyzer(QObject *parent)
    : QObject(parent)
{}

bool changesPlanAnalysis(const DocumentChange &change)
{
    // What the schedule, the rollback bars and the conflict texts read; notes, commands,
    // checks and contact details move nothing on the plan.
    return change.touches(EntityKind::Step, scheduleStepFields | StepField::Title | StepField::Kind
                                                | StepField::Undoes)
           || change.touches(EntityKind::StepLink)
           || change.touches(EntityKind::Window, allFields & ~FieldMask(WindowField::Notes))
           || change.touches(EntityKind::Person, PersonField::Name | PersonField::Availability)
           || change.touches(EntityKind::System, SystemField::Name)
           || change.touches(EntityKind::Change, ChangeField::PlanWindow
                                                     | ChangeField::RollbackReserve
                                                     | ChangeField::TimeZone);
}

PlanAnalyzer::~PlanAnalyzer()
{
    if (m_job)
        m_job->cancel = true;
    m_pool.waitForDone();
}

void PlanAnalyzer::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            if (changesPlanAnalysis(change))
                queueRefresh();
        });
        // An owner may destroy the project first; a queued refresh then analyses nothing.
        connect(m_project, &QObject::destroyed, this, [this] { m_project = nullptr; });
    }
    queueRefresh();
}

void PlanAnalyzer::setOptions(const PlanAnalysisOptions &options)
{
    m_options = options;
    queueRefresh();
}

void PlanAnalyzer::queueRefresh()
{
    // Edits come in bursts (an import, a drag); one analysis after the burst is enough.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(this, &PlanAnalyzer::refresh, Qt::QueuedConnection);
}

void PlanAnalyzer::refresh()
{
    m_refreshQueued = false;
    if (m_job)
        m_job->cancel = true;
    m_job = std::make_shared<Job>();
    m_job->generation = ++m_generation;
    m_simulating = false;
    if (!m_project) {
        m_scheduling = false;
        m_analysis = {};
        emit scheduleChanged();
        return;
    }
    const ProjectData &data = m_project->data();
    // Read here, not in the worker: only this thread may call into the project.
    PlanAnalysisOptions options = m_options;
    options.clock = fixedClock(m_project->now());
    if (int(data.steps.size()) <= directStepLimit) {
        m_scheduling = false;
        auto scheduler = std::make_shared<const Scheduler>(data);
        m_analysis = analysePlan(data, *scheduler, options);
        emit scheduleChanged();
        startSimulation(std::move(scheduler));
        return;
    }
    m_scheduling = true;
    auto snapshot = std::make_shared<const ProjectData>(data);
    m_pool.start([this, job = m_job, snapshot, options] {
        // Compiled once for the schedule and the simulation that follows it.
        auto scheduler = std::make_shared<const Scheduler>(*snapshot);
        auto analysis = std::make_shared<PlanAnalysis>(analysePlan(*snapshot, *scheduler, options));
        if (job->cancel)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, job, analysis, scheduler] {
                if (job != m_job)
                    return;
                m_scheduling = false;
                m_analysis = std::move(*analysis);
                emit scheduleChanged();
                startSimulation(scheduler);
            },
            Qt::QueuedConnection);
    });
}

void PlanAnalyzer::startSimulation(std::shared_ptr<const Scheduler> scheduler)
{
    if (!m_analysis.schedule.valid)
        return;
    m_simulating = true;
    MonteCarloOptions simulation = simulationOptions(m_options, m_analysis.schedule);
    simulation.threadPriority = QThread::IdlePriority;
    m_pool.start([this, job = m_job, scheduler, simulation]() mutable {
        simulation.cancel = &job->cancel;
        simulation.progress = [this, job](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, job, done, total] {
                    if (job == m_job)
                        emit simulationProgress(done, total);
                },
                Qt::QueuedConnection);
        };
        auto result = std::make_shared<MonteCarloResult>(runMonteCarlo(*scheduler, simulation));
        if (job->cancel)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, job, result] {
                if (job != m_job)
                    return;
                m_simulating = false;
                m_analysis.simulation = std::move(*result);
                emit simulationChanged();
            },
            Qt::QueuedConnection);
    });
}

void PlanAnalyzer::waitForIdle()
{
    while (m_refreshQueued || isBusy()) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

} // namespace uw
