#pragma once

#include "entities.h"

#include <QByteArray>
#include <QString>

namespace uw::test {

/** A small document with every entity kind and every field away from its default. */
ProjectData richProject();

QByteArray fileBytes(const QString &path);
/** Runs SQL on a file behind the program's back, e.g. to tamper with it. */
bool runSql(const QString &path, const char *sql, QString *error = nullptr);
/** Compares the editable document (not history); names the first difference. */
bool sameDocument(const ProjectData &actual, const ProjectData &expected, QString *difference);
QDateTime utc(int year, int month, int day, int hour, int minute = 0);

} // namespace uw::test
