#include "cli.h"

#include "audit.h"
#include "checkcommand.h"
#include "clisupport.h"
#include "enumkeys.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "noticecommand.h"
#include "projectfile.h"
#include "reportcommand.h"
#include "sample.h"
#include "schedulecommand.h"
#include "schema.h"
#include "stepchecks.h"
#include "textformat.h"
#include "verifyauditcommand.h"
#include "version.h"
#include "versionconstraint.h"
#include "windowcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sqlite3.h>

namespace uw::cli {
namespace {

/** Gives lupdate and the runtime one context for the command line's messages. */
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Cli)
};

const QStringList commandNames{QStringLiteral("validate"),     QStringLiteral("new"),
                               QStringLiteral("check"),        QStringLiteral("schedule"),
                               QStringLiteral("export"),       QStringLiteral("import"),
                               QStringLiteral("verify-audit"), QStringLiteral("report"),
                               QStringLiteral("notice"),       QStringLiteral("window")};
const QStringList commandsWithOwnHelp{QStringLiteral("export"),       QStringLiteral("import"),
                                      QStringLiteral("verify-audit"), QStringLiteral("report"),
                                      QStringLiteral("notice"),       QStringLiteral("window")};

} // namespace

QString usageText()
{
    return CliText::tr(
        "Usage:\n"
        "  upgrade-workbench [FILE]                 open FILE (or an empty window) in the "
        "program\n"
        "  upgrade-workbench new FILE [--sample [--today YYYY-MM-DD]]\n"
        "                                           create a project file; --sample fills it "
        "with the bundled example, its window on the next Saturday night after today (or "
        "--today)\n"
        "  upgrade-workbench validate FILE [--json] check a project file without changing "
        "it\n"
        "  upgrade-workbench check FILE [--json]    compatibility findings, upgrade order "
        "and dependency cycles\n"
        "  upgrade-workbench schedule FILE [--json] [--window ID] [--seed N] "
        "[--iterations N] [--reserve MINUTES] [--level]\n"
        "  upgrade-workbench export FILE --format csv|json|dot|ics|mspdi [-o OUT] "
        "[--table TABLE] [--window ID] [--keep-formulas]\n"
        "  upgrade-workbench import FILE --format csv|mspdi|json INPUT [--table TABLE] "
        "[--map COLUMN=FIELD]... [--kind VALUE=KIND]... [--window START END ZONE] [--progress]\n"
        "  upgrade-workbench verify-audit FILE [--json]\n"
        "  upgrade-workbench report FILE --kind plan|run [--run ID] [--page-size a4|letter] "
        "[--progress] -o OUT.pdf\n"
        "  upgrade-workbench notice FILE --kind before|start|done|delayed|rolled-back "
        "[--window ID] [--new-end ISO8601] [--eml OUT.eml]\n"
        "  upgrade-workbench window FILE [--json] | window FILE --add NAME --start TIME --end "
        "TIME [--zone ZONE] [--kind maintenance|freeze|blackout|peak]\n"
        "  upgrade-workbench COMMAND --help           what a command does and its options\n"
        "  upgrade-workbench --help | --version\n"
        "\n"
        "Exit codes: 0 ok, 1 findings (the file is fine but something in it needs "
        "attention), 2 usage error, 3 file error (missing, not a project, newer, damaged, "
        "locked).\n");
}

namespace {

struct Finding
{
    QString where;
    QString message;
};

/** What a valid file may still contain that needs a person's attention. */
QList<Finding> findingsOf(const ProjectData &data, const AuditVerification &audit)
{
    QList<Finding> findings;
    if (!audit.intact)
        findings.append({CliText::tr("audit log"), audit.message});
    for (const auto &[id, system] : data.systems) {
        for (const QString *version : {&system.currentVersion, &system.targetVersion}) {
            QString reason;
            if (!version->isEmpty() && !Version::parse(*version, &reason))
                findings.append({CliText::tr("system '%1'").arg(system.name), reason});
        }
    }
    for (const auto &[id, dependency] : data.dependencies) {
        QString reason;
        if (!dependency.constraint.isEmpty()
            && !VersionConstraint::parse(dependency.constraint, &reason)) {
            findings.append({CliText::tr("dependency %1").arg(id), reason});
        }
    }
    if (const QString problem = stepBoundsProblem(data); !problem.isEmpty())
        findings.append({CliText::tr("runbook"), problem});
    return findings;
}

int validate(Streams &io, const QStringList &arguments)
{
    auto opened = openProjectArgument(io, QStringLiteral("validate"), arguments);
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    const auto &[path, json, project] = std::get<ProjectArgument>(opened);
    const ProjectData &data = project->data();
    const StoreInfo &info = project->storeInfo();
    const AuditVerification audit = verifyAuditChain(data.audit);
    const QList<Finding> findings = findingsOf(data, audit);

    const QList<std::pair<QString, qsizetype>> counts{
        {QStringLiteral("systems"), qsizetype(data.systems.size())},
        {QStringLiteral("dependencies"), qsizetype(data.dependencies.size())},
        {QStringLiteral("rules"), qsizetype(data.rules.size())},
        {QStringLiteral("people"), qsizetype(data.people.size())},
        {QStringLiteral("windows"), qsizetype(data.windows.size())},
        {QStringLiteral("steps"), qsizetype(data.steps.size())},
        {QStringLiteral("links"), qsizetype(data.links.size())},
        {QStringLiteral("metrics"), qsizetype(data.metrics.size())},
        {QStringLiteral("runs"), qsizetype(data.runs.size())},
        {QStringLiteral("run_events"), data.runEvents.size()},
        {QStringLiteral("audit_entries"), data.audit.size()},
    };

    if (json) {
        QJsonObject countObject;
        for (const auto &[key, count] : counts)
            countObject.insert(key, qint64(count));
        QJsonArray findingArray;
        for (const Finding &finding : findings)
            findingArray.append(QJsonObject{{QStringLiteral("where"), finding.where},
                                            {QStringLiteral("message"), finding.message}});
        const QJsonObject object{
            {QStringLiteral("file"), QDir::toNativeSeparators(path)},
            {QStringLiteral("schema_version"), info.schemaVersion},
            {QStringLiteral("current_schema_version"), schema::currentVersion()},
            {QStringLiteral("integrity"), QStringLiteral("ok")},
            {QStringLiteral("counts"), countObject},
            {QStringLiteral("audit"),
             QJsonObject{{QStringLiteral("intact"), audit.intact},
                         {QStringLiteral("entries"), audit.entries},
                         {QStringLiteral("first_broken_id"), audit.firstBrokenId},
                         {QStringLiteral("final_hash"),
                          QString::fromLatin1(audit.finalHash.toHex())}}},
            {QStringLiteral("findings"), findingArray},
        };
        io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        io.out << CliText::tr("File: %1").arg(QDir::toNativeSeparators(path)) << '\n';
        io.out << CliText::tr("Change: %1").arg(data.change.title) << '\n';
        io.out << CliText::tr("File format: %1 (this program writes %2)")
                      .arg(info.schemaVersion)
                      .arg(schema::currentVersion())
               << '\n';
        io.out << CliText::tr("Integrity: ok") << '\n';
        for (const auto &[key, count] : counts)
            io.out << formatted("  {:<14}: {}", key, count) << '\n';
        io.out << (audit.intact
                       ? CliText::tr("Audit log: intact, %1 entries").arg(audit.entries)
                       : CliText::tr("Audit log: BROKEN at entry %1").arg(audit.firstBrokenId))
               << '\n';
        for (const Finding &finding : findings)
            io.out << CliText::tr("Finding: %1: %2").arg(finding.where, finding.message) << '\n';
    }
    return findings.isEmpty() ? ExitOk : ExitFindings;
}

int createProject(Streams &io, const QStringList &arguments)
{
    QString problem;
    const auto parsed = parseOptions(QStringLiteral("new"), arguments, {QStringLiteral("--sample")},
                                     {QStringLiteral("--today")}, &problem);
    if (!parsed)
        return usageError(io, problem);
    if (parsed->positional.size() != 1)
        return usageError(io, CliText::tr("new: expected exactly one FILE"));
    // The sample's window lands on the next Saturday night after today in the sample's zone;
    // --today fixes that day, for examples and tests that need the same times every time.
    QDate today = systemNow().date();
    if (const QString given = parsed->value("--today"); !given.isEmpty()) {
        today = QDate::fromString(given, Qt::ISODate);
        // Far years have no zone rules worth the name; the sample is about the near future.
        const bool plausible = today.isValid() && today.year() >= 2000 && today.year() < 2200;
        if (!plausible || !parsed->flags.contains(QStringLiteral("--sample")))
            return usageError(io, CliText::tr("new: --today needs --sample and a date from "
                                              "2000 to 2199 such as 2026-12-01, not '%1'")
                                      .arg(given));
    }
    ProjectData initial;
    if (parsed->flags.contains(QStringLiteral("--sample"))) {
        QString error;
        auto sample = sampleProject(&error, today);
        if (!sample) {
            io.err << error << '\n';
            return ExitFileError;
        }
        initial = std::move(*sample);
    }
    const QString path = parsed->positional.first();
    auto project = createProject(path, initial);
    if (!project)
        return fileError(io, project.error(), false);
    io.out << CliText::tr("Created %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return ExitOk;
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    return (!rest.isEmpty() && commandNames.contains(rest.first()))
           || rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))
           || rest.contains(QLatin1String("--version"));
}

bool needsPainting(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("report")
           && !arguments.contains(QLatin1String("--help"))
           && !arguments.contains(QLatin1String("-h"));
}

int run(const QStringList &arguments)
{
    Streams io;
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QLatin1String("--version"))) {
        io.out << CliText::tr("Upgrade Workbench %1 (Qt %2, SQLite %3, file format %4)")
                      .arg(QStringLiteral(UW_VERSION), QString::fromLatin1(qVersion()),
                           QString::fromLatin1(sqlite3_libversion()))
                      .arg(schema::currentVersion())
               << '\n';
        return ExitOk;
    }
    // Commands with their own --help explain themselves; the rest share the overview.
    const bool ownHelp = !rest.isEmpty() && commandsWithOwnHelp.contains(rest.first());
    if (rest.isEmpty()
        || (!ownHelp
            && (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))))) {
        io.out << CliText::tr("Upgrade Workbench plans, runs and records upgrades of production "
                              "systems.\n\n")
               << usageText();
        return ExitOk;
    }
    const QString command = rest.first();
    if (command == QLatin1String("validate"))
        return validate(io, rest.mid(1));
    if (command == QLatin1String("new"))
        return createProject(io, rest.mid(1));
    if (command == QLatin1String("check"))
        return check(io, rest.mid(1));
    if (command == QLatin1String("schedule"))
        return schedule(io, rest.mid(1));
    if (command == QLatin1String("export"))
        return exportProject(io, rest.mid(1));
    if (command == QLatin1String("import"))
        return importIntoProject(io, rest.mid(1));
    if (command == QLatin1String("verify-audit"))
        return verifyAudit(io, rest.mid(1));
    if (command == QLatin1String("report"))
        return report(io, rest.mid(1));
    if (command == QLatin1String("notice"))
        return notice(io, rest.mid(1));
    if (command == QLatin1String("window"))
        return window(io, rest.mid(1));
    return usageError(io, CliText::tr("Unknown command '%1'.").arg(command));
}

} // namespace uw::cli
