// Measures the whole compatibility check (current, target and every mid-change state, upgrade
// order, cycles) on a generated inventory.
// Run: build/tests/bench/uw_bench_compatibility [systems dependencies]
#include "compatibility.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

using namespace uw;

namespace {

/**
 * Layered like real inventories (dependants above their dependencies), with a few edges
 * pointing up so that cycles exist, about half of the systems changing, a mix of constraint
 * forms, some of them failing or unreadable, and rules whose condition reads the owner's
 * version.
 */
ProjectData generate(int systemCount, int dependencyCount)
{
    QRandomGenerator random(20261121);
    ProjectData data;
    for (Id id = 1; id <= systemCount; ++id) {
        System system;
        system.id = id;
        system.name = QStringLiteral("system-%1").arg(id);
        const int major = random.bounded(3, 20);
        system.currentVersion
            = QStringLiteral("%1.%2.%3").arg(major).arg(random.bounded(10)).arg(random.bounded(30));
        if (random.bounded(2))
            system.targetVersion = QStringLiteral("%1.0").arg(major + random.bounded(1, 3));
        else if (random.bounded(50) == 0)
            system.targetVersion = QStringLiteral("latest");
        data.systems[id] = system;
    }
    const auto constraintFor = [&](const System &required) {
        const int major = required.currentVersion.section(QLatin1Char('.'), 0, 0).toInt();
        switch (random.bounded(8)) {
        case 0:
            return QString();
        case 1:
            return QStringLiteral(">=%1").arg(major - 1);
        case 2:
            return QStringLiteral(">=%1 <%2").arg(major).arg(major + 2);
        case 3:
            return QStringLiteral("^%1.0 || ^%2.0").arg(major).arg(major + 1);
        case 4:
            return QStringLiteral("~%1.%2").arg(major).arg(random.bounded(10));
        case 5:
            return QStringLiteral("%1.x || %2.x").arg(major).arg(major + 1);
        case 6:
            return QStringLiteral(">=%1 !=%1.0.1").arg(major);
        default:
            return random.bounded(20) ? QStringLiteral("<%1").arg(major + 1)
                                      : QStringLiteral(">>%1").arg(major);
        }
    };
    for (Id id = 1; id <= dependencyCount; ++id) {
        Dependency dependency;
        dependency.id = id;
        dependency.dependentId = random.bounded(2, systemCount + 1);
        dependency.dependencyId = random.bounded(100) == 0
                                      ? random.bounded(1, systemCount + 1)
                                      : random.bounded(1, int(dependency.dependentId));
        dependency.constraint = constraintFor(data.systems.at(dependency.dependencyId));
        dependency.mixedVersionsTolerated = random.bounded(4) == 0;
        data.dependencies[id] = dependency;
    }
    // Vendor matrices on existing dependencies: "up to the current major, the dependency must
    // stay below its next major", which makes many dependants go before their dependencies.
    const auto majorOf = [&](Id id) {
        return data.systems.at(id).currentVersion.section(QLatin1Char('.'), 0, 0).toInt();
    };
    for (Id id = 1; id <= systemCount / 10; ++id) {
        const Dependency &on = data.dependencies.at(random.bounded(1, dependencyCount + 1));
        CompatibilityRule rule;
        rule.id = id;
        rule.systemId = on.dependentId;
        rule.requiredSystemId = on.dependencyId;
        rule.whenVersion = QStringLiteral("<%1").arg(majorOf(rule.systemId) + 1);
        rule.requiredRange = QStringLiteral("<%1").arg(majorOf(rule.requiredSystemId) + 1);
        data.rules[id] = rule;
    }
    return data;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int systems = arguments.size() > 1 ? arguments.at(1).toInt() : 2000;
    const int dependencies = arguments.size() > 2 ? arguments.at(2).toInt() : 6000;
    constexpr int Runs = 15;

    const ProjectData data = generate(systems, dependencies);
    std::vector<double> times;
    CompatibilityReport report;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        report = checkCompatibility(data);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());

    int midChange = 0;
    for (const CompatibilityFinding &finding : report.findings)
        midChange += finding.state == CompatibilityState::MidChange;
    qsizetype grouped = 0;
    for (const UpgradeGroup &group : report.order)
        grouped += group.systemIds.size() > 1 ? group.systemIds.size() : 0;
    fmt::print("{} systems, {} dependencies, {} rules: {} findings ({} mid-change), {} upgrade "
               "groups ({} systems grouped), {} cycles\n",
               systems, dependencies, data.rules.size(), report.findings.size(), midChange,
               report.order.size(), grouped, report.cycles.size());
    fmt::print("checkCompatibility over {} runs: median {:.2f} ms, min {:.2f} ms, max {:.2f} ms\n",
               Runs, times[times.size() / 2], times.front(), times.back());
    return 0;
}
