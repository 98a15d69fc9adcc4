#include "windowcommand.h"

#include "cli.h"
#include "commands.h"
#include "enumkeys.h"
#include "plananalysis.h"
#include "projectfile.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uw::cli {
namespace {

class WindowCommandText
{
    Q_DECLARE_TR_FUNCTIONS(uw::WindowCommand)
};

QString usage()
{
    return WindowCommandText::tr(
        "Usage: upgrade-workbench window FILE [--json]\n"
        "       upgrade-workbench window FILE --add NAME --start TIME --end TIME [--zone ZONE] "
        "[--kind maintenance|freeze|blackout|peak]\n"
        "Lists the project's windows, or adds one as an edit that can be undone in the program "
        "and is recorded in the audit log.\n"
        "  --start, --end  e.g. 2026-12-12T22:00 (wall-clock time in ZONE) or with an offset "
        "(2026-12-12T21:00Z)\n"
        "  --zone          an IANA time zone such as Europe/Berlin (default: the change's)\n"
        "  --kind          maintenance (default), freeze, blackout or peak\n"
        "Exit codes: 0 ok, 2 usage error, 3 file error.\n");
}

int list(Streams &io, const QStringList &arguments)
{
    auto opened = openProjectArgument(io, QStringLiteral("window"), arguments, usage());
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    const ProjectArgument &argument = std::get<ProjectArgument>(opened);
    const ProjectData &data = argument.project->data();
    const QDateTime now = argument.project->now();
    if (argument.json) {
        QJsonArray windows;
        for (const auto &[id, window] : data.windows)
            windows.append(
                QJsonObject{{QStringLiteral("id"), double(id)},
                            {QStringLiteral("name"), window.name},
                            {QStringLiteral("kind"), enumKey(window.windowKind)},
                            {QStringLiteral("start_utc"), window.startUtc.toString(Qt::ISODate)},
                            {QStringLiteral("end_utc"), window.endUtc.toString(Qt::ISODate)},
                            {QStringLiteral("zone"), window.timeZone},
                            {QStringLiteral("over"), hasEnded(window, now)}});
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("windows"), windows}})
                                        .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (data.windows.empty())
        io.out << WindowCommandText::tr("No windows yet; add one with --add.") << '\n';
    for (const auto &[id, window] : data.windows) {
        io.out << WindowCommandText::tr("%1  %2: %3, %4 \u2013 %5%6")
                      .arg(id)
                      .arg(enumDisplayName(window.windowKind), window.name,
                           formatInZone(window.startUtc, window.timeZone),
                           formatInZone(window.endUtc, window.timeZone),
                           hasEnded(window, now) ? WindowCommandText::tr(" (over)") : QString())
               << '\n';
    }
    return ExitOk;
}

} // namespace

std::optional<Window> windowFromArguments(const QString &command, const QString &start,
                                          const QString &end, const QString &zone, QString *problem)
{
    const auto refuse = [problem](const QString &message) {
        *problem = message;
        return std::nullopt;
    };
    if (!isKnownZone(zone))
        return refuse(WindowCommandText::tr("%1: unknown time zone '%2' (use an IANA name such "
                                            "as Europe/Berlin)")
                          .arg(command, zone));
    Window window;
    window.timeZone = zone;
    window.startUtc = parseTimeInZone(start, zone);
    window.endUtc = parseTimeInZone(end, zone);
    if (!window.startUtc.isValid() || !window.endUtc.isValid())
        return refuse(WindowCommandText::tr("%1: a window's start and end need times such as "
                                            "2026-12-12T22:00")
                          .arg(command));
    if (window.endUtc <= window.startUtc)
        return refuse(WindowCommandText::tr("%1: the end (%2) must come after the start (%3)")
                          .arg(command, formatInZone(window.endUtc, zone),
                               formatInZone(window.startUtc, zone)));
    if (window.startUtc.daysTo(window.endUtc) > longestWindowDays)
        return refuse(WindowCommandText::tr("%1: a window of more than %2 days is most likely a "
                                            "mistyped date")
                          .arg(command)
                          .arg(longestWindowDays));
    return window;
}

int window(Streams &io, const QStringList &arguments)
{
    if (answeredHelp(io, arguments, usage()))
        return ExitOk;
    if (!arguments.contains(QStringLiteral("--add")))
        return list(io, arguments);
    const auto fail = [&io](const QString &message) {
        return usageError(io, message, usage());
    };
    QString error;
    const auto parsed = parseOptions(QStringLiteral("window"), arguments, {},
                                     {QStringLiteral("--add"), QStringLiteral("--start"),
                                      QStringLiteral("--end"), QStringLiteral("--zone"),
                                      QStringLiteral("--kind")},
                                     &error);
    if (!parsed)
        return fail(error);
    if (parsed->positional.size() != 1)
        return fail(WindowCommandText::tr("window: expected one project FILE"));
    Window window;
    window.name = parsed->value("--add").trimmed();
    if (window.name.isEmpty())
        return fail(WindowCommandText::tr("window: --add needs the window's name"));
    const QString kind = parsed->value("--kind");
    if (!kind.isEmpty()) {
        const auto windowKind = enumFromKey<WindowKind>(kind);
        if (!windowKind)
            return fail(WindowCommandText::tr("window: unknown kind '%1' (expected %2)")
                            .arg(kind, enumKeys<WindowKind>().join(QStringLiteral(", "))));
        window.windowKind = *windowKind;
    }

    const QString path = parsed->positional.first();
    auto project = openProject(path, Store::Access::ReadWrite);
    if (!project)
        return fileError(io, project.error(), false);
    if (project.value()->isReadOnly()) {
        io.err << WindowCommandText::tr("window: %1 is open read-only (%2); nothing was added")
                      .arg(QDir::toNativeSeparators(path),
                           project.value()->storeInfo().readOnlyReason)
               << '\n';
        return ExitFileError;
    }
    Project &target = *project.value();
    const auto timed = windowFromArguments(QStringLiteral("window"), parsed->value("--start"),
                                           parsed->value("--end"),
                                           parsed->value("--zone").isEmpty()
                                               ? zoneOrUtc(target.change().timeZone)
                                               : parsed->value("--zone"),
                                           &error);
    if (!timed)
        return fail(error);
    window.timeZone = timed->timeZone;
    window.startUtc = timed->startUtc;
    window.endUtc = timed->endUtc;
    window.id = target.allocateId(EntityKind::Window);
    if (!edit::addEntities(target, WindowCommandText::tr("Add window %1").arg(window.name),
                           {window}, &error)) {
        io.err << error << '\n';
        return ExitFileError;
    }
    io.out << WindowCommandText::tr("Added window %1 \"%2\": %3 \u2013 %4")
                  .arg(window.id)
                  .arg(window.name, formatInZone(window.startUtc, window.timeZone),
                       formatInZone(window.endUtc, window.timeZone))
           << '\n';
    return ExitOk;
}

} // namespace uw::cli
