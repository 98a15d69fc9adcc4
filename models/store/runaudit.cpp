#include "runaudit.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class RunAuditText
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunAudit)
};

const QString eventKey = QStringLiteral("event");
const QString digestKey = QStringLiteral("sha256");

} // namespace

QByteArray runEventDigest(const RunEvent &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed fields: no choice of text can make two different events hash alike.
    const auto addField = [&hash](const QByteArray &field) {
        hash.addData(QByteArray::number(field.size()) + ':');
        hash.addData(field);
    };
    addField(QByteArray::number(event.id));
    addField(QByteArray::number(event.runId));
    addField(QByteArray::number(event.stepId));
    addField(enumKey(event.type).toUtf8());
    addField(QByteArray::number(event.timeUtc.toMSecsSinceEpoch()));
    addField(event.person.toUtf8());
    addField(event.note.toUtf8());
    addField(event.decision.toUtf8());
    addField(event.output.toUtf8());
    return hash.result();
}

QString runEventAuditDetail(const RunEvent &event)
{
    const QJsonObject detail{
        {QStringLiteral("run"), event.runId},
        {eventKey, event.id},
        {QStringLiteral("step"), event.stepId},
        {QStringLiteral("type"), enumKey(event.type)},
        {digestKey, QString::fromLatin1(runEventDigest(event).toHex())},
    };
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

RunEventAuditCheck verifyRunEventsAudited(const ProjectData &data)
{
    std::map<Id, QByteArray> digests;
    for (const AuditEntry &entry : data.audit) {
        if (!entry.detail.startsWith(u'{'))
            continue;
        const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
        if (detail.contains(eventKey) && detail.contains(digestKey))
            digests[Id(detail.value(eventKey).toInteger())] = QByteArray::fromHex(
                detail.value(digestKey).toString().toLatin1());
    }
    RunEventAuditCheck check;
    for (const RunEvent &event : data.runEvents) {
        ++check.events;
        const auto digest = digests.find(event.id);
        QString problem;
        if (digest == digests.end())
            problem = RunAuditText::tr("Run event %1 has no entry in the audit log: it was added "
                                       "behind the program's back.")
                          .arg(event.id);
        else if (digest->second != runEventDigest(event))
            problem = RunAuditText::tr("Run event %1 was changed after it was recorded (it no "
                                       "longer matches its audit entry).")
                          .arg(event.id);
        if (!problem.isEmpty()) {
            check.intact = false;
            check.firstBrokenEventId = event.id;
            check.message = problem;
            return check;
        }
    }
    return check;
}

} // namespace uw
