// Measures opening a large project into memory and committing one edit durably.
// Run: build/tests/bench/uw_bench_store [systems dependencies steps]
#include "commands.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

using namespace uw;

namespace {

ProjectData generate(int systemCount, int dependencyCount, int stepCount)
{
    QRandomGenerator random(20261121);
    ProjectData data;
    data.change.title = QStringLiteral("Benchmark change");
    for (Id id = 1; id <= systemCount; ++id) {
        System system;
        system.id = id;
        system.name = QStringLiteral("system-%1").arg(id);
        system.systemKind = SystemKind(random.bounded(14));
        system.site = QStringLiteral("DC%1").arg(random.bounded(4));
        system.currentVersion = QStringLiteral("%1.%2.%3")
                                    .arg(random.bounded(20))
                                    .arg(random.bounded(10))
                                    .arg(random.bounded(30));
        system.targetVersion = QStringLiteral("%1.0").arg(random.bounded(20, 30));
        system.businessProcesses = {QStringLiteral("orders"), QStringLiteral("billing")};
        system.attributes = {
            {QStringLiteral("rack"), QStringLiteral("R%1").arg(random.bounded(40))}};
        data.systems[id] = system;
    }
    for (Id id = 1; id <= dependencyCount; ++id) {
        // Edges only point to lower ids, as a layered inventory would.
        const Id dependent = random.bounded(2, systemCount + 1);
        data.dependencies[id] = {id,
                                 dependent,
                                 Id(random.bounded(1, int(dependent))),
                                 DependencyKind::Runtime,
                                 QStringLiteral(">=3 <30"),
                                 false,
                                 {}};
    }
    for (Id id = 1; id <= stepCount; ++id) {
        Step step;
        step.id = id;
        step.title = QStringLiteral("Step %1").arg(id);
        step.instructions = QStringLiteral("Do the thing for step %1 carefully.").arg(id);
        step.phase = Phase(random.bounded(7));
        step.systemIds = {Id(random.bounded(1, systemCount + 1))};
        step.estimate = {5, 10, 20};
        step.position = int(id);
        data.steps[id] = step;
        if (id > 1)
            data.links[id] = {id, id - 1, id, LinkType::FinishToStart, 0};
    }
    return data;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int systems = args.size() > 3 ? args[1].toInt() : 2000;
    const int dependencies = args.size() > 3 ? args[2].toInt() : 6000;
    const int steps = args.size() > 3 ? args[3].toInt() : 5000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.uwb"));
    QElapsedTimer timer;
    timer.start();
    {
        auto created = createProject(path, generate(systems, dependencies, steps));
        if (!created) {
            fmt::print(stderr, "create failed: {}\n", created.error().message.toStdString());
            return 1;
        }
    }
    fmt::print("project: {} systems, {} dependencies, {} steps, {} links\n", systems, dependencies,
               steps, steps - 1);
    fmt::print("create and write:        {:8.1f} ms\n", double(timer.nsecsElapsed()) / 1e6);

    std::vector<double> openTimes;
    for (int i = 0; i < 7; ++i) {
        timer.restart();
        auto project = openProject(path);
        openTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!project)
            return 1;
    }
    fmt::print("open into memory:        {:8.1f} ms (median of 7)\n", median(openTimes));

    auto project = openProject(path);
    std::vector<double> commitTimes;
    System system = project.value()->data().systems.at(1);
    for (int i = 0; i < 50; ++i) {
        system.targetVersion = QStringLiteral("30.%1").arg(i);
        timer.restart();
        edit::updateEntity(*project.value(), QStringLiteral("Edit"), system);
        commitTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    fmt::print("commit one edit:         {:8.2f} ms (median of 50, synchronous=FULL, with audit)\n",
               median(commitTimes));
    std::vector<double> undoTimes;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        project.value()->undoStack()->undo();
        undoTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    fmt::print("commit one undo:         {:8.2f} ms (median of 20)\n", median(undoTimes));
    std::vector<double> eventTimes;
    auto run = project.value()->startRun(
        {0, RunKind::Rehearsal, QStringLiteral("bench"), 0, QDateTime::currentDateTimeUtc(), {}});
    for (int i = 0; i < 50; ++i) {
        timer.restart();
        project.value()->recordRunEvent({0,
                                         run.value(),
                                         1,
                                         RunEventType::Note,
                                         QDateTime::currentDateTimeUtc(),
                                         QStringLiteral("bench"),
                                         QStringLiteral("note %1").arg(i),
                                         {},
                                         {}});
        eventTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    fmt::print("record one run event:    {:8.2f} ms (median of 50, durable)\n", median(eventTimes));
    return 0;
}
