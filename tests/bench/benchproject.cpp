#include "benchproject.h"

#include "benchrunbook.h"

#include <QRandomGenerator>

namespace uw {

ProjectData generateProject(int systemCount, int dependencyCount, int stepCount)
{
    ProjectData data = generateRunbook(stepCount, std::max(1, stepCount / 50));
    QRandomGenerator random(20261121);
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
        data.systems[id] = system;
    }
    for (Id id = 1; id <= dependencyCount && systemCount > 1; ++id) {
        const Id dependent = random.bounded(2, systemCount + 1);
        data.dependencies[id] = {id,
                                 dependent,
                                 Id(random.bounded(1, int(dependent))),
                                 DependencyKind::Runtime,
                                 QStringLiteral(">=3 <30"),
                                 false,
                                 {}};
    }
    for (auto &[id, step] : data.steps) {
        step.position = int(id);
        if (systemCount > 0)
            step.systemIds = {Id(random.bounded(1, systemCount + 1))};
    }
    Window window;
    window.id = 1;
    window.name = QStringLiteral("Saturday night");
    window.startUtc = benchmarkStart();
    window.endUtc = benchmarkStart().addSecs(8 * 3600);
    data.windows[window.id] = window;
    return data;
}

} // namespace uw
