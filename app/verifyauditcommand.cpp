#include "verifyauditcommand.h"

#include "audit.h"
#include "cli.h"
#include "project.h"
#include "runaudit.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace uw::cli {
namespace {

class VerifyAuditText
{
    Q_DECLARE_TR_FUNCTIONS(uw::VerifyAuditCommand)
};

QString usage()
{
    return VerifyAuditText::tr(
        "Usage: upgrade-workbench verify-audit FILE [--json]\n"
        "Checks that no entry of the audit log was changed, removed, inserted or reordered.\n"
        "Exit codes: 0 intact, 1 broken, 2 usage error, 3 file error.\n");
}

} // namespace

int verifyAudit(Streams &io, const QStringList &arguments)
{
    if (answeredHelp(io, arguments, usage()))
        return ExitOk;
    auto opened = openProjectArgument(io, QStringLiteral("verify-audit"), arguments, usage());
    if (const int *exitCode = std::get_if<int>(&opened))
        return *exitCode;
    const auto &[path, json, project] = std::get<ProjectArgument>(opened);
    const ProjectData &data = project->data();
    const AuditVerification audit = verifyAuditChain(data.audit);
    // The chain proves the log was not rewritten; the digests prove each run event still says
    // what was logged, so an event edited in the file is caught even with the chain intact.
    const RunEventAuditCheck events = verifyRunEventsAudited(data);
    const bool intact = audit.intact && events.intact;
    const QString finalHash = QString::fromLatin1(audit.finalHash.toHex());
    if (json) {
        const QJsonObject object{
            {QStringLiteral("file"), QDir::toNativeSeparators(path)},
            {QStringLiteral("intact"), intact},
            {QStringLiteral("entries"), audit.entries},
            {QStringLiteral("first_broken_id"), audit.firstBrokenId},
            {QStringLiteral("message"), audit.intact ? events.message : audit.message},
            {QStringLiteral("run_events"), events.events},
            {QStringLiteral("first_broken_run_event_id"), events.firstBrokenEventId},
            {QStringLiteral("final_hash"), finalHash},
        };
        io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else if (!audit.intact) {
        io.out << VerifyAuditText::tr("BROKEN at entry %1: %2")
                      .arg(audit.firstBrokenId)
                      .arg(audit.message)
               << '\n';
    } else if (!events.intact) {
        io.out << VerifyAuditText::tr("BROKEN at run event %1: %2")
                      .arg(events.firstBrokenEventId)
                      .arg(events.message)
               << '\n';
    } else {
        io.out << VerifyAuditText::tr("OK, %n audit entries, final hash %1", nullptr, audit.entries)
                      .arg(finalHash.isEmpty() ? VerifyAuditText::tr("(none)") : finalHash)
               << '\n';
    }
    return intact ? ExitOk : ExitFindings;
}

} // namespace uw::cli
