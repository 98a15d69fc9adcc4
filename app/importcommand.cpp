#include "importcommand.h"

#include "cli.h"
#include "csvimport.h"
#include "enumkeys.h"
#include "exportcommand.h"
#include "mspdi.h"
#include "projectfile.h"
#include "projectjson.h"
#include "windowcommand.h"

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
        "Usage: upgrade-workbench import FILE --format csv|mspdi|json INPUT "
        "[--table systems|dependencies|rules] [--map COLUMN=FIELD]... [--kind VALUE=KIND]... "
        "[--window START END ZONE] [--progress]\n"
        "Adds INPUT to the project FILE as one edit that can be undone in the program and is "
        "recorded in the audit log.\n"
        "  csv    rows become systems, dependencies with --table dependencies, or compatibility "
        "rules (a vendor matrix: system, when_version, requires, required_range, source) with "
        "--table rules; a class or relationship type it does not know comes in as Other, with "
        "a note; a row naming a system FILE has updates the fields it fills, and each update is "
        "listed with what it changed. Columns are matched to fields by their names (ServiceNow's "
        "among them); --map COLUMN=FIELD takes COLUMN for FIELD (a field's key such as "
        "current_version, or its label), --map COLUMN= leaves it out, and columns nothing takes "
        "are named on stderr; --kind VALUE=KIND says what a class (or, for dependencies, a "
        "relationship type) of the file is, e.g. --kind cmdb_ci_mainframe=server\n"
        "  mspdi  Microsoft Project XML tasks become runbook steps with links and owners; a task "
        "with one duration gets the range 80 %-150 % of it. The plan's start and finish become "
        "a maintenance window when FILE has none; --window START END ZONE gives the window "
        "instead (times such as 2026-12-12T22:00 in the IANA zone ZONE)\n"
        "  json   the project's own JSON (as export --format json writes it) becomes the new "
        "project FILE, which must not exist yet\n"
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

/**
 * mapping with each "COLUMN=FIELD" of maps applied: the column (header, any case) goes to the
 * field (its key or label, any case); an empty FIELD leaves the column out. nullopt with
 * *problem naming what is unknown.
 */
std::optional<QList<int>> applyColumnMaps(ImportTarget target, const QStringList &header,
                                          QList<int> mapping, const QStringList &maps,
                                          QString *problem)
{
    const QList<ImportField> fields = importFields(target);
    for (const QString &map : maps) {
        const qsizetype equals = map.indexOf(u'=');
        const QString columnName = map.left(equals).trimmed();
        const QString fieldName = map.mid(equals + 1).trimmed();
        qsizetype column = -1;
        for (qsizetype c = 0; c < header.size() && column < 0; ++c) {
            if (header.at(c).trimmed().compare(columnName, Qt::CaseInsensitive) == 0)
                column = c;
        }
        if (column < 0) {
            *problem = ImportCommandText::tr("import: --map %1: the file has no column '%2' (it "
                                             "has: %3)")
                           .arg(map, columnName, header.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        // A column feeds one field: whatever took it before lets go.
        for (int &taken : mapping) {
            if (taken == int(column))
                taken = -1;
        }
        if (fieldName.isEmpty())
            continue;
        qsizetype field = -1;
        QStringList keys;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            keys.append(fields.at(f).key);
            if (fields.at(f).key.compare(fieldName, Qt::CaseInsensitive) == 0
                || fields.at(f).label.compare(fieldName, Qt::CaseInsensitive) == 0)
                field = f;
        }
        if (field < 0) {
            *problem = ImportCommandText::tr("import: --map %1: there is no field '%2' (fields: "
                                             "%3)")
                           .arg(map, fieldName, keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        mapping[field] = int(column);
    }
    return mapping;
}

/** Each "VALUE=KIND" of kinds as a ValueMapping for target; nullopt with *problem otherwise. */
std::optional<ValueMapping> valueMapping(ImportTarget target, const QStringList &kinds,
                                         QString *problem)
{
    ValueMapping mapping;
    for (const QString &kind : kinds) {
        const qsizetype equals = kind.lastIndexOf(u'=');
        const QString value = kind.left(equals).trimmed().toCaseFolded();
        const QString key = kind.mid(equals + 1).trimmed();
        const auto refuse = [&](const QStringList &keys) {
            *problem = ImportCommandText::tr("import: --kind %1: '%2' is no kind (kinds: %3)")
                           .arg(kind, key, keys.join(QStringLiteral(", ")));
            return std::nullopt;
        };
        if (target == ImportTarget::Systems) {
            const auto systemKind = enumFromKey<SystemKind>(key);
            if (!systemKind)
                return refuse(enumKeys<SystemKind>());
            mapping.kinds[value] = *systemKind;
        } else {
            const auto dependencyKind = enumFromKey<DependencyKind>(key);
            if (!dependencyKind)
                return refuse(enumKeys<DependencyKind>());
            mapping.relationships[value] = *dependencyKind;
        }
    }
    return mapping;
}

int importCsv(Streams &io, Project &project, const QByteArray &bytes, const QString &input,
              ImportTarget target, const QStringList &maps, const ValueMapping &values,
              ProgressLines &progress)
{
    QString error;
    const auto table = readCsv(bytes, &error);
    if (!table) {
        io.err << ImportCommandText::tr("%1: %2").arg(input, error) << '\n';
        return ExitFileError;
    }
    progress.say(
        ImportCommandText::tr("import: rows read: %1; checking them").arg(table->rows.size()));
    const auto mapping = applyColumnMaps(target, table->header,
                                         autoMapColumns(target, table->header), maps, &error);
    if (!mapping) {
        io.err << error << '\n';
        return ExitUsage;
    }
    const ImportPreview preview = previewImport(project.data(), target, *table, *mapping, values);
    if (const QStringList unmapped = unmappedColumns(table->header, *mapping); !unmapped.isEmpty())
        io.err << ImportCommandText::tr("%1: note: columns not imported: %2")
                      .arg(input, unmapped.join(QStringLiteral(", ")))
               << '\n';
    QList<InputProblem> problems;
    for (const ImportProblem &problem : preview.problems)
        problems.append(
            {problem.message, problem.skipsRow && problem.issue != ImportIssue::UpToDate});
    const QString sourceName = QFileInfo(input).fileName();
    if (preview.entities.isEmpty() && preview.updates.isEmpty()) {
        // A file the project already holds, row for row, is no failure.
        const int outcome = reportProblems(io, input, problems);
        (outcome == ExitOk ? io.out : io.err) << importSummary(preview, sourceName) << '\n';
        return outcome == ExitOk && !preview.problems.isEmpty() ? ExitOk : ExitFindings;
    }
    progress.say(ImportCommandText::tr("import: writing into the project"));
    if (!applyImport(project, preview, sourceName, &error)) {
        io.err << error << '\n';
        return ExitFileError;
    }
    io.out << importSummary(preview, sourceName) << '\n';
    for (const SystemUpdate &update : preview.updates) {
        io.out << ImportCommandText::tr("%1: line %2, updated %3: %4")
                      .arg(input)
                      .arg(update.line)
                      .arg(update.after.name, update.differences.join(QStringLiteral("; ")))
               << '\n';
    }
    return reportProblems(io, input, problems);
}

int importMspdi(Streams &io, Project &project, const QByteArray &bytes, const QString &input,
                const std::optional<Window> &window, ProgressLines &progress)
{
    auto import = readMspdi(bytes, project.data());
    if (!import) {
        io.err << ImportCommandText::tr("%1: %2").arg(input, import.error().message) << '\n';
        return ExitFileError;
    }
    if (window) {
        import->window = *window;
        import->window->name = import->projectName.isEmpty()
                                   ? ImportCommandText::tr("Window of the imported plan")
                                   : import->projectName;
        import->windowFromFile = false;
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

/** The whole document becomes a new project file: ids, runs and samples as the JSON has them. */
int importJson(Streams &io, const QString &path, const QByteArray &bytes, const QString &input)
{
    if (QFileInfo::exists(path)) {
        io.err << ImportCommandText::tr(
                      "import: %1 exists; the project JSON is a whole project and "
                      "becomes a new file: name one that does not exist yet")
                      .arg(QDir::toNativeSeparators(path))
               << '\n';
        return ExitFileError;
    }
    QString error;
    const auto data = readProjectJson(bytes, &error);
    if (!data) {
        io.err << ImportCommandText::tr("%1: %2").arg(input, error) << '\n';
        return ExitFileError;
    }
    auto project = createProject(path, *data);
    if (!project)
        return fileError(io, project.error(), false);
    io.out << ImportCommandText::tr("Created %1 from %2 (systems: %3, steps: %4, runs: %5).")
                  .arg(QDir::toNativeSeparators(path), QFileInfo(input).fileName())
                  .arg(data->systems.size())
                  .arg(data->steps.size())
                  .arg(data->runs.size())
           << '\n';
    return ExitOk;
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
    // --window takes three values, which the option parser does not know of.
    QStringList rest = arguments;
    QStringList windowText;
    if (const qsizetype at = rest.indexOf(QStringLiteral("--window")); at >= 0) {
        if (at + 3 >= rest.size())
            return fail(ImportCommandText::tr("import: --window needs START END ZONE"));
        windowText = rest.mid(at + 1, 3);
        rest.remove(at, 4);
    }
    // --map and --kind may come several times, which the option parser does not allow either.
    const auto takeRepeated = [&rest](const QString &option, QStringList *values) {
        for (qsizetype at = rest.indexOf(option); at >= 0; at = rest.indexOf(option)) {
            if (at + 1 >= rest.size() || !rest.at(at + 1).contains(u'='))
                return false;
            values->append(rest.at(at + 1));
            rest.remove(at, 2);
        }
        return true;
    };
    QStringList maps;
    if (!takeRepeated(QStringLiteral("--map"), &maps))
        return fail(ImportCommandText::tr("import: --map needs COLUMN=FIELD"));
    QStringList kinds;
    if (!takeRepeated(QStringLiteral("--kind"), &kinds))
        return fail(ImportCommandText::tr("import: --kind needs VALUE=KIND"));
    const auto parsed = parseOptions(QStringLiteral("import"), rest, {QStringLiteral("--progress")},
                                     {QStringLiteral("--format"), QStringLiteral("--table")},
                                     &error);
    if (!parsed)
        return fail(error);
    if (parsed->positional.size() != 2)
        return fail(ImportCommandText::tr("import: expected a project FILE and an INPUT file"));
    const QString format = parsed->value("--format");
    if (format != QLatin1String("csv") && format != QLatin1String("mspdi")
        && format != QLatin1String("json")) {
        return fail(format.isEmpty()
                        ? ImportCommandText::tr("import: --format is required")
                        : ImportCommandText::tr("import: unknown format '%1' (expected csv, "
                                                "mspdi, json)")
                              .arg(format));
    }
    if ((!maps.isEmpty() || !kinds.isEmpty()) && format != QLatin1String("csv"))
        return fail(ImportCommandText::tr("import: --map and --kind apply to csv only"));
    std::optional<Window> window;
    if (!windowText.isEmpty()) {
        if (format != QLatin1String("mspdi"))
            return fail(ImportCommandText::tr("import: --window applies to mspdi only"));
        window = windowFromArguments(QStringLiteral("import"), windowText.at(0), windowText.at(1),
                                     windowText.at(2), &error);
        if (!window)
            return fail(error);
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
    const qint64 cap = format == QLatin1String("csv")    ? MaxCsvBytes
                       : format == QLatin1String("json") ? MaxProjectJsonBytes
                                                         : MaxMspdiBytes;
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
    if (format == QLatin1String("json"))
        return importJson(io, parsed->positional.first(), bytes, QDir::toNativeSeparators(input));

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
        return importMspdi(io, *project.value(), bytes, QDir::toNativeSeparators(input), window,
                           progress);
    const ImportTarget target = table == QLatin1String("dependencies") ? ImportTarget::Dependencies
                                : table == QLatin1String("rules")      ? ImportTarget::Rules
                                                                       : ImportTarget::Systems;
    const auto values = valueMapping(target, kinds, &error);
    if (!values)
        return fail(error);
    return importCsv(io, *project.value(), bytes, QDir::toNativeSeparators(input), target, maps,
                     *values, progress);
}

} // namespace uw::cli
