#pragma once

#include "entities.h"

#include <QByteArray>
#include <QString>

namespace uw {

/** SHA-256 of everything a run event says; its audit entry carries it into the hash chain. */
QByteArray runEventDigest(const RunEvent &event);

/** The audit detail that records event (JSON naming run, event, step, type and digest). */
QString runEventAuditDetail(const RunEvent &event);

struct RunEventAuditCheck
{
    bool intact = true;
    int events = 0;
    /** The first run event that has no audit entry or no longer matches it; 0 when intact. */
    Id firstBrokenEventId = 0;
    QString message;
};

/**
 * Checks that every run event has its audit entry and still matches the digest there. Together
 * with verifyAuditChain() this makes a rewritten, removed or forged run event detectable.
 */
RunEventAuditCheck verifyRunEventsAudited(const ProjectData &data);

} // namespace uw
