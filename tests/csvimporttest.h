#pragma once

// What the CSV import tests share: reading a test table, the shape of a preview at a glance,
// the entities a preview would add, and a project with four systems to refer to.

#include "csvimport.h"
#include "testutil.h"

#include <QtGlobal>

namespace uw::test::csvimport {

inline CsvTable tableOf(const QByteArray &csv)
{
    QString error;
    auto table = readCsv(csv, &error);
    if (!table)
        qFatal("test CSV does not read: %s", qPrintable(error));
    return *table;
}

/** "line field skip|warn" per problem: the shape of a preview at a glance. */
inline QStringList problemShapes(const ImportPreview &preview)
{
    QStringList shapes;
    for (const ImportProblem &problem : preview.problems) {
        shapes.append(QStringLiteral("%1 %2 %3")
                          .arg(problem.line)
                          .arg(problem.field.isEmpty() ? QStringLiteral("-") : problem.field,
                               problem.skipsRow ? QStringLiteral("skip") : QStringLiteral("warn")));
    }
    return shapes;
}

/** The message of the problem on line, empty when there is none. */
inline QString messageAt(const ImportPreview &preview, int line)
{
    for (const ImportProblem &problem : preview.problems) {
        if (problem.line == line)
            return problem.message;
    }
    return QString();
}

template<class T>
QList<T> entitiesOf(const ImportPreview &preview)
{
    QList<T> result;
    for (const AnyEntity &entity : preview.entities)
        result.append(std::get<T>(entity));
    return result;
}

/** richProject() with "cache" (3) and "auth-service" (4) beside db-primary (1) and order-service (2). */
inline ProjectData projectWithFourSystems()
{
    ProjectData data = test::richProject();
    System cache = data.systems.at(2);
    cache.id = 3;
    cache.name = QStringLiteral("cache");
    data.systems[3] = cache;
    System auth = cache;
    auth.id = 4;
    auth.name = QStringLiteral("auth-service");
    data.systems[4] = auth;
    return data;
}

} // namespace uw::test::csvimport
