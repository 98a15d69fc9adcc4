#include "importcommand.h"

#include "cli.h"
#include "csvimport.h"
#include "exportcommand.h"
#include "mspdi.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace uw::cli {
namespace {

class ImportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(uw::ImportCommand)
};

QString usage()
{
    return ImportCommandText::tr(
        "Usage: upgrade-workbench import FILE --format csv|mspdi INPUT "
        "[--table systems|dependencies|rules] [--progress]\n"
        "Adds INPUT to the project FILE as one edit that can be undone in the program and is "
        "recorded in the audit log.\n"
        "  csv    rows become systems, dependencies with --table dependencies, or compatibility "
        "rules (a vendor matrix: system, when_version, requires, required_range, source) with "
        "--table rules\n"
        "  mspdi  Microsoft Project XML tasks become runbook steps with links and owners\n"
        "Problems go to stderr, each as a note (read differently than written) or as left "
        "out. An import that takes longer than a second (or any, with --progress) says on stderr "
        "which stage it is in.\n"
        "Exit codes: 0 everything imported (notes included), 1 something was left out or nothing "
        "could be imported, 2 usage error, 3 file error.\n");
}

/** A problem of the input: a note about how it was read, or something it left out. */
struct InputProblem
{
    QString message;
    bool leftOut = false;
};

/** Prints every problem; findings only when something was left out, notes are no failure. */
int reportProblems(Streams &io, const QString &input, const QList<InputProblem> &problems)
{
    bool leftOut = false;
    for (const InputProblem &problem : problems) {
        io.err << (problem.leftOut
                       ? ImportCommandText::tr("%1: left out: %2").arg(input, problem.message)
                       : ImportCommandText::tr("%1: note: %2").arg(input, problem.message))
               << '\n';
        leftOut = leftOut || problem.leftOut;
    }
    return leftOut ? ExitFindings : ExitOk;
}

int importCsv(Streams &io, Project &project, const QByteArray &bytes, const QString &input,
              ImportTarget target, ProgressLines &progress)
{
    QString error;
    const auto table = readCsv(bytes, &error);
    if (!table) {
        io.err << ImportCommandText::tr("%1: %2").arg(input, error) << '\n';
        return ExitFileError;
    }
    progress.say(
        ImportCommandText::tr("import: rows read: %1; checking them").arg(table->rows.size()));
    const ImportPreview preview = previewImport(project.data(), target, *table,
                                                autoMapColumns(target, table->header));
    QList<InputProblem> problems;
    for (const ImportProblem &problem : preview.problems)
        problems.append({problem.message, problem.skipsRow});
    const QString sourceName = QFileInfo(input).fileName();
    if (preview.entities.isEmpty()) {
        reportProblems(io, input, problems);
        io.err << importSummary(preview, sourceName) << '\n';
        return ExitFindings;
    }
    progress.say(ImportCommandText::tr("import: writing into the project"));
    if (!applyImport(project, preview, sourceName, &error)) {
        io.err << error << '\n';
        return ExitFileError;
    }
    io.out << importSummary(preview, sourceName) << '\n';
    return reportProblems(io, input, problems);
}

int importMspdi(Streams &io, Project &project, const QByteArray &bytes, const QString &input,
                ProgressLines &progress)
{
    auto import = readMspdi(bytes, project.data());
    if (!import) {
        io.err << ImportCommandText::tr("%1: %2").arg(input, import.error().message) << '\n';
        return ExitFileError;
    }
    const QString sourceName = QFileInfo(input).fileName();
    QString error;
    progress.say(ImportCommandText::tr("import: writing into the project"));
    if (!applyMspdiImport(project, import.value(), sourceName, &error)) {
        io.err << error << '\n';
        return ExitFileError;
    }
    io.out << mspdiImportSummary(import.value(), sourceName) << '\n';
    QList<InputProblem> problems;
    for (const MspdiProblem &problem : import->problems)
        problems.append({problem.message, problem.leftOut});
    return reportProblems(io, input, problems);
}

} // namespace

int importIntoProject(Streams &io, const QStringList &arguments)
{
    if (answeredHelp(io, arguments, usage()))
        return ExitOk;
    const auto fail = [&io](const QString &message) {
        return usageError(io, message, usage());
    };
    QString error;
    const auto parsed = parseOptions(QStringLiteral("import"), arguments,
                                     {QStringLiteral("--progress")},
                                     {QStringLiteral("--format"), QStringLiteral("--table")},
                                     &error);
    if (!parsed)
        return fail(error);
    if (parsed->positional.size() != 2)
        return fail(ImportCommandText::tr("import: expected a project FILE and an INPUT file"));
    const QString format = parsed->value("--format");
    if (format != QLatin1String("csv") && format != QLatin1String("mspdi")) {
        return fail(format.isEmpty()
                        ? ImportCommandText::tr("import: --format is required")
                        : ImportCommandText::tr("import: unknown format '%1' (expected csv, "
                                                "mspdi)")
                              .arg(format));
    }
    const QString table = parsed->value("--table");
    if (!table.isEmpty() && format != QLatin1String("csv"))
        return fail(ImportCommandText::tr("import: --table applies to csv only"));
    if (!table.isEmpty() && table != QLatin1String("systems")
        && table != QLatin1String("dependencies") && table != QLatin1String("rules"))
        return fail(ImportCommandText::tr("import: unknown table '%1' (expected systems, "
                                          "dependencies, rules)")
                        .arg(table));

    const QString input = parsed->positional.at(1);
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << ImportCommandText::tr("import: cannot read %1: %2")
                      .arg(QDir::toNativeSeparators(input), file.errorString())
               << '\n';
        return ExitFileError;
    }
    // Refused before it is read: a file far beyond the cap would fill the memory first.
    const qint64 cap = format == QLatin1String("csv") ? MaxCsvBytes : MaxMspdiBytes;
    if (file.size() > cap) {
        io.err << ImportCommandText::tr("import: %1 is larger than %2 MB; split it")
                      .arg(QDir::toNativeSeparators(input))
                      .arg(cap / (1024 * 1024))
               << '\n';
        return ExitFileError;
    }
    ProgressLines progress(io, parsed->flags.contains(QStringLiteral("--progress")));
    progress.say(ImportCommandText::tr("import: reading %1").arg(QDir::toNativeSeparators(input)));
    const QByteArray bytes = file.readAll();

    auto project = openProject(parsed->positional.first(), Store::Access::ReadWrite);
    if (!project)
        return fileError(io, project.error(), false);
    if (project.value()->isReadOnly()) {
        io.err << ImportCommandText::tr("import: %1 is open read-only (%2); nothing was imported")
                      .arg(QDir::toNativeSeparators(parsed->positional.first()),
                           project.value()->storeInfo().readOnlyReason)
               << '\n';
        return ExitFileError;
    }
    if (format == QLatin1String("mspdi"))
        return importMspdi(io, *project.value(), bytes, QDir::toNativeSeparators(input), progress);
    const ImportTarget target = table == QLatin1String("dependencies") ? ImportTarget::Dependencies
                                : table == QLatin1String("rules")      ? ImportTarget::Rules
                                                                       : ImportTarget::Systems;
    return importCsv(io, *project.value(), bytes, QDir::toNativeSeparators(input), target, progress);
}

} // namespace uw::cli
