#include "exportcommand.h"

#include "cli.h"
#include "csvexport.h"
#include "graphlayout.h"
#include "icalendar.h"
#include "mspdi.h"
#include "plananalysis.h"
#include "projectfile.h"
#include "projectjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace uw::cli {
namespace {

class ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(uw::ExportCommand)
};

const QStringList formats{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("dot"),
                          QStringLiteral("ics"), QStringLiteral("mspdi")};
const QStringList tables{QStringLiteral("systems"), QStringLiteral("dependencies"),
                         QStringLiteral("people"), QStringLiteral("windows")};

QString usage()
{
    return ExportCommandText::tr(
        "Usage: upgrade-workbench export FILE --format csv|json|dot|ics|mspdi [-o OUT] "
        "[--table systems|dependencies|people|windows] [--window ID] [--keep-formulas]\n"
        "Writes the project in an exchange format to OUT, or to standard output without -o.\n"
        "  csv    one table for spreadsheets (--table, systems by default); a cell that a "
        "spreadsheet would run as a formula (=, +, -, @ first) is written with a ' in front, "
        "which import removes again; --keep-formulas writes such cells as they are\n"
        "  json   the whole document as the project JSON format\n"
        "  dot    the dependency graph for Graphviz\n"
        "  ics    the windows as iCalendar events (--window for one)\n"
        "  mspdi  the runbook as Microsoft Project XML, starting at --window (by default the "
        "earliest maintenance window)\n"
        "Exit codes: 0 written, 1 written but windows without times were left out, 2 usage "
        "error, 3 file error.\n");
}

QByteArray csvTable(const ProjectData &data, const QString &table, FormulaCells formulas)
{
    if (table == QLatin1String("dependencies"))
        return dependenciesCsv(data, {}, formulas);
    if (table == QLatin1String("people"))
        return peopleCsv(data, {}, formulas);
    if (table == QLatin1String("windows"))
        return windowsCsv(data, {}, formulas);
    return systemsCsv(data, {}, formulas);
}

bool writeOutput(Streams &io, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        io.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            io.err << ExportCommandText::tr("export: could not write to standard output") << '\n';
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << ExportCommandText::tr("export: could not write %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString())
               << '\n';
        return false;
    }
    return true;
}

} // namespace

int exportProject(Streams &io, const QStringList &arguments)
{
    if (answeredHelp(io, arguments, usage()))
        return ExitOk;
    const auto fail = [&io](const QString &message) {
        return usageError(io, message, usage());
    };
    QString error;
    const auto parsed = parseOptions(QStringLiteral("export"), arguments,
                                     {QStringLiteral("--keep-formulas")},
                                     {QStringLiteral("--format"), QStringLiteral("-o"),
                                      QStringLiteral("--output"), QStringLiteral("--table"),
                                      QStringLiteral("--window")},
                                     &error);
    if (!parsed)
        return fail(error);
    if (parsed->positional.size() != 1)
        return fail(ExportCommandText::tr("export: expected exactly one FILE"));
    const QString format = parsed->value("--format");
    if (!formats.contains(format)) {
        return fail(format.isEmpty()
                        ? ExportCommandText::tr("export: --format is required")
                        : ExportCommandText::tr("export: unknown format '%1' (expected %2)")
                              .arg(format, formats.join(QLatin1String(", "))));
    }
    const QString table = parsed->value("--table").isEmpty() ? tables.first()
                                                             : parsed->value("--table");
    if (!tables.contains(table))
        return fail(ExportCommandText::tr("export: unknown table '%1' (expected %2)")
                        .arg(table, tables.join(QLatin1String(", "))));
    if (!parsed->value("--table").isEmpty() && format != QLatin1String("csv"))
        return fail(ExportCommandText::tr("export: --table applies to csv only"));
    if (parsed->flags.contains(QStringLiteral("--keep-formulas")) && format != QLatin1String("csv"))
        return fail(ExportCommandText::tr("export: --keep-formulas applies to csv only"));
    if (!parsed->value("-o").isEmpty() && !parsed->value("--output").isEmpty())
        return fail(ExportCommandText::tr("export: give -o or --output, not both"));
    const QString output = parsed->value("-o").isEmpty() ? parsed->value("--output")
                                                         : parsed->value("-o");
    std::optional<Id> windowId;
    if (!parsed->value("--window").isEmpty()) {
        bool ok = false;
        windowId = parsed->value("--window").toLongLong(&ok);
        if (!ok || *windowId <= 0)
            return fail(ExportCommandText::tr("export: --window needs a window id, not '%1'")
                            .arg(parsed->value("--window")));
        if (format != QLatin1String("ics") && format != QLatin1String("mspdi"))
            return fail(ExportCommandText::tr("export: --window applies to ics and mspdi only"));
    }

    auto project = openProject(parsed->positional.first(), Store::Access::ReadOnly);
    if (!project)
        return fileError(io, project.error(), false);
    const ProjectData &data = project.value()->data();
    const Window *window = nullptr;
    if (windowId) {
        const auto found = data.windows.find(*windowId);
        if (found == data.windows.end())
            return fail(ExportCommandText::tr("export: the file has no window %1").arg(*windowId));
        window = &found->second;
    }

    QByteArray bytes;
    int exitCode = ExitOk;
    if (format == QLatin1String("csv")) {
        bytes = csvTable(data, table,
                         parsed->flags.contains(QStringLiteral("--keep-formulas"))
                             ? FormulaCells::KeepAsTheyAre
                             : FormulaCells::Neutralise);
    } else if (format == QLatin1String("json")) {
        bytes = writeProjectJson(data);
    } else if (format == QLatin1String("dot")) {
        bytes = dependencyGraphDot(data);
    } else if (format == QLatin1String("mspdi")) {
        bytes = writeMspdi(data, window ? window
                                        : earliestMaintenanceWindow(data, project.value()->now()));
    } else {
        const ICalendarExport calendar = windowsToICalendar(data,
                                                            window ? QList<Id>{window->id}
                                                                   : QList<Id>{},
                                                            project.value()->now());
        bytes = calendar.text;
        for (const QString &name : calendar.skippedWindows) {
            io.err << ExportCommandText::tr("export: the window '%1' has no start or end and was "
                                            "left out")
                          .arg(name)
                   << '\n';
            exitCode = ExitFindings;
        }
    }
    return writeOutput(io, output, bytes) ? exitCode : int(ExitFileError);
}

} // namespace uw::cli
