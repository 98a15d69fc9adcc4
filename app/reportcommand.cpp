#include "reportcommand.h"

#include "cli.h"
#include "projectfile.h"
#include "reportsource.h"

#include <QCoreApplication>
#include <QDir>

#include <atomic>
#include <optional>

namespace uw::cli {
namespace {

class ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(uw::ReportCommand)
};

QString usage()
{
    return ReportCommandText::tr(
        "Usage: upgrade-workbench report FILE --kind plan|run [--run ID] "
        "[--page-size a4|letter] [--progress] -o OUT.pdf\n"
        "Writes a PDF for managers: the plan report for approval, or the record of a run (the "
        "latest run unless --run names one). A report that takes longer than a second (or any, "
        "with --progress) says on stderr what it is doing (analysis, simulation, graph, pages).\n"
        "Exit codes: 0 written, 1 the file has no run to report, 2 usage error, 3 file error.\n");
}

struct ReportArguments
{
    QString path;
    QString output;
    ReportOptions options;
    /** Progress from the start, not only after the first second. */
    bool progress = false;
};

std::optional<ReportArguments> parseArguments(const QStringList &arguments, QString *error)
{
    ReportArguments parsed;
    QStringList positional;
    std::optional<ReportKind> kind;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const bool valued = argument == QLatin1String("--kind")
                            || argument == QLatin1String("--run")
                            || argument == QLatin1String("--page-size")
                            || argument == QLatin1String("-o")
                            || argument == QLatin1String("--output");
        if (!argument.startsWith(QLatin1Char('-'))) {
            positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--progress")) {
            parsed.progress = true;
            continue;
        }
        if (!valued) {
            *error = ReportCommandText::tr("report: unknown option %1").arg(argument);
            return std::nullopt;
        }
        if (i + 1 >= arguments.size()) {
            *error = ReportCommandText::tr("report: %1 needs a value").arg(argument);
            return std::nullopt;
        }
        const QString value = arguments[++i];
        if (argument == QLatin1String("--kind")) {
            if (value == QLatin1String("plan"))
                kind = ReportKind::Plan;
            else if (value == QLatin1String("run"))
                kind = ReportKind::Run;
            else
                *error = ReportCommandText::tr("report: --kind is plan or run, not '%1'").arg(value);
        } else if (argument == QLatin1String("--run")) {
            bool ok = false;
            parsed.options.runId = value.toLongLong(&ok);
            if (!ok || parsed.options.runId <= 0)
                *error = ReportCommandText::tr("report: --run needs a run id, not '%1'").arg(value);
        } else if (argument == QLatin1String("--page-size")) {
            if (value.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
                parsed.options.pageSize = QPageSize::A4;
            else if (value.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
                parsed.options.pageSize = QPageSize::Letter;
            else
                *error = ReportCommandText::tr("report: --page-size is a4 or letter, not '%1'")
                             .arg(value);
        } else {
            parsed.output = value;
        }
        if (!error->isEmpty())
            return std::nullopt;
    }
    if (positional.size() != 1) {
        *error = ReportCommandText::tr("report: expected exactly one FILE");
        return std::nullopt;
    }
    if (!kind) {
        *error = ReportCommandText::tr("report: --kind plan or --kind run is required");
        return std::nullopt;
    }
    if (parsed.output.isEmpty()) {
        *error = ReportCommandText::tr("report: -o OUT.pdf is required");
        return std::nullopt;
    }
    if (*kind == ReportKind::Plan && parsed.options.runId) {
        *error = ReportCommandText::tr("report: --run only goes with --kind run");
        return std::nullopt;
    }
    parsed.options.kind = *kind;
    parsed.path = positional.first();
    return parsed;
}

} // namespace

int report(Streams &io, const QStringList &arguments)
{
    if (answeredHelp(io, arguments, usage()))
        return ExitOk;
    QString message;
    const auto parsed = parseArguments(arguments, &message);
    if (!parsed)
        return usageError(io, message, usage());
    auto project = openProject(parsed->path, Store::Access::ReadOnly);
    if (!project)
        return fileError(io, project.error(), false);
    const ProjectData &data = project.value()->data();
    if (parsed->options.kind == ReportKind::Run) {
        if (parsed->options.runId && !data.runs.contains(parsed->options.runId)) {
            io.err << ReportCommandText::tr("report: the file has no run %1")
                          .arg(parsed->options.runId)
                   << '\n';
            return ExitUsage;
        }
        if (data.runs.empty()) {
            io.err << ReportCommandText::tr("The file has no run yet: record a rehearsal or "
                                            "production run, or write the plan report with "
                                            "--kind plan.")
                   << '\n';
            return ExitFindings;
        }
    }
    QString error;
    ReportSource source(reportRequest(*project.value(), parsed->options));
    ProgressLines progress(io, parsed->progress);
    // The simulation reports from its worker threads.
    std::atomic<int> shownTenth{-1};
    const auto preparing = [&](ReportSource::Stage stage, int done, int total) {
        switch (stage) {
        case ReportSource::Stage::Analysis:
            progress.say(ReportCommandText::tr("report: analysing the plan"));
            break;
        case ReportSource::Stage::Simulation: {
            // Each tenth once, by whichever thread reaches it first.
            const int tenth = total > 0 ? done * 10 / total : 10;
            int shown = shownTenth.load();
            while (tenth > shown && !shownTenth.compare_exchange_weak(shown, tenth)) {
            }
            if (tenth > shown)
                progress.say(
                    ReportCommandText::tr("report: simulated %1 of %2 runs").arg(done).arg(total));
            break;
        }
        case ReportSource::Stage::Layout:
            progress.say(ReportCommandText::tr("report: laying out the dependency graph"));
            break;
        }
    };
    const auto rendering = [&](int page, int pageCount) {
        progress.say(pageCount > 0
                         ? ReportCommandText::tr("report: page %1 of %2").arg(page).arg(pageCount)
                         : ReportCommandText::tr("report: page %1").arg(page));
        return true;
    };
    if (!source.prepare(nullptr, preparing, &error)
        || !writeReportPdf(source, parsed->output, rendering, &error)) {
        io.err << ReportCommandText::tr("report: %1").arg(error) << '\n';
        return ExitFileError;
    }
    io.out << ReportCommandText::tr("Wrote %1").arg(QDir::toNativeSeparators(parsed->output))
           << '\n';
    return ExitOk;
}

} // namespace uw::cli
