#pragma once

#include "runsession.h"

#include <QDateTime>
#include <QString>

namespace uw::test {

/**
 * Plays a run script against a session, one action per ';'-separated item:
 * "at HH:MM" (sets *clock on 2026-12-05 UTC), "start|finish|fail|skip|go|nogo|note STEP PERSON",
 * "stop STEP PERSON", "rollback PERSON", "end PERSON". Returns the index of the first refused
 * action (-1 when all succeeded) and its message in error.
 */
int playRunScript(RunSession &session, QDateTime &clock, const QString &script, QString *error);

/** Every field of a run state, one line per step, for exact comparison across processes. */
QString dumpRunState(const RunState &state);

/** "1=done 2=ready": the states of the given steps, in the order asked. */
QString describeSteps(const RunState &state, const QList<Id> &steps);

} // namespace uw::test
