// Measures what one frame of the plan's Gantt timeline costs with a large runbook: painting the
// visible part (axis and body) of a 20,000-step plan into a 1600 x 900 image, scrolled to the
// middle, at a close zoom and at a whole-plan zoom. The target is under 16 ms per frame.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/uw_bench_gantt [steps]
#include "benchrunbook.h"
#include "ganttchart.h"
#include "plananalysis.h"
#include "projectfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

using namespace uw;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int steps = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;
    ProjectData data = generateRunbook(steps, 12);
    Window window;
    window.id = 1;
    window.name = QStringLiteral("Benchmark window");
    window.startUtc = benchmarkStart();
    window.endUtc = benchmarkStart().addDays(30);
    data.windows[1] = window;

    QTemporaryDir dir;
    auto project = createProject(dir.filePath(QStringLiteral("gantt.uwb")), data);
    if (!project) {
        fmt::print(stderr, "cannot create the project: {}\n", project.error().message.toStdString());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const PlanAnalysis analysis = analysePlan(project.value()->data(), {});
    const double analysisMs = double(timer.nsecsElapsed()) / 1e6;
    GanttChart chart;
    chart.setPlan(&project.value()->data(), &analysis);
    chart.setRowHeight(24);
    timer.restart();
    chart.setRows(GanttChart::allRows(project.value()->data()));
    const double rowsMs = double(timer.nsecsElapsed()) / 1e6;

    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    const auto frameMs = [&](double pixelsPerMinute) {
        chart.setPixelsPerMinute(pixelsPerMinute);
        std::vector<double> times;
        for (int frame = 0; frame < 60; ++frame) {
            // Scroll through the middle of the plan, as a user dragging the scroll bar would.
            const int row = int(chart.rows().size() / 2) + frame * 7;
            const QRectF bar = chart.barRect(row);
            const double left = std::max(0.0, bar.isEmpty() ? 0.0 : bar.left() - 400);
            const double top = row * chart.rowHeight();
            timer.restart();
            QPainter painter(&image);
            painter.save();
            painter.translate(-left, 0);
            chart.paintAxis(painter, left, left + image.width());
            painter.restore();
            painter.translate(-left, chart.axisHeight() - top);
            chart.paintBody(painter, QRectF(left, top, image.width(), image.height()), {});
            painter.end();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        return std::pair(times[times.size() / 2], times[times.size() * 95 / 100]);
    };
    fmt::print("steps: {}, rows: {}, links: {}\n", steps, chart.rows().size(),
               project.value()->data().links.size());
    fmt::print("schedule + rollback + conflicts: {:.1f} ms; row list: {:.1f} ms\n", analysisMs,
               rowsMs);
    const auto [closeMedian, closeP95] = frameMs(8);
    fmt::print("frame at 8 px/min (5-minute ticks): median {:.2f} ms, p95 {:.2f} ms\n", closeMedian,
               closeP95);
    const auto [wideMedian, wideP95] = frameMs(0.05);
    fmt::print("frame at 0.05 px/min (day ticks):   median {:.2f} ms, p95 {:.2f} ms\n", wideMedian,
               wideP95);
    return 0;
}
