// Measures what live refreshes of the Metrics page cost: 8 charts of 4 series with 10,000
// samples each, cut to the shown hour and downsampled to the plot's width, then painted
// antialiased as the page draws them. The page refreshes its charts in turn, one per eighth of
// a second, so the figure that must stay under 16 ms is one turn (one chart's refresh and
// paint); the cost of all 8 at once and of handing Qt Charts every point are printed beside it.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/uw_bench_metriccharts [points per series]
#include "metricchart.h"
#include "metricchartpanel.h"
#include "metrichistory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QImage>
#include <QLineSeries>
#include <QPainter>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace uw;

namespace {

constexpr int charts = 8;
constexpr int seriesPerChart = 4;
constexpr int refreshes = 40;

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures summarise(std::vector<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    return {milliseconds[milliseconds.size() / 2], milliseconds.back()};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int points = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-3600);

    // One hour of samples per series, as a 0.36 s poll would give: far more than pixels.
    std::vector<MetricHistory> histories(charts);
    for (int chart = 0; chart < charts; ++chart) {
        QList<MetricSample> samples;
        for (int series = 0; series < seriesPerChart; ++series) {
            for (int i = 0; i < points; ++i) {
                const QDateTime time = start.addMSecs(qint64(3600000.0 * i / points));
                const double value = 50 + 20 * std::sin(i / 300.0 + series)
                                     + (i % 97 == 0 ? 25 : 0);
                samples.append(
                    {chart + 1, time, QStringLiteral("instance=\"node-%1\"").arg(series), value});
            }
        }
        histories[chart].add(samples);
    }

    QWidget window;
    auto *grid = new QGridLayout(&window);
    std::vector<MetricChart *> shown;
    std::vector<MetricChartPanel *> panels;
    for (int chart = 0; chart < charts; ++chart) {
        auto *panel = new MetricChartPanel(chart + 1, &window);
        MetricChart *metricChart = panel->chart();
        Metric metric;
        metric.id = chart + 1;
        metric.name = QStringLiteral("Metric %1").arg(chart + 1);
        metric.unit = QStringLiteral("%");
        metric.baseline = {{start, start.addSecs(600)}, 50, 35, 65, true};
        metric.thresholds.append({Threshold::Comparison::Above, 80, false, 2, true});
        metricChart->setMetric(metric);
        grid->addWidget(panel, chart / 2, chart % 2);
        panels.push_back(panel);
        shown.push_back(metricChart);
    }
    window.resize(1400, 1600);
    window.show();
    QApplication::processEvents();

    const double startMs = double(start.toMSecsSinceEpoch());
    const double endMs = double(end.toMSecsSinceEpoch());
    const auto refreshAll = [&](int step) {
        // Following live moves the range by a second per refresh.
        for (int chart = 0; chart < charts; ++chart)
            shown[chart]->showRange(histories[chart].series(chart + 1), startMs + step * 1000.0,
                                    endMs + step * 1000.0);
    };
    refreshAll(0);
    QApplication::processEvents();

    std::vector<double> refreshTimes;
    std::vector<double> paintTimes;
    QImage frame(window.size(), QImage::Format_ARGB32_Premultiplied);
    for (int step = 1; step <= refreshes; ++step) {
        QElapsedTimer timer;
        timer.start();
        refreshAll(step);
        refreshTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        QPainter painter(&frame);
        window.render(&painter);
        painter.end();
        paintTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> turnTimes;
    for (int step = 1; step <= refreshes; ++step) {
        const int chart = step % charts;
        QElapsedTimer timer;
        timer.start();
        shown[chart]->showRange(histories[chart].series(chart + 1),
                                startMs + (refreshes + step) * 1000.0,
                                endMs + (refreshes + step) * 1000.0);
        QPainter painter(&frame);
        panels[chart]->render(&painter);
        painter.end();
        turnTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    int plotted = 0;
    for (MetricChart *chart : shown)
        plotted += chart->plottedPointCount();

    std::vector<double> fullTimes;
    std::vector<double> fullPaintTimes;
    for (int step = 1; step <= 5; ++step) {
        QElapsedTimer timer;
        timer.start();
        for (int chart = 0; chart < charts; ++chart) {
            const auto &series = histories[chart].series(chart + 1);
            int index = 0;
            for (QAbstractSeries *line : shown[chart]->series()) {
                auto *xy = qobject_cast<QLineSeries *>(line);
                if (!xy || shown[chart]->thresholdSeries().contains(xy))
                    continue;
                xy->replace(std::next(series.begin(), index++)->second);
            }
        }
        fullTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        QPainter painter(&frame);
        window.render(&painter);
        painter.end();
        fullPaintTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    const Figures turn = summarise(turnTimes);
    const Figures refresh = summarise(refreshTimes);
    const Figures paint = summarise(paintTimes);
    const Figures full = summarise(fullTimes);
    const Figures fullPaint = summarise(fullPaintTimes);
    fmt::print("{} charts x {} series x {} points, window {}x{}\n", charts, seriesPerChart, points,
               window.width(), window.height());
    fmt::print("one turn (1 chart refreshed and painted): median {:.2f} ms, worst {:.2f} ms "
               "(target < 16 ms)\n",
               turn.median, turn.worst);
    fmt::print("all charts at once: refresh median {:.2f} ms, worst {:.2f} ms; "
               "{} points drawn in all\n",
               refresh.median, refresh.worst, plotted);
    fmt::print("                    paint median {:.2f} ms, worst {:.2f} ms\n", paint.median,
               paint.worst);
    fmt::print(
        "all charts without downsampling: refresh median {:.2f} ms, paint median {:.2f} ms\n",
        full.median, fullPaint.median);
    return 0;
}
