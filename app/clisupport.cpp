#include "clisupport.h"

#include "cli.h"
#include "projectfile.h"
#include "trust.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uw::cli {

ProgressLines::ProgressLines(Streams &io, bool always)
    : m_io(io)
    , m_always(always)
{
    m_elapsed.start();
}

void ProgressLines::say(const QString &line)
{
    const std::lock_guard lock(m_mutex);
    if (m_always || m_elapsed.elapsed() >= 1000)
        m_io.err << line << Qt::endl;
}

std::optional<OptionArguments> parseOptions(const QString &command, const QStringList &arguments,
                                            const QStringList &flags,
                                            const QStringList &valuedOptions, QString *error)
{
    OptionArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            parsed.positional.append(argument);
        } else if (flags.contains(argument)) {
            parsed.flags.append(argument);
        } else if (!valuedOptions.contains(argument)) {
            *error = QCoreApplication::translate("uw::Cli", "%1: unknown option %2")
                         .arg(command, argument);
            return std::nullopt;
        } else if (i + 1 >= arguments.size()) {
            *error = QCoreApplication::translate("uw::Cli", "%1: %2 needs a value")
                         .arg(command, argument);
            return std::nullopt;
        } else if (!parsed.values.emplace(argument, arguments[++i]).second) {
            *error = QCoreApplication::translate("uw::Cli", "%1: %2 is given twice")
                         .arg(command, argument);
            return std::nullopt;
        }
    }
    return parsed;
}

std::variant<ProjectArgument, int> openProjectArgument(Streams &io, const QString &command,
                                                       const QStringList &arguments,
                                                       const QString &commandUsage)
{
    const auto failUsage = [&](const QString &message) {
        return commandUsage.isEmpty() ? usageError(io, message)
                                      : usageError(io, message, commandUsage);
    };
    QString problem;
    const auto parsed = parseOptions(command, arguments, {QStringLiteral("--json")}, {}, &problem);
    if (!parsed)
        return failUsage(problem);
    if (parsed->positional.size() != 1) {
        return failUsage(
            QCoreApplication::translate("uw::Cli", "%1: expected exactly one FILE").arg(command));
    }
    ProjectArgument argument;
    argument.path = parsed->positional.first();
    argument.json = parsed->flags.contains(QStringLiteral("--json"));
    auto project = openProject(argument.path, Store::Access::ReadOnly);
    if (!project)
        return fileError(io, project.error(), argument.json);
    argument.project = std::move(project.value());
    return argument;
}

QString errorCodeKey(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileMissing:
        return QStringLiteral("missing");
    case ErrorCode::NotSqlite:
        return QStringLiteral("not_sqlite");
    case ErrorCode::NotOurs:
        return QStringLiteral("not_a_project");
    case ErrorCode::TooNew:
        return QStringLiteral("too_new");
    case ErrorCode::Damaged:
        return QStringLiteral("damaged");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("exists");
    case ErrorCode::InvalidData:
        return QStringLiteral("invalid_data");
    case ErrorCode::Failed:
        break;
    }
    return QStringLiteral("failed");
}

int usageError(Streams &io, const QString &message)
{
    io.err << message << '\n' << '\n' << usageText();
    return ExitUsage;
}

int usageError(Streams &io, const QString &message, const QString &commandUsage)
{
    io.err << message << '\n' << '\n' << commandUsage;
    return ExitUsage;
}

bool answeredHelp(Streams &io, const QStringList &arguments, const QString &commandUsage)
{
    if (!arguments.contains(QLatin1String("--help")) && !arguments.contains(QLatin1String("-h")))
        return false;
    io.out << commandUsage;
    return true;
}

int fileError(Streams &io, const Error &error, bool json)
{
    if (json) {
        const QJsonObject object{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("code"), errorCodeKey(error.code)},
                                              {QStringLiteral("message"), error.message}}}};
        io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    io.err << error.message << '\n';
    return ExitFileError;
}

QDateTime parseTimeInZone(const QString &text, const QString &zone)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() != Qt::LocalTime)
        return parsed.toUTC();
    return fromWallClock(parsed.date(), parsed.time(), zone);
}

Verdict assessProjectFile(const QString &path, const Project &project, const PlanAnalysis &analysis,
                          const CompatibilityReport &report)
{
    const ProjectData &data = project.data();
    return assessChange(data, analysis, report, {project.now(), TrustStore().isTrusted(path, data)});
}

namespace {

QJsonArray reasonsJson(const QList<VerdictReason> &reasons)
{
    QJsonArray array;
    for (const VerdictReason &reason : reasons)
        array.append(QJsonObject{{QStringLiteral("kind"), verdictKindKey(reason.kind)},
                                 {QStringLiteral("message"), reason.message}});
    return array;
}

} // namespace

QJsonObject verdictJson(const Verdict &verdict)
{
    return {{QStringLiteral("decision"), goDecisionKey(verdict.decision)},
            {QStringLiteral("headline"), verdict.headline()},
            {QStringLiteral("blockers"), reasonsJson(verdict.blockers)},
            {QStringLiteral("risks"), reasonsJson(verdict.risks)}};
}

QStringList verdictLines(const Verdict &verdict)
{
    QStringList lines{
        QCoreApplication::translate("uw::Cli", "Verdict: %1").arg(verdict.decisionText())};
    for (const VerdictReason &blocker : verdict.blockers)
        lines.append(QCoreApplication::translate("uw::Cli", "  Blocker: %1").arg(blocker.message));
    for (const VerdictReason &risk : verdict.risks)
        lines.append(QCoreApplication::translate("uw::Cli", "  Risk: %1").arg(risk.message));
    return lines;
}

} // namespace uw::cli
