#include "sample.h"

#include "plananalysis.h"
#include "projectjson.h"
#include "zonedtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace uw {
namespace {

/**
 * Whole weeks that move the window's local start date to the first one on or after today.
 * Weeks keep the weekday and, being counted on the wall clock, the local time across DST.
 */
int weeksUntil(const QDateTime &windowStartUtc, const QString &zone, QDate today)
{
    const QDate start = toZone(windowStartUtc, zone).date();
    const qint64 days = start.daysTo(today);
    // The smallest w with start + 7w >= today.
    const qint64 weeks = days <= 0 ? -((-days) / 7) : (days + 6) / 7;
    return int(weeks);
}

/** Every "…Z" timestamp of the JSON text moved by weeks on zone's wall clock. */
QByteArray movedByWeeks(const QByteArray &json, int weeks, const QString &zone)
{
    static const QRegularExpression timestamp(
        QStringLiteral("\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z)\""));
    const QString text = QString::fromUtf8(json);
    QString moved;
    moved.reserve(text.size());
    qsizetype copied = 0;
    for (auto match = timestamp.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const QDateTime utc = QDateTime::fromString(found.captured(1), Qt::ISODate);
        const QDateTime local = toZone(utc, zone);
        const QDateTime shifted = fromWallClock(local.date().addDays(7 * qint64(weeks)),
                                                local.time(), zone);
        moved += QStringView(text).mid(copied, found.capturedStart(1) - copied);
        moved += shifted.toUTC().toString(Qt::ISODate);
        copied = found.capturedEnd(1);
    }
    moved += QStringView(text).mid(copied);
    return moved.toUtf8();
}

} // namespace

std::optional<ProjectData> sampleProject(QString *error, QDate today)
{
    QFile file(QStringLiteral(":/samples/order-platform.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("uw::Sample",
                                                 "The bundled sample project is missing.");
        return std::nullopt;
    }
    const QByteArray json = file.readAll();
    auto sample = readProjectJson(json, error);
    if (!sample || !today.isValid())
        return sample;
    const Window *window = planWindow(*sample);
    if (!window)
        return sample;
    const QString zone = zoneOrUtc(window->timeZone);
    const int weeks = weeksUntil(window->startUtc, zone, today);
    if (weeks == 0)
        return sample;
    return readProjectJson(movedByWeeks(json, weeks, zone), error);
}

} // namespace uw
