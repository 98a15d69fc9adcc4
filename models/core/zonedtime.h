#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace uw {

// Times are stored in UTC and shown as wall-clock time in an IANA zone. These helpers are the
// one place that converts between the two, so that DST gaps and repeated hours are handled the
// same way in every table, editor and report.

/** How a wall-clock time was mapped to an instant. */
enum class WallClockMatch {
    /** The wall time exists exactly once in the zone. */
    Exact,
    /** The wall time falls into a spring-forward gap and was moved to the end of the gap. */
    MovedOutOfGap,
    /** The wall time occurs twice (fall-back); the earlier occurrence was taken. */
    FirstOfTwo,
    /** The zone id is unknown or the date/time invalid; the result is invalid. */
    Invalid,
};

/** The zone for an IANA id such as "Europe/Berlin"; an invalid QTimeZone for unknown ids. */
QTimeZone zoneFromId(const QString &zone);

/** True for ids this machine's time zone database knows; anything else is refused on edit. */
bool isKnownZone(const QString &zone);

/**
 * The zone times are actually shown in: zone when it is known, else UTC. Editors use it too,
 * so that a time is edited in the same zone it is displayed in.
 */
QString zoneOrUtc(const QString &zone);

/** utc as wall-clock time in zone; an invalid QDateTime when the zone is unknown. */
QDateTime toZone(const QDateTime &utc, const QString &zone);

/**
 * utc's wall-clock reading in zone as a zone-less value (date and time with Qt::UTC as a
 * neutral spec), for editors such as QDateTimeEdit that cannot show an IANA zone before Qt 6.7
 * and would otherwise apply this machine's DST rules. Convert back with fromWallClock().
 */
QDateTime wallClockValue(const QDateTime &utc, const QString &zone);

/**
 * The instant (in UTC) at which clocks in zone show date and time.
 *
 * A wall time inside a spring-forward gap (02:30 on the night clocks jump from 02:00 to 03:00)
 * never happens; it is mapped to the first valid instant after it, the moment of the jump
 * (shown as 03:00), and reported as MovedOutOfGap. A wall time that happens twice because
 * clocks fall back (02:30 on the night clocks return from 03:00 to 02:00) is mapped to its
 * first, earlier occurrence (still in summer time) and reported as FirstOfTwo. An unknown zone
 * yields an invalid QDateTime and Invalid.
 */
QDateTime fromWallClock(QDate date, QTime time, const QString &zone,
                        WallClockMatch *match = nullptr);

/**
 * What the user should know about how fromWallClock() read their input: for MovedOutOfGap and
 * FirstOfTwo a sentence naming the time, the zone and the instant used; empty otherwise.
 */
QString wallClockNote(QDate date, QTime time, const QString &zone, WallClockMatch match,
                      const QDateTime &resolvedUtc, const QLocale &locale = {});

/**
 * utc as "Sat 2026-12-05 22:00 CET": the weekday in locale's language, an unambiguous date,
 * 24-hour time and the zone's abbreviation at that instant. An unknown zone falls back to UTC,
 * so a time is never shown in the wrong zone without saying so.
 */
QString formatInZone(const QDateTime &utc, const QString &zone, const QLocale &locale = {});
/** The short form for tight places, e.g. "Sun 02:43 CET": weekday, time and zone abbreviation. */
QString formatShortInZone(const QDateTime &utc, const QString &zone, const QLocale &locale = {});

/** A duration for people, e.g. "6 h 30 min", "2 d 4 h", "45 min"; rounded to minutes. */
QString formatDuration(qint64 seconds);
/**
 * formatDuration() of minutes; for any double, however a file got it: not a number reads "–",
 * beyond a hundred years is shown as a hundred years.
 */
QString formatMinutes(double minutes);

} // namespace uw
