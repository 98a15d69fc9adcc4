// Measures laying out the dependency graph through Graphviz's dot, and how long the event loop
// of the calling thread is held up meanwhile (what a user would feel as a frozen window).
// Run: build/tests/bench/uw_bench_layout [systems...]   (default: 500 2000)
#include "graphlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <fmt/format.h>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace uw;

namespace {

/**
 * A layered inventory as CMDBs show it: applications on services on middleware on databases on
 * operating systems on hardware, about three dependencies per system, most on the tier right
 * below and some skipping one.
 */
ProjectData generate(int systemCount)
{
    constexpr int tiers = 6;
    QRandomGenerator random(20261121);
    ProjectData data;
    std::vector<std::vector<Id>> tierSystems(tiers);
    for (Id id = 1; id <= systemCount; ++id) {
        System system;
        system.id = id;
        system.name = QStringLiteral("system-%1").arg(id);
        system.currentVersion = QStringLiteral("%1.%2").arg(random.bounded(20)).arg(id % 10);
        system.targetVersion = QStringLiteral("%1.0").arg(random.bounded(20, 30));
        data.systems[id] = system;
        tierSystems[size_t((id - 1) * tiers / systemCount)].push_back(id);
    }
    const int dependencyCount = systemCount * 3;
    for (Id id = 1; id <= dependencyCount;) {
        const Id dependent = random.bounded(1, systemCount + 1);
        const int tier = int((dependent - 1) * tiers / systemCount);
        if (tier == tiers - 1)
            continue;
        const int below = std::min(tiers - 1, tier + (random.bounded(100) < 80 ? 1 : 2));
        const std::vector<Id> &candidates = tierSystems[size_t(below)];
        data.dependencies[id] = {id,
                                 dependent,
                                 candidates[random.bounded(int(candidates.size()))],
                                 DependencyKind::Runtime,
                                 QStringLiteral(">=3 <30"),
                                 false,
                                 {}};
        ++id;
    }
    return data;
}

struct Measurement
{
    double milliseconds = 0;
    /** CPU time of dot itself: what the layout costs when the machine is not busy otherwise. */
    double dotCpuMs = 0;
    double longestStallMs = 0;
    QString error;
};

double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return t.tv_sec * 1e3 + t.tv_usec / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Measurement layOut(const ProjectData &data, const std::map<Id, QSizeF> &sizes)
{
    GraphLayouter layouter;
    layouter.setTimeout(600000);
    QEventLoop loop;
    Measurement result;
    QObject::connect(&layouter, &GraphLayouter::finished, &loop, &QEventLoop::quit);
    QObject::connect(&layouter, &GraphLayouter::failed, &loop, [&](const QString &message) {
        result.error = message;
        loop.quit();
    });
    // A 5 ms ticker stands in for repaints: the gap between ticks is how long the thread stalled.
    QTimer ticker;
    ticker.setInterval(5);
    QElapsedTimer sinceTick;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        result.longestStallMs = std::max(result.longestStallMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    const double cpuBefore = childCpuMs();
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start();
    layouter.start(data, sizes);
    loop.exec();
    result.milliseconds = timer.nsecsElapsed() / 1e6;
    // QProcess reports the end after reaping the child, so its time is in the children's usage.
    result.dotCpuMs = childCpuMs() - cpuBefore;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts;
    for (const QString &arg : app.arguments().mid(1))
        counts.append(arg.toInt());
    if (counts.isEmpty())
        counts = {500, 2000};
    QString message;
    const QString dot = GraphLayouter::dotExecutable(&message);
    if (dot.isEmpty()) {
        fmt::print(stderr, "{}\n", message.toStdString());
        return 1;
    }
    fmt::print("dot: {}\n", dot.toStdString());
    for (const int count : counts) {
        const ProjectData data = generate(count);
        std::map<Id, QSizeF> sizes;
        for (const auto &[id, system] : data.systems)
            sizes[id] = QSizeF(130, 40);
        // The DOT text is written on the calling thread: the fastest of a few runs is its cost.
        QByteArray text;
        double dotTextMs = 1e9;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            text = dependencyGraphDot(data, sizes);
            dotTextMs = std::min(dotTextMs, timer.nsecsElapsed() / 1e6);
        }
        // A few runs for small graphs, where dot's start-up time varies; one for big ones.
        const int runs = count <= 500 ? 5 : 1;
        std::vector<Measurement> measured;
        for (int run = 0; run < runs; ++run) {
            measured.push_back(layOut(data, sizes));
            if (!measured.back().error.isEmpty()) {
                fmt::print(stderr, "layout failed: {}\n", measured.back().error.toStdString());
                return 1;
            }
        }
        std::sort(measured.begin(), measured.end(), [](const Measurement &a, const Measurement &b) {
            return a.milliseconds < b.milliseconds;
        });
        const Measurement &median = measured[measured.size() / 2];
        fmt::print("{:5} systems, {:5} dependencies: DOT text {:.1f} ms ({} KiB), layout {:.0f} ms "
                   "wall, dot CPU {:.0f} ms (median of {}), longest event-loop stall {:.1f} ms\n",
                   count, data.dependencies.size(), dotTextMs, text.size() / 1024,
                   median.milliseconds, median.dotCpuMs, runs, median.longestStallMs);
    }
    return 0;
}
