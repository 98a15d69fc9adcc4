// What a user feels in the real main window of a large project: how long the UI thread is held
// up while the dependency graph is laid out, and what one version edit costs the pages that
// show it (the Systems table, the Graph page's findings, the Plan page's strip).
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/uw_bench_edits [systems dependencies steps]
//      (default 2,000 systems, 6,000 dependencies, 500 steps; needs Graphviz's dot)
#include "benchproject.h"
#include "commands.h"
#include "graphpage.h"
#include "mainwindow.h"
#include "planpage.h"
#include "projectfile.h"
#include "systemspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace uw;

namespace {

/** A 2 ms ticker stands in for repaints: the longest gap between ticks is the longest stall. */
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(2);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastTick);
            m_lastTick = now;
        });
    }

    void start()
    {
        m_longestNs = 0;
        m_clock.start();
        m_lastTick = 0;
        m_ticker.start();
    }
    double stop()
    {
        m_ticker.stop();
        return double(std::max(m_longestNs, m_clock.nsecsElapsed() - m_lastTick)) / 1e6;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    qint64 m_longestNs = 0;
};

/** Runs the event loop (as the application would) for milliseconds, or until done() holds. */
void runEventLoop(int milliseconds, const std::function<bool()> &done = {})
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    QTimer check;
    if (done) {
        QObject::connect(&check, &QTimer::timeout, &loop, [&loop, &done] {
            if (done())
                loop.quit();
        });
        check.start(10);
    }
    loop.exec();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void measureVersionEdits(Project &project, MainWindow &window, Page *page, int systems,
                         const QString &situation)
{
    window.showPage(page);
    runEventLoop(300);
    StallMeter stalls;
    std::vector<double> editMs;
    std::vector<double> settleStalls;
    // Each series sets versions no earlier series did, so that every edit changes something.
    static int version = 0;
    for (const auto &[id, original] : project.data().systems) {
        if (editMs.size() == 20)
            break;
        System system = original;
        system.targetVersion = QStringLiteral("%1.%2").arg(40 + version++).arg(id % 7);
        QElapsedTimer timer;
        stalls.start();
        timer.start();
        if (!edit::updateEntity(project, QStringLiteral("Edit target version"), system))
            return;
        editMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        // The Graph page checks compatibility on a worker and shows its findings a moment later.
        runEventLoop(600);
        settleStalls.push_back(stalls.stop());
    }
    fmt::print("version edit, {} systems, {}: the edit call (file write, undo stack, every "
               "page's change handling) median {:.2f} ms, worst {:.2f} ms; longest UI stall "
               "until everything settled median {:.1f} ms, worst {:.1f} ms\n",
               systems, situation.toStdString(), median(editMs),
               *std::max_element(editMs.begin(), editMs.end()), median(settleStalls),
               *std::max_element(settleStalls.begin(), settleStalls.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UpgradeWorkbenchBench"));
    const QStringList args = app.arguments();
    const int systems = args.size() > 3 ? args[1].toInt() : 2000;
    const int dependencies = args.size() > 3 ? args[2].toInt() : 6000;
    const int steps = args.size() > 3 ? args[3].toInt() : 500;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.uwb"));
    if (!createProject(path, generateProject(systems, dependencies, steps))) {
        fmt::print(stderr, "cannot create {}\n", path.toStdString());
        return 1;
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(path))
        return 1;
    Project &project = *window.project();

    StallMeter stalls;
    QElapsedTimer layoutTimer;
    auto *graph = window.page<GraphPage>();
    stalls.start();
    layoutTimer.start();
    window.showPage(graph);
    runEventLoop(120000, [graph] { return graph->isLayoutReady(); });
    const double layoutMs = double(layoutTimer.nsecsElapsed()) / 1e6;
    const double layoutStall = stalls.stop();
    fmt::print("{} systems, {} dependencies: Graph page laid out in {:.0f} ms, longest UI "
               "stall meanwhile {:.1f} ms{}\n",
               systems, project.data().dependencies.size(), layoutMs, layoutStall,
               graph->isLayoutReady() ? "" : " (not ready: is dot installed?)");

    auto *plan = window.page<PlanPage>();
    window.showPage(plan);
    runEventLoop(120000, [plan] { return !plan->analyzer()->isBusy(); });
    // The same edit while the Systems page is in front and while the Graph page is.
    measureVersionEdits(project, window, window.page<SystemsPage>(), systems,
                        QStringLiteral("Systems page shown"));
    measureVersionEdits(project, window, graph, systems, QStringLiteral("Graph page shown"));
    return 0;
}
