// Measures filtering the systems table as the user types: one proxy re-filter per keystroke.
// Run: build/tests/bench/uw_bench_filter [systems]
#include "environments.h"
#include "projectfile.h"
#include "systemsfiltermodel.h"
#include "systemsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

using namespace uw;

namespace {

ProjectData generate(int systemCount)
{
    QRandomGenerator random(20261121);
    const QStringList roles = {QStringLiteral("orders"),   QStringLiteral("billing"),
                               QStringLiteral("payments"), QStringLiteral("reporting"),
                               QStringLiteral("identity"), QStringLiteral("search")};
    const QStringList processes = {QStringLiteral("order intake"), QStringLiteral("invoicing"),
                                   QStringLiteral("customer notifications"),
                                   QStringLiteral("month-end close")};
    ProjectData data;
    for (Id id = 1; id <= systemCount; ++id) {
        System system;
        system.id = id;
        system.name = QStringLiteral("%1-%2-%3")
                          .arg(roles.at(random.bounded(int(roles.size()))))
                          .arg(random.bounded(2) ? QStringLiteral("db") : QStringLiteral("app"))
                          .arg(id);
        system.systemKind = SystemKind(random.bounded(14));
        system.environment = commonEnvironments().at(random.bounded(3));
        system.site = QStringLiteral("Frankfurt DC%1").arg(random.bounded(4));
        system.currentVersion = QStringLiteral("%1.%2.%3")
                                    .arg(random.bounded(20))
                                    .arg(random.bounded(10))
                                    .arg(random.bounded(30));
        system.targetVersion = QStringLiteral("%1.0-rc%2").arg(random.bounded(20, 30)).arg(id % 3);
        system.criticality = Level(random.bounded(4));
        system.owner = QStringLiteral("Team %1").arg(random.bounded(40));
        system.businessProcesses = {processes.at(random.bounded(int(processes.size()))),
                                    processes.at(random.bounded(int(processes.size())))};
        data.systems[id] = system;
    }
    return data;
}

struct Figures
{
    double median = 0;
    double max = 0;
};

Figures summarize(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values.back()};
}

/** Types text one key at a time, then deletes it again, timing each re-filter. */
std::vector<double> typeAndErase(SystemsFilterModel &proxy, const QString &text, int *shown)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (qsizetype length = 1; length <= text.size(); ++length) {
        timer.start();
        proxy.setFilterText(text.first(length));
        *shown = proxy.rowCount();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    for (qsizetype length = text.size() - 1; length >= 0; --length) {
        timer.start();
        proxy.setFilterText(text.first(length));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int systems = argc > 1 ? QCoreApplication::arguments().at(1).toInt() : 2000;
    constexpr int Runs = 7;
    const QString typed = QStringLiteral("bill d");

    QTemporaryDir dir;
    auto created = createProject(dir.filePath(QStringLiteral("bench.uwb")), generate(systems));
    if (!created) {
        fmt::print(stderr, "create failed: {}\n", created.error().message.toStdString());
        return 1;
    }
    SystemsModel model;
    model.setProject(created.value().get());
    SystemsFilterModel proxy;
    proxy.setSourceModel(&model);

    fmt::print("{} systems, typing \"{}\" key by key and erasing it, {} runs\n", systems,
               typed.toStdString(), Runs);
    const struct
    {
        const char *label;
        int column;
    } orders[] = {{"unsorted", -1},
                  {"sorted by name", SystemsModel::NameColumn},
                  {"sorted by target version", SystemsModel::TargetVersionColumn}};
    for (const auto &order : orders) {
        QElapsedTimer sorting;
        sorting.start();
        proxy.sort(order.column);
        const double sortTime = double(sorting.nsecsElapsed()) / 1e6;
        int shown = 0;
        const std::vector<double> first = typeAndErase(proxy, typed, &shown);
        const double firstKey = first.front();
        std::vector<double> warm;
        for (int run = 1; run < Runs; ++run) {
            const std::vector<double> times = typeAndErase(proxy, typed, &shown);
            warm.insert(warm.end(), times.begin(), times.end());
        }
        const Figures figures = summarize(warm);
        fmt::print("{:<26} per keystroke: median {:5.2f} ms, max {:5.2f} ms; first key of first "
                   "run {:5.2f} ms; sorting all rows {:5.2f} ms; {} rows match\n",
                   order.label, figures.median, figures.max, firstKey, sortTime, shown);
    }
    return 0;
}
