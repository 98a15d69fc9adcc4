// Opens a generated project in the real main window and prints how long it takes until the
// first page is painted and until the Plan page shows its schedule, and the peak memory.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/uw_bench_open [steps [systems dependencies]]
//      (default 5,000 steps, 2,000 systems, 6,000 dependencies)
//      build/tests/bench/uw_bench_open --ready FILE: opens FILE, shows the Plan page, exits when
//      its schedule is painted (for bench_planner.sh, which times the whole process).
//      build/tests/bench/uw_bench_open --screenshot FILE OUT.png: the Plan page of FILE once
//      its simulation is done, to compare how it looks before and after a change.
#include "benchproject.h"
#include "ganttview.h"
#include "mainwindow.h"
#include "planpage.h"
#include "projectfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>

#include <fmt/format.h>

#include <functional>

using namespace uw;

namespace {

/** Notes the first paint of a widget of window after it is armed, once ready() holds. */
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *window, std::function<bool()> ready)
        : m_window(window)
        , m_ready(std::move(ready))
    {
        qApp->installEventFilter(this);
    }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            auto *widget = qobject_cast<QWidget *>(watched);
            m_painted = widget && widget->window() == m_window && m_ready();
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<bool()> m_ready;
    bool m_painted = false;
};

void waitFor(const PaintWatcher &watcher)
{
    while (!watcher.painted())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return 0;
}

bool planShown(PlanPage *plan)
{
    return plan->isVisible() && plan->analyzer()->analysis().schedule.valid;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** Without screenshot, exits as soon as the schedule is painted; with, once it is complete. */
int openUntilPlanReady(const QString &path, const QString &screenshot = {})
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(path))
        return 1;
    auto *plan = window.page<PlanPage>();
    window.showPage(plan);
    PaintWatcher ready(&window, [plan] { return planShown(plan); });
    waitFor(ready);
    if (screenshot.isEmpty())
        return 0;
    while (plan->analyzer()->isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    return window.grab().save(screenshot) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UpgradeWorkbenchBench"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QStringLiteral("--ready"))
        return openUntilPlanReady(args[2]);
    if (args.size() == 4 && args[1] == QStringLiteral("--screenshot"))
        return openUntilPlanReady(args[2], args[3]);
    const int steps = args.size() > 1 ? args[1].toInt() : 5000;
    const int systems = args.size() > 3 ? args[2].toInt() : 2000;
    const int dependencies = args.size() > 3 ? args[3].toInt() : 6000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.uwb"));
    if (!createProject(path, generateProject(systems, dependencies, steps))) {
        fmt::print(stderr, "cannot create {}\n", path.toStdString());
        return 1;
    }
    const double before = peakMegabytes();

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    auto *plan = window.page<PlanPage>();

    QElapsedTimer timer;
    timer.start();
    PaintWatcher firstPaint(&window, [] { return true; });
    if (!window.openFile(path))
        return 1;
    const double opened = milliseconds(timer);
    waitFor(firstPaint);
    const double painted = milliseconds(timer);
    const bool planComputedHidden = plan->analyzer()->analysis().schedule.valid;

    QElapsedTimer planTimer;
    planTimer.start();
    PaintWatcher planReady(&window, [plan] { return planShown(plan); });
    window.showPage(plan);
    waitFor(planReady);
    const double planMs = milliseconds(planTimer);
    const double total = milliseconds(timer);
    const double peakAtReady = peakMegabytes();
    while (plan->analyzer()->isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double simulated = milliseconds(timer);

    fmt::print("project: {} steps, {} systems, {} dependencies, {} links\n", steps, systems,
               dependencies, window.project()->data().links.size());
    fmt::print("open file into memory:       {:8.1f} ms\n", opened);
    fmt::print("open to first paint:         {:8.1f} ms{}\n", painted,
               planComputedHidden ? " (the hidden Plan page was analysed)" : "");
    fmt::print("show Plan page to ready:     {:8.1f} ms (schedule painted)\n", planMs);
    fmt::print("open to Plan page ready:     {:8.1f} ms\n", total);
    fmt::print("open to simulation done:     {:8.1f} ms (background)\n", simulated);
    fmt::print("peak RSS:                    {:8.1f} MB at Plan ready, {:.1f} MB after the "
               "simulation ({:.1f} MB before opening)\n",
               peakAtReady, peakMegabytes(), before);
    return 0;
}
