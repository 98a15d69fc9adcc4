#include "audit.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace uw {

QByteArray auditHash(const QByteArray &previousHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    // Length-prefixed fields: no choice of text can make two different entries hash alike.
    const auto addField = [&hash](const QByteArray &field) {
        hash.addData(QByteArray::number(field.size()) + ':');
        hash.addData(field);
    };
    addField(QByteArray::number(entry.id));
    addField(QByteArray::number(entry.timeUtc.toMSecsSinceEpoch()));
    addField(entry.user.toUtf8());
    addField(entry.action.toUtf8());
    addField(entry.detail.toUtf8());
    return hash.result();
}

AuditVerification verifyAuditChain(const QList<AuditEntry> &entries)
{
    AuditVerification result;
    QByteArray previous;
    for (const AuditEntry &entry : entries) {
        ++result.entries;
        const char *problem = nullptr;
        if (entry.previousHash != previous)
            problem = QT_TRANSLATE_NOOP("uw::Audit",
                                        "entry %1 does not follow the entry before it: an entry "
                                        "was removed, inserted or reordered");
        else if (entry.hash != auditHash(previous, entry))
            problem = QT_TRANSLATE_NOOP("uw::Audit",
                                        "entry %1 was changed after it was written (its content "
                                        "no longer matches its hash)");
        if (problem) {
            result.intact = false;
            result.firstBrokenId = entry.id;
            result.message = QCoreApplication::translate("uw::Audit", problem).arg(entry.id);
            return result;
        }
        previous = entry.hash;
    }
    result.finalHash = previous;
    return result;
}

} // namespace uw
