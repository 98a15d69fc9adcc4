#include "zonedtime.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace uw {
namespace {

constexpr qint64 secondsPerDay = 24 * 60 * 60;

QDateTime utcFromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

QTimeZone zoneFromId(const QString &zone)
{
    return isKnownZone(zone) ? QTimeZone(zone.toUtf8()) : QTimeZone();
}

bool isKnownZone(const QString &zone)
{
    return !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
}

QString zoneOrUtc(const QString &zone)
{
    return isKnownZone(zone) ? zone : QStringLiteral("UTC");
}

QDateTime toZone(const QDateTime &utc, const QString &zone)
{
    const QTimeZone timeZone = zoneFromId(zone);
    if (!timeZone.isValid() || !utc.isValid())
        return {};
    return utc.toTimeZone(timeZone);
}

QDateTime wallClockValue(const QDateTime &utc, const QString &zone)
{
    const QDateTime local = toZone(utc, zone);
    return local.isValid() ? QDateTime(local.date(), local.time(), Qt::UTC) : QDateTime();
}

QDateTime fromWallClock(QDate date, QTime time, const QString &zone, WallClockMatch *match)
{
    const auto report = [match](WallClockMatch how) {
        if (match)
            *match = how;
    };
    const QTimeZone timeZone = zoneFromId(zone);
    if (!timeZone.isValid() || !date.isValid() || !time.isValid()) {
        report(WallClockMatch::Invalid);
        return {};
    }
    // Qt before 6.7 leaves gaps and repeated hours unspecified, so solve it here: an instant u
    // shows the wall time w when u + offset(u) == w. Every offset in force within two days of w
    // is a candidate (no zone moves its clocks by a day), and each candidate is checked.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const QDateTime from = utcFromSeconds(wall - 2 * secondsPerDay);
    const QDateTime to = utcFromSeconds(wall + 2 * secondsPerDay);
    const QTimeZone::OffsetDataList transitions = timeZone.hasTransitions()
                                                      ? timeZone.transitions(from, to)
                                                      : QTimeZone::OffsetDataList();
    QList<int> offsets{timeZone.offsetFromUtc(from)};
    for (const QTimeZone::OffsetData &transition : transitions) {
        if (!offsets.contains(transition.offsetFromUtc))
            offsets.append(transition.offsetFromUtc);
    }
    std::optional<qint64> earliest;
    int occurrences = 0;
    for (const int offset : offsets) {
        const qint64 instant = wall - offset;
        if (timeZone.offsetFromUtc(utcFromSeconds(instant)) != offset)
            continue;
        ++occurrences;
        if (!earliest || instant < *earliest)
            earliest = instant;
    }
    if (earliest) {
        report(occurrences > 1 ? WallClockMatch::FirstOfTwo : WallClockMatch::Exact);
        return utcFromSeconds(*earliest);
    }
    // No instant shows w: it lies in the gap between the last local time before a forward jump
    // and the first one after it, and the jump itself is the first valid instant after w.
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 at = transition.atUtc.toSecsSinceEpoch();
        const int before = timeZone.offsetFromUtc(utcFromSeconds(at - 1));
        if (at + before <= wall && wall < at + transition.offsetFromUtc) {
            report(WallClockMatch::MovedOutOfGap);
            return utcFromSeconds(at);
        }
    }
    report(WallClockMatch::Invalid);
    return {};
}

namespace {

QString formatWithAbbreviation(const QDateTime &utc, const QString &zone, const QLocale &locale,
                               const QString &format)
{
    if (!utc.isValid())
        return {};
    const QTimeZone timeZone(zoneOrUtc(zone).toUtf8());
    const QDateTime local = utc.toTimeZone(timeZone);
    return locale.toString(local, format) + QLatin1Char(' ') + timeZone.abbreviation(local);
}

} // namespace

QString formatInZone(const QDateTime &utc, const QString &zone, const QLocale &locale)
{
    return formatWithAbbreviation(utc, zone, locale, QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

QString formatShortInZone(const QDateTime &utc, const QString &zone, const QLocale &locale)
{
    return formatWithAbbreviation(utc, zone, locale, QStringLiteral("ddd HH:mm"));
}

QString wallClockNote(QDate date, QTime time, const QString &zone, WallClockMatch match,
                      const QDateTime &resolvedUtc, const QLocale &locale)
{
    const QString asked = locale.toString(QDateTime(date, time, Qt::UTC),
                                          QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    switch (match) {
    case WallClockMatch::MovedOutOfGap:
        return QCoreApplication::translate("uw::ZonedTime",
                                           "%1 does not exist in %2 because clocks jump forward; "
                                           "%3 is used instead.")
            .arg(asked, zone, formatInZone(resolvedUtc, zone, locale));
    case WallClockMatch::FirstOfTwo:
        return QCoreApplication::translate("uw::ZonedTime",
                                           "%1 happens twice in %2 because clocks fall back; "
                                           "the first one, %3, is used.")
            .arg(asked, zone, formatInZone(resolvedUtc, zone, locale));
    case WallClockMatch::Exact:
    case WallClockMatch::Invalid:
        break;
    }
    return {};
}

QString formatDuration(qint64 seconds)
{
    // The magnitude as unsigned: negating the smallest qint64 overflows.
    const quint64 magnitude = seconds < 0 ? 0 - quint64(seconds) : quint64(seconds);
    const qint64 minutes = qint64((magnitude + 30) / 60);
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    QStringList parts;
    if (days > 0)
        parts.append(QCoreApplication::translate("uw::ZonedTime", "%1 d").arg(days));
    if (hours > 0)
        parts.append(QCoreApplication::translate("uw::ZonedTime", "%1 h").arg(hours));
    if (minutes % 60 > 0 || parts.isEmpty())
        parts.append(QCoreApplication::translate("uw::ZonedTime", "%1 min").arg(minutes % 60));
    return (seconds < 0 ? QStringLiteral("-") : QString()) + parts.join(QLatin1Char(' '));
}

QString formatMinutes(double minutes)
{
    if (std::isnan(minutes))
        return QStringLiteral("–");
    constexpr double hundredYears = 100.0 * 366 * 24 * 60;
    return formatDuration(qRound64(std::clamp(minutes, -hundredYears, hundredYears) * 60));
}

} // namespace uw
