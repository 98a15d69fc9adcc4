// Measures what the live metrics page does per frame: reducing 8 charts x 4 series x 10,000
// points to a 1200 px wide plot (spec: a repaint stays well under 16 ms).
// Run: build/tests/bench/uw_bench_downsample [points per series] [width in pixels]
#include "downsample.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace uw;

namespace {

/** A noisy daily wave with rare spikes, sampled every 15 s, like a request latency. */
QList<QPointF> generateSeries(QRandomGenerator &random, int points)
{
    QList<QPointF> series;
    series.reserve(points);
    const double start = 1764968400000.0;
    for (int i = 0; i < points; ++i) {
        double value = 100 + 30 * std::sin(i / 500.0) + random.bounded(10.0);
        if (random.bounded(1000) == 0)
            value *= 8;
        series.append({start + i * 15000.0, value});
    }
    return series;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int points = arguments.size() > 1 ? arguments[1].toInt() : 10000;
    const int width = arguments.size() > 2 ? arguments[2].toInt() : 1200;
    constexpr int charts = 8;
    constexpr int seriesPerChart = 4;

    QRandomGenerator random(20261205);
    std::vector<QList<QPointF>> series;
    for (int i = 0; i < charts * seriesPerChart; ++i)
        series.push_back(generateSeries(random, points));

    constexpr int rounds = 50;
    std::vector<double> milliseconds;
    qsizetype kept = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        kept = 0;
        for (const QList<QPointF> &points : series)
            kept += downsampleMinMax(points, points.first().x(), points.last().x(), width).size();
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    fmt::print("downsample {} charts x {} series x {} points to {} px: median {:.2f} ms, "
               "worst {:.2f} ms per frame ({} points drawn, {:.1f} per column and series)\n",
               charts, seriesPerChart, points, width, milliseconds[rounds / 2], milliseconds.back(),
               kept, double(kept) / (charts * seriesPerChart * width));
    return 0;
}
