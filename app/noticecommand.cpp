#include "noticecommand.h"

#include "cli.h"
#include "exportcommand.h"
#include "notice.h"
#include "plananalysis.h"
#include "projectfile.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace uw::cli {
namespace {

class NoticeCommandText
{
    Q_DECLARE_TR_FUNCTIONS(uw::NoticeCommand)
};

const QStringList kindOptions{QStringLiteral("before"), QStringLiteral("start"),
                              QStringLiteral("done"), QStringLiteral("delayed"),
                              QStringLiteral("rolled-back")};

QString usage()
{
    return NoticeCommandText::tr(
        "Usage: upgrade-workbench notice FILE --kind before|start|done|delayed|rolled-back "
        "[--window ID] [--new-end ISO8601] [--eml OUT.eml]\n"
        "Fills the notice of that kind from the project, in the project's wording, with times in "
        "the change's time zone, and prints it as text, or writes it to OUT.eml as an e-mail "
        "draft addressed to the project's people.\n"
        "  --window   the window the notice is about (by default the planned window)\n"
        "  --new-end  for delayed: the expected new end, e.g. 2026-12-06T03:30 (in the change's "
        "time zone unless it carries an offset)\n"
        "Exit codes: 0 written, 2 usage error, 3 file error.\n");
}

} // namespace

int notice(Streams &io, const QStringList &arguments)
{
    if (answeredHelp(io, arguments, usage()))
        return ExitOk;
    const auto fail = [&io](const QString &message) {
        return usageError(io, message, usage());
    };
    QString error;
    const auto parsed = parseOptions(QStringLiteral("notice"), arguments, {},
                                     {QStringLiteral("--kind"), QStringLiteral("--window"),
                                      QStringLiteral("--new-end"), QStringLiteral("--eml")},
                                     &error);
    if (!parsed)
        return fail(error);
    if (parsed->positional.size() != 1)
        return fail(NoticeCommandText::tr("notice: expected exactly one FILE"));
    const QString kindText = parsed->value("--kind");
    if (!kindOptions.contains(kindText)) {
        return fail(kindText.isEmpty()
                        ? NoticeCommandText::tr("notice: --kind is required")
                        : NoticeCommandText::tr("notice: unknown kind '%1' (expected %2)")
                              .arg(kindText, kindOptions.join(QLatin1String(", "))));
    }
    const NoticeKind kind = *noticeKindFromKey(QString(kindText).replace(u'-', u'_'));
    std::optional<Id> windowId;
    if (!parsed->value("--window").isEmpty()) {
        bool ok = false;
        windowId = parsed->value("--window").toLongLong(&ok);
        if (!ok || *windowId <= 0)
            return fail(NoticeCommandText::tr("notice: --window needs a window id, not '%1'")
                            .arg(parsed->value("--window")));
    }
    const QString newEndText = parsed->value("--new-end");
    if (!newEndText.isEmpty() && kind != NoticeKind::Delayed)
        return fail(NoticeCommandText::tr("notice: --new-end applies to --kind delayed only"));

    auto project = openProject(parsed->positional.first(), Store::Access::ReadOnly);
    if (!project)
        return fileError(io, project.error(), false);
    const ProjectData &data = project.value()->data();
    const Window *window = planWindow(data, project.value()->now());
    if (windowId) {
        const auto found = data.windows.find(*windowId);
        if (found == data.windows.end())
            return fail(NoticeCommandText::tr("notice: the file has no window %1").arg(*windowId));
        window = &found->second;
    }
    QDateTime newEnd;
    if (!newEndText.isEmpty()) {
        newEnd = parseTimeInZone(newEndText, zoneOrUtc(data.change.timeZone));
        if (!newEnd.isValid())
            return fail(NoticeCommandText::tr("notice: --new-end needs a date and time such as "
                                              "2026-12-06T03:30, not '%1'")
                            .arg(newEndText));
    }

    const Notice filled = composeNotice(data, noticeTemplateFor(data.change, kind), window, newEnd);
    const QString emlPath = parsed->value("--eml");
    if (emlPath.isEmpty()) {
        io.out << noticeAsText(filled);
        return ExitOk;
    }
    const QByteArray eml = noticeAsEml(filled, QString(), project.value()->now());
    QSaveFile file(emlPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size() || !file.commit()) {
        io.err << NoticeCommandText::tr("notice: could not write %1: %2")
                      .arg(QDir::toNativeSeparators(emlPath), file.errorString())
               << '\n';
        return ExitFileError;
    }
    return ExitOk;
}

} // namespace uw::cli
