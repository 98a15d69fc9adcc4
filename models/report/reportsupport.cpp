#include "reportsupport.h"

#include "zonedtime.h"

#include <QStringList>

#include <cmath>

namespace uw::report {

QString timeText(const QDateTime &utc, const QString &zone, const QLocale &locale)
{
    return utc.isValid() ? formatInZone(utc, zone, locale) : QStringLiteral("\u2014");
}

QString minutesText(double minutes)
{
    if (!std::isfinite(minutes) || minutes < 0)
        return QStringLiteral("\u2014");
    return formatMinutes(minutes);
}

QString varianceText(double minutes)
{
    if (!std::isfinite(minutes))
        return QStringLiteral("\u2014");
    const QString size = formatMinutes(std::abs(minutes));
    if (qRound64(minutes) == 0)
        return ReportTr::tr("on plan");
    return minutes > 0 ? ReportTr::tr("+%1 (later than planned)").arg(size)
                       : ReportTr::tr("\u2212%1 (earlier than planned)").arg(size);
}

QString personName(const ProjectData &data, Id personId)
{
    const auto person = data.people.find(personId);
    return person == data.people.end() ? QString() : person->second.name;
}

QString peopleWithRole(const ProjectData &data, int role)
{
    QStringList names;
    for (const auto &[id, person] : data.people) {
        if (person.roles & role)
            names.append(person.name);
    }
    return names.isEmpty() ? QStringLiteral("\u2014") : names.join(QStringLiteral(", "));
}

QString lastLines(const QString &text, int maxLines)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    if (lines.size() <= maxLines)
        return lines.join(QLatin1Char('\n'));
    const qsizetype left = lines.size() - maxLines;
    lines = lines.mid(left);
    lines.prepend(ReportTr::tr("[%n earlier line(s) left out]", nullptr, int(left)));
    return lines.join(QLatin1Char('\n'));
}

QColor markOf(ReportWriter::Tone tone)
{
    return tone == ReportWriter::Tone::Neutral ? QColor() : ReportWriter::toneColour(tone);
}

QString yesNo(bool value)
{
    return value ? ReportTr::tr("Yes") : ReportTr::tr("No");
}

} // namespace uw::report
