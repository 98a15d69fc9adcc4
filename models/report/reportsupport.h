#pragma once

#include "entities.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace uw {

/** The translation context all report texts share. */
class ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(uw::Report)
};

/** Helpers the plan report and the run record share. */
namespace report {

/** utc in zone as formatInZone() shows it; a dash when utc is invalid. */
QString timeText(const QDateTime &utc, const QString &zone, const QLocale &locale);
/** "1 h 35 min"; a dash for a negative or non-finite value. */
QString minutesText(double minutes);
/** "+12 min" / "−5 min": a difference against the plan, with its sign. */
QString varianceText(double minutes);
QString personName(const ProjectData &data, Id personId);
/** The people holding role, by name, comma separated; a dash when nobody does. */
QString peopleWithRole(const ProjectData &data, int role);
/** Shortens text to at most maxLines lines (the last ones, where errors usually are). */
QString lastLines(const QString &text, int maxLines);
QColor markOf(ReportWriter::Tone tone);
/** "Yes" / "No", translated. */
QString yesNo(bool value);

} // namespace report
} // namespace uw
