#pragma once

#include "entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace uw {

struct ICalendarExport
{
    /** RFC 5545 text: UTF-8, CRLF line ends, lines folded at 75 octets. */
    QByteArray text;
    /** Names of windows left out because they have no start or end. */
    QStringList skippedWindows;
};

/**
 * The windows as an iCalendar (.ics) file that calendar programs import: one VEVENT per window
 * (all windows in id order when windowIds is empty), its start and end as wall-clock times in
 * the window's zone with a VTIMEZONE for every zone used, built from this machine's zone
 * database for the years around the windows, so a receiving calendar needs no zone database of
 * its own. A time the zone shows twice (the hour clocks fall back) is written in UTC instead,
 * because a local time there would mean the first of the two. stampUtc is DTSTAMP, the moment
 * of export. UIDs depend only on the change's title and the window id, so importing a newer
 * export updates the events instead of duplicating them.
 */
ICalendarExport windowsToICalendar(const ProjectData &data, const QList<Id> &windowIds,
                                   const QDateTime &stampUtc);

namespace ical {

/** TEXT value escaping of RFC 5545 section 3.3.11: backslash, semicolon, comma, newline. */
QString escapeText(const QString &text);

/** Splits one content line into lines of at most 75 octets, never inside a UTF-8 character. */
QByteArray foldLine(const QByteArray &line);

} // namespace ical
} // namespace uw
