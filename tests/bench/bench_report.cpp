// Measures the plan report of a large runbook as a manager would ask for it: 1,000 steps (and
// 40 systems for the dependency graph) in a window that fits them, written as an A4 PDF with
// the Gantt, the graph and every table. The target is under 3 s for the whole report.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/uw_bench_report [steps]
#include "benchrunbook.h"
#include "plananalysis.h"
#include "projectfile.h"
#include "reportcanvas.h"
#include "reportsource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <fmt/format.h>

#include <algorithm>

using namespace uw;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int steps = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    ProjectData data = generateRunbook(steps, 12);
    data.change.title = QStringLiteral("Benchmark change with %1 steps").arg(steps);
    for (Id id = 1; id <= 40; ++id) {
        System system;
        system.id = id;
        system.name = QStringLiteral("system-%1").arg(id, 2, 10, QLatin1Char('0'));
        system.currentVersion = QStringLiteral("1.%1").arg(id);
        system.targetVersion = QStringLiteral("2.%1").arg(id);
        data.systems[id] = system;
        if (id > 1) {
            const Id dependencyId = id / 2;
            data.dependencies[id]
                = {id, id, dependencyId, DependencyKind::Runtime, QStringLiteral(">=1"), false, {}};
        }
    }
    Window window;
    window.id = 1;
    window.name = QStringLiteral("Benchmark window");
    window.startUtc = benchmarkStart();
    const Schedule probe = analysePlan(data, {}).schedule;
    window.endUtc = benchmarkStart().addSecs(qint64(probe.finishMinutes * 60 * 1.5) + 3600);
    data.windows[1] = window;

    QTemporaryDir dir;
    auto project = createProject(dir.filePath(QStringLiteral("report.uwb")), data);
    if (!project) {
        fmt::print(stderr, "cannot create the project: {}\n", project.error().message.toStdString());
        return 1;
    }
    ReportOptions options;
    options.kind = ReportKind::Plan;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QElapsedTimer timer;
    timer.start();
    ReportSource source(reportRequest(*project.value(), options));
    QString error;
    if (!source.prepare(nullptr, {}, &error)) {
        fmt::print(stderr, "cannot prepare the report: {}\n", error.toStdString());
        return 1;
    }
    const double prepareMs = double(timer.nsecsElapsed()) / 1e6;
    int pages = 0;
    timer.restart();
    const bool written = writeReportPdf(
        source, path,
        [&pages](int page, int) {
            pages = page;
            return true;
        },
        &error);
    const double renderMs = double(timer.nsecsElapsed()) / 1e6;
    if (!written) {
        fmt::print(stderr, "cannot write the report: {}\n", error.toStdString());
        return 1;
    }
    fmt::print("steps: {}, systems: {}, pages: {}, file: {:.0f} KiB\n", steps, data.systems.size(),
               pages, double(QFileInfo(path).size()) / 1024);
    fmt::print("prepare (schedule, 10,000 Monte Carlo runs, graph layout): {:.0f} ms\n", prepareMs);
    fmt::print("lay out and write the PDF: {:.0f} ms\n", renderMs);
    fmt::print("plan report total: {:.0f} ms (target < 3000 ms)\n", prepareMs + renderMs);
    return 0;
}
