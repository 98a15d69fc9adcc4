#include "csvexport.h"

#include "csv.h"
#include "csvimport.h"
#include "enumkeys.h"

namespace uw {
namespace {

/** The entities to export: those named, in that order, or all in id order. */
template<class T>
QList<const T *> selected(const std::map<Id, T> &table, const QList<Id> &ids)
{
    QList<const T *> result;
    if (ids.isEmpty()) {
        for (const auto &[id, entity] : table)
            result.append(&entity);
        return result;
    }
    for (const Id id : ids) {
        const auto it = table.find(id);
        if (it != table.end())
            result.append(&it->second);
    }
    return result;
}

QStringList keysOf(ImportTarget target)
{
    QStringList keys;
    for (const ImportField &field : importFields(target))
        keys.append(field.key);
    return keys;
}

QString systemName(const ProjectData &data, Id id)
{
    const auto it = data.systems.find(id);
    return it == data.systems.end() ? QString() : it->second.name;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray systemsCsv(const ProjectData &data, const QList<Id> &ids, FormulaCells formulas)
{
    QList<QStringList> rows;
    for (const System *system : selected(data.systems, ids)) {
        rows.append({system->name, enumKey(system->systemKind), system->environment, system->site,
                     system->currentVersion, system->targetVersion, enumKey(system->criticality),
                     system->owner, system->businessProcesses.join(u'|'), system->peakUsage,
                     system->notes});
    }
    return writeCsv(keysOf(ImportTarget::Systems), rows, u',', formulas);
}

QByteArray dependenciesCsv(const ProjectData &data, const QList<Id> &ids, FormulaCells formulas)
{
    QList<QStringList> rows;
    for (const Dependency *dependency : selected(data.dependencies, ids)) {
        rows.append(
            {systemName(data, dependency->dependentId), systemName(data, dependency->dependencyId),
             enumKey(dependency->dependencyKind), dependency->constraint,
             dependency->mixedVersionsTolerated ? QStringLiteral("yes") : QStringLiteral("no"),
             dependency->note});
    }
    return writeCsv(keysOf(ImportTarget::Dependencies), rows, u',', formulas);
}

QByteArray peopleCsv(const ProjectData &data, const QList<Id> &ids, FormulaCells formulas)
{
    QList<QStringList> rows;
    for (const Person *person : selected(data.people, ids)) {
        QStringList availability;
        for (const TimeInterval &interval : person->availability)
            availability.append(isoUtc(interval.startUtc) + u'/' + isoUtc(interval.endUtc));
        rows.append({person->name,
                     rolesToKeys(person->roles).split(u',', Qt::SkipEmptyParts).join(u'|'),
                     person->contact, availability.join(u'|')});
    }
    return writeCsv({QStringLiteral("name"), QStringLiteral("roles"), QStringLiteral("contact"),
                     QStringLiteral("availability")},
                    rows, u',', formulas);
}

QByteArray windowsCsv(const ProjectData &data, const QList<Id> &ids, FormulaCells formulas)
{
    QList<QStringList> rows;
    for (const Window *window : selected(data.windows, ids)) {
        QStringList systems;
        for (const Id systemId : window->systemIds)
            systems.append(systemName(data, systemId));
        rows.append({window->name, enumKey(window->windowKind), isoUtc(window->startUtc),
                     isoUtc(window->endUtc), window->timeZone, systems.join(u'|'), window->notes});
    }
    return writeCsv({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("start_utc"),
                     QStringLiteral("end_utc"), QStringLiteral("time_zone"),
                     QStringLiteral("systems"), QStringLiteral("notes")},
                    rows, u',', formulas);
}

} // namespace uw
