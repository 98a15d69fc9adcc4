#pragma once

#include "entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace uw {

/**
 * The hash of an audit entry covers the previous entry's hash and this entry's content, so
 * editing, removing or reordering any entry breaks every hash after it.
 */
QByteArray auditHash(const QByteArray &previousHash, const AuditEntry &entry);

struct AuditVerification
{
    bool intact = true;
    int entries = 0;
    /** The first entry whose stored hash does not match; 0 when intact. */
    Id firstBrokenId = 0;
    QString message;
    QByteArray finalHash;
};

AuditVerification verifyAuditChain(const QList<AuditEntry> &entries);

} // namespace uw
