// Measures the scheduling engine against section 5 of the spec: CPM with the point of no return
// on 20,000 steps, levelling 2,000 steps over 10 people, Monte Carlo 10,000 x 1,000 steps.
// Run: build/tests/bench/uw_bench_schedule [cpm steps] [levelled steps] [monte carlo steps]
#include "benchrunbook.h"
#include "montecarlo.h"
#include "scheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace uw;

namespace {

const QDateTime start = benchmarkStart();

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/** Median wall time and median CPU time of all threads, in ms: on a busy machine the second
 * (divided by the threads used) says what an idle one would show. */
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing timeMs(const std::function<void()> &work, int runs)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        const std::clock_t cpuStart = std::clock();
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    return {median(wall), median(cpu)};
}

int argument(const QStringList &arguments, int index, int fallback)
{
    return arguments.size() > index ? arguments.at(index).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int cpmSteps = argument(arguments, 1, 20000);
    const int levelSteps = argument(arguments, 2, 2000);
    const int simulationSteps = argument(arguments, 3, 1000);
    const ScheduleOptions window{start, start.addSecs(48 * 3600), 15, false};

    const ProjectData large = generateRunbook(cpmSteps, 10);
    double finish = 0;
    const Timing compile = timeMs([&] { Scheduler scheduler(large); }, 11);
    const Scheduler scheduler(large);
    const Timing cpm = timeMs([&] { finish = scheduler.schedule(window).finishMinutes; }, 11);
    const Timing both = timeMs([&] { Scheduler(large).schedule(window); }, 11);
    fmt::print("CPM + point of no return, {} steps, {} links: median {:.1f} ms wall, {:.1f} ms CPU "
               "(compiling the network {:.1f} ms CPU, scheduling {:.1f} ms CPU; finish after "
               "{:.0f} min; bar 50 ms)\n",
               cpmSteps, large.links.size(), both.wall, both.cpu, compile.cpu, cpm.cpu, finish);

    const ProjectData levelled = generateRunbook(levelSteps, 10);
    ScheduleOptions levelling = window;
    levelling.level = true;
    qsizetype delayed = 0;
    const Timing level = timeMs(
        [&] {
            const Schedule schedule = Scheduler(levelled).schedule(levelling);
            delayed = schedule.delays.size();
            finish = schedule.finishMinutes;
        },
        21);
    fmt::print("Levelling {} steps over 10 people (compile, CPM, levelling, point of no return): "
               "median {:.1f} ms wall, {:.1f} ms CPU ({} steps delayed, finish after {:.0f} min; "
               "bar 50 ms)\n",
               levelSteps, level.wall, level.cpu, delayed, finish);

    const Scheduler simulated(generateRunbook(simulationSteps, 10));
    MonteCarloResult result;
    const Timing simulation = timeMs(
        [&] {
            MonteCarloOptions options;
            options.schedule = window;
            options.iterations = 10000;
            result = runMonteCarlo(simulated, options);
        },
        5);
    fmt::print("Monte Carlo 10000 iterations x {} steps on {} threads: median {:.0f} ms wall, "
               "{:.0f} ms CPU (P50 {:.0f}, P95 {:.0f} min; bar 1000 ms on 2 cores)\n",
               simulationSteps, QThread::idealThreadCount(), simulation.wall, simulation.cpu,
               result.p50Minutes, result.p95Minutes);
    return 0;
}
