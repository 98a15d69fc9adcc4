// Measures recording one run event durably (committed, WAL, synchronous=FULL, with its audit
// entry): through Project alone, and through a RunSession that also refreshes the run's state.
// Run: build/tests/bench/uw_bench_runevent [events steps]
#include "projectfile.h"
#include "runsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

using namespace uw;

namespace {

/** A chain of steps, every one manual, so that the run's readiness walks all of them. */
ProjectData chain(int stepCount)
{
    ProjectData data;
    data.change.title = QStringLiteral("Run event benchmark");
    for (Id id = 1; id <= stepCount; ++id) {
        Step step;
        step.id = id;
        step.title = QStringLiteral("step %1").arg(id);
        step.phase = id % 3 == 0 ? Phase::Execute : Phase::Prepare;
        step.estimate = {5, 10, 20};
        step.position = int(id);
        data.steps[id] = step;
        if (id > 1)
            data.links[id] = {id, id - 1, id, LinkType::FinishToStart, 0};
    }
    return data;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[size_t(fraction * double(values.size() - 1) + 0.5)];
}

void report(const char *what, const std::vector<double> &milliseconds)
{
    fmt::print("{:<44} median {:6.2f} ms   p95 {:6.2f} ms   ({} events)\n", what,
               percentile(milliseconds, 0.5), percentile(milliseconds, 0.95), milliseconds.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int events = arguments.size() > 1 ? arguments[1].toInt() : 200;
    const int steps = arguments.size() > 2 ? arguments[2].toInt() : 5000;
    if (events < 1 || steps < 1) {
        fmt::print(stderr, "usage: uw_bench_runevent [events steps]\n");
        return 2;
    }

    QTemporaryDir dir;
    auto project = createProject(dir.filePath(QStringLiteral("bench.uwb")), chain(steps));
    if (!project) {
        fmt::print(stderr, "{}\n", project.error().message.toStdString());
        return 1;
    }
    auto session = RunSession::start(*project.value(), RunKind::Rehearsal, QStringLiteral("bench"),
                                     0, QStringLiteral("bench"));
    if (!session) {
        fmt::print(stderr, "{}\n", session.error().message.toStdString());
        return 1;
    }

    QElapsedTimer timer;
    std::vector<double> direct;
    for (int i = 0; i < events; ++i) {
        RunEvent event;
        event.runId = session.value()->runId();
        event.stepId = 1;
        event.type = RunEventType::Note;
        event.timeUtc = QDateTime::currentDateTimeUtc();
        event.person = QStringLiteral("bench");
        event.note = QStringLiteral("note %1").arg(i);
        timer.restart();
        if (!project.value()->recordRunEvent(event))
            return 1;
        direct.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> throughSession;
    for (int i = 0; i < events; ++i) {
        const Id step = Id(i / 2 + 1);
        timer.restart();
        const bool recorded = i % 2 == 0
                                  ? session.value()->startStep(step, QStringLiteral("bench"))
                                  : session.value()->finishStep(step, QStringLiteral("bench"));
        throughSession.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!recorded)
            return 1;
    }
    fmt::print("record one run event durably (synchronous=FULL, audit entry included)\n");
    report("Project::recordRunEvent", direct);
    report(fmt::format("RunSession start/finish, {} steps", steps).c_str(), throughSession);
    return 0;
}
