#pragma once

#include "scheduler.h"

#include <QLocale>

namespace uw {

enum class ConflictKind {
    /** The step links form a cycle, so there is no schedule at all. */
    Cycle,
    /** The window overlaps a freeze, blackout or peak window of a system it touches. */
    WindowOverlap,
    /** A step's owner is outside their availability while the step runs. */
    OwnerUnavailable,
    /** One person runs two steps at once (only reported when the schedule is not levelled). */
    DoubleBooking,
    /** A step finishes after the window ends. */
    PastWindowEnd,
};

/** A problem of the plan that someone must resolve before it is approved. */
struct Conflict
{
    ConflictKind kind = ConflictKind::Cycle;
    /**
     * The entities involved, in an order fixed per kind, so a "go there" action knows their
     * kinds: Cycle: the steps around it, first == last; WindowOverlap: the planned window, the
     * other window; OwnerUnavailable: step, person; DoubleBooking: person, the step holding
     * them, the step that overlaps it; PastWindowEnd: step, window.
     */
    QList<Id> ids;
    /** One sentence naming what and where, with times in the window's zone. */
    QString message;
};

/** A stable key for automation: "cycle", "window_overlap", "owner_unavailable"... */
QString conflictKindKey(ConflictKind kind);

/**
 * The conflicts of schedule planned inside window, ordered by kind and then by the times or
 * ids involved. Times in messages are shown in the window's time zone (see formatInZone).
 * A window without systems affects every system.
 */
QList<Conflict> findConflicts(const ProjectData &data, const Window &window,
                              const Schedule &schedule, const QLocale &locale = {});

} // namespace uw
