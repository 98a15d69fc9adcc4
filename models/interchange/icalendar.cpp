#include "icalendar.h"

#include "enumkeys.h"
#include "textformat.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace uw {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::ICalendar)
};

constexpr qsizetype maxLineOctets = 75;
/** How far before the first and after the last window the time zone rules are written. */
constexpr qint64 zoneMarginDays = 366;

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString utcOffset(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    seconds = std::abs(seconds);
    if (seconds % 60)
        return formatted("{}{:02}{:02}{:02}", sign, seconds / 3600, seconds / 60 % 60, seconds % 60);
    return formatted("{}{:02}{:02}", sign, seconds / 3600, seconds / 60 % 60);
}

class Lines
{
public:
    void add(const QString &name, const QString &value)
    {
        m_text += ical::foldLine((name + QLatin1Char(':') + value).toUtf8());
    }
    void text(const QString &name, const QString &value) { add(name, ical::escapeText(value)); }
    QByteArray take() { return std::move(m_text); }

private:
    QByteArray m_text;
};

/** "DTSTART;TZID=Europe/Berlin:20261205T220000", or UTC where the local time is ambiguous. */
void addTime(Lines &lines, const QString &name, const QDateTime &utc, const QString &zone)
{
    if (zone == QLatin1String("UTC")) {
        lines.add(name, utcStamp(utc));
        return;
    }
    const QDateTime local = toZone(utc, zone);
    if (fromWallClock(local.date(), local.time(), zone) != utc) {
        lines.add(name, utcStamp(utc));
        return;
    }
    lines.add(name + QStringLiteral(";TZID=") + zone, localStamp(local));
}

void addObservance(Lines &lines, const QTimeZone &zone, const QDateTime &onsetUtc, int offsetFrom,
                   int offsetTo)
{
    const bool daylight = zone.isDaylightTime(onsetUtc);
    const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    lines.add(QStringLiteral("BEGIN"), kind);
    // The onset is the local time as the clocks showed it before the change.
    lines.add(QStringLiteral("DTSTART"), localStamp(onsetUtc.toUTC().addSecs(offsetFrom)));
    lines.add(QStringLiteral("TZOFFSETFROM"), utcOffset(offsetFrom));
    lines.add(QStringLiteral("TZOFFSETTO"), utcOffset(offsetTo));
    const QString abbreviation = zone.abbreviation(onsetUtc);
    if (!abbreviation.isEmpty())
        lines.text(QStringLiteral("TZNAME"), abbreviation);
    lines.add(QStringLiteral("END"), kind);
}

void addTimeZone(Lines &lines, const QString &zoneId, const QDateTime &fromUtc,
                 const QDateTime &toUtc)
{
    const QTimeZone zone = zoneFromId(zoneId);
    lines.add(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
    lines.add(QStringLiteral("TZID"), zoneId);
    // The rule in force at the start of the range, then every change up to its end.
    const int initialOffset = zone.offsetFromUtc(fromUtc);
    addObservance(lines, zone, fromUtc, initialOffset, initialOffset);
    for (const QTimeZone::OffsetData &transition : zone.transitions(fromUtc, toUtc)) {
        const int before = zone.offsetFromUtc(transition.atUtc.addSecs(-1));
        addObservance(lines, zone, transition.atUtc, before, transition.offsetFromUtc);
    }
    lines.add(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));
}

QString uidOf(const ProjectData &data, const Window &window)
{
    const QByteArray change = QCryptographicHash::hash(data.change.title.toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16);
    return formatted("upgrade-workbench-{}-window-{}", change, window.id);
}

QString descriptionOf(const ProjectData &data, const Window &window)
{
    QStringList parts;
    parts.append(Tr::tr("%1 window for the change \"%2\".")
                     .arg(enumDisplayName(window.windowKind), data.change.title));
    QStringList systems;
    for (const Id id : window.systemIds) {
        const auto system = data.systems.find(id);
        if (system != data.systems.end())
            systems.append(system->second.name);
    }
    if (!systems.isEmpty())
        parts.append(Tr::tr("Affected systems: %1.").arg(systems.join(QLatin1String(", "))));
    if (!window.notes.isEmpty())
        parts.append(window.notes);
    return parts.join(QLatin1Char('\n'));
}

} // namespace

namespace ical {

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray folded;
    qsizetype start = 0;
    qsizetype limit = maxLineOctets;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        // Back up to the first byte of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = maxLineOctets - 1;
    }
    folded += line.mid(start) + "\r\n";
    return folded;
}

} // namespace ical

ICalendarExport windowsToICalendar(const ProjectData &data, const QList<Id> &windowIds,
                                   const QDateTime &stampUtc)
{
    ICalendarExport result;
    QList<const Window *> windows;
    const auto take = [&](const Window &window) {
        if (window.startUtc.isValid() && window.endUtc.isValid())
            windows.append(&window);
        else
            result.skippedWindows.append(window.name);
    };
    if (windowIds.isEmpty()) {
        for (const auto &[id, window] : data.windows)
            take(window);
    } else {
        for (const Id id : windowIds) {
            const auto found = data.windows.find(id);
            if (found != data.windows.end())
                take(found->second);
        }
    }

    struct Range
    {
        QDateTime from;
        QDateTime to;
    };
    std::map<QString, Range> zones;
    for (const Window *window : windows) {
        const QString zone = zoneOrUtc(window->timeZone);
        if (zone == QLatin1String("UTC"))
            continue;
        Range &range = zones[zone];
        if (!range.from.isValid() || window->startUtc < range.from)
            range.from = window->startUtc;
        if (!range.to.isValid() || window->endUtc > range.to)
            range.to = window->endUtc;
    }

    Lines lines;
    lines.add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    lines.add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    lines.add(QStringLiteral("PRODID"),
              formatted("-//Upgrade Workbench//Upgrade Workbench {}//EN", UW_VERSION));
    lines.add(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    lines.add(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    for (const auto &[zone, range] : zones) {
        addTimeZone(lines, zone, range.from.addDays(-zoneMarginDays).toUTC(),
                    range.to.addDays(zoneMarginDays).toUTC());
    }
    for (const Window *window : windows) {
        const QString zone = zoneOrUtc(window->timeZone);
        lines.add(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        lines.add(QStringLiteral("UID"), uidOf(data, *window));
        lines.add(QStringLiteral("DTSTAMP"), utcStamp(stampUtc));
        addTime(lines, QStringLiteral("DTSTART"), window->startUtc, zone);
        addTime(lines, QStringLiteral("DTEND"), window->endUtc, zone);
        lines.text(QStringLiteral("SUMMARY"),
                   data.change.title.isEmpty()
                       ? window->name
                       : Tr::tr("%1: %2").arg(data.change.title, window->name));
        lines.text(QStringLiteral("DESCRIPTION"), descriptionOf(data, *window));
        lines.text(QStringLiteral("CATEGORIES"), enumDisplayName(window->windowKind));
        // Freezes and blackouts are periods to keep free, not appointments that block time.
        lines.add(QStringLiteral("TRANSP"), window->windowKind == WindowKind::Maintenance
                                                ? QStringLiteral("OPAQUE")
                                                : QStringLiteral("TRANSPARENT"));
        lines.add(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    lines.add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    result.text = lines.take();
    return result;
}

} // namespace uw
