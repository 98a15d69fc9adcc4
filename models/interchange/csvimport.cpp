#include "csvimport.h"

#include "commands.h"
#include "csvfields_p.h"
#include "csvvocabulary.h"
#include "enumkeys.h"
#include "version.h"
#include "versionconstraint.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>
#include <map>
#include <set>
#include <span>

using namespace uw::csvfields;
using namespace uw::csvvocabulary;

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::CsvImport)
};

/**
 * "%n system" or "%n systems", both marked with QT_TRANSLATE_N_NOOP by the caller, so that
 * English reads right without a translation file and translators still get numerus forms.
 */
QString countText(int n, const char *one, const char *many)
{
    return Tr::tr(n == 1 ? one : many, nullptr, n);
}

/** Validates row by row, collecting every problem; one that skips the row is enough. */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(uw::CsvImport)

public:
    Importer(const ProjectData &data, ImportTarget target, const CsvTable &table,
             const QList<int> &mapping)
        : m_table(table)
        , m_fields(importFields(target))
        , m_mapping(mapping)
    {
        m_preview.target = target;
        m_preview.totalRows = int(table.rows.size());
        for (const auto &[id, system] : data.systems) {
            m_idByName.insert(system.name, id);
            m_idByFoldedName.insert(system.name.toCaseFolded(), id);
        }
        for (const auto &[id, dependency] : data.dependencies)
            m_existingPairs.insert({dependency.dependentId, dependency.dependencyId});
    }

    ImportPreview run()
    {
        for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
            m_row = &m_table.rows.at(row);
            m_line = row < m_table.lines.size() ? m_table.lines.at(row) : int(row) + 2;
            m_skipped = false;
            if (m_row->size() != m_table.header.size()) {
                addProblem(ImportIssue::RaggedRow, nullptr, true,
                           tr("wrong number of fields (%1 in this row, %2 in the header); check "
                              "the quoting of this line")
                               .arg(m_row->size())
                               .arg(m_table.header.size()));
            } else if (m_preview.target == ImportTarget::Systems) {
                importSystem();
            } else if (m_preview.target == ImportTarget::Dependencies) {
                importDependency();
            } else {
                importRule();
            }
            if (m_skipped)
                ++m_preview.skippedRows;
        }
        return std::move(m_preview);
    }

private:
    void importSystem()
    {
        System system;
        system.name = requiredValue("name");
        const QString folded = system.name.toCaseFolded();
        if (m_idByFoldedName.contains(folded)) {
            addProblem(ImportIssue::AlreadyInProject, "name", true,
                       tr("a system named %1 already exists in the project")
                           .arg(quoteForMessage(system.name)));
        } else if (!folded.isEmpty() && m_seenNames.contains(folded)) {
            addProblem(ImportIssue::DuplicateInFile, "name", true,
                       tr("%1 is a duplicate of line %2")
                           .arg(quoteForMessage(system.name))
                           .arg(m_seenNames.value(folded)));
        }
        system.systemKind = enumValue("kind", system.systemKind);
        system.environment = enumValue("environment", system.environment);
        system.site = value("site");
        system.currentVersion = versionValue("current_version");
        system.targetVersion = versionValue("target_version");
        system.criticality = enumValue("criticality", system.criticality);
        system.owner = value("owner");
        system.businessProcesses = listValue("business_processes");
        system.peakUsage = value("peak_usage");
        system.notes = value("notes");
        if (!m_skipped) {
            m_seenNames.insert(folded, m_line);
            accept(system);
        }
    }

    void importDependency()
    {
        Dependency dependency;
        QString dependent = requiredValue("dependent");
        QString dependsOn = requiredValue("depends_on");
        dependency.dependentId = systemId("dependent", dependent);
        dependency.dependencyId = systemId("depends_on", dependsOn);
        if (namesTheDependantSecond(value("kind"))) {
            std::swap(dependent, dependsOn);
            std::swap(dependency.dependentId, dependency.dependencyId);
        }
        const std::pair pair{dependency.dependentId, dependency.dependencyId};
        if (pair.first == 0 || pair.second == 0) {
            // Already reported as missing or unknown.
        } else if (pair.first == pair.second) {
            addProblem(ImportIssue::SelfDependency, "depends_on", true,
                       tr("%1 cannot depend on itself").arg(quoteForMessage(dependent)));
        } else if (m_existingPairs.contains(pair)) {
            addProblem(ImportIssue::AlreadyInProject, "depends_on", true,
                       tr("%1 already depends on %2 in the project")
                           .arg(quoteForMessage(dependent), quoteForMessage(dependsOn)));
        } else if (const auto seen = m_seenPairs.find(pair); seen != m_seenPairs.end()) {
            addProblem(ImportIssue::DuplicateInFile, "depends_on", true,
                       tr("%1 depending on %2 is a duplicate of line %3")
                           .arg(quoteForMessage(dependent), quoteForMessage(dependsOn))
                           .arg(seen->second));
        }
        dependency.dependencyKind = enumValue("kind", dependency.dependencyKind);
        dependency.constraint = value("constraint");
        QString why;
        if (!dependency.constraint.isEmpty()
            && !VersionConstraint::parse(dependency.constraint, &why)) {
            addProblem(ImportIssue::BadConstraint, "constraint", false,
                       tr("%1 cannot be read (%2); imported as written, the compatibility check "
                          "will report it as unknown")
                           .arg(quoteForMessage(dependency.constraint), why));
        }
        const QString mixed = value("mixed_versions_tolerated");
        if (!mixed.isEmpty()) {
            if (const auto tolerated = parseBool(mixed)) {
                dependency.mixedVersionsTolerated = *tolerated;
            } else {
                addProblem(ImportIssue::UnknownValue, "mixed_versions_tolerated", true,
                           tr("%1 is unknown; use yes or no").arg(quoteForMessage(mixed)));
            }
        }
        dependency.note = value("notes");
        if (!m_skipped) {
            m_seenPairs.emplace(pair, m_line);
            accept(dependency);
        }
    }

    void importRule()
    {
        CompatibilityRule rule;
        const QString system = requiredValue("system");
        const QString required = requiredValue("requires");
        rule.systemId = systemId("system", system);
        rule.requiredSystemId = systemId("requires", required);
        if (rule.systemId && rule.systemId == rule.requiredSystemId)
            addProblem(ImportIssue::SelfDependency, "requires", true,
                       tr("%1 cannot need itself").arg(quoteForMessage(system)));
        // A rule whose ranges cannot be read would check nothing, so the row is skipped.
        const auto range = [this](const char *key, bool required) {
            const QString text = required ? requiredValue(key) : value(key);
            QString why;
            if (!text.isEmpty() && !VersionConstraint::parse(text, &why))
                addProblem(ImportIssue::BadConstraint, key, true,
                           tr("%1 cannot be read (%2)").arg(quoteForMessage(text), why));
            return text;
        };
        rule.whenVersion = range("when_version", false);
        rule.requiredRange = range("required_range", true);
        rule.source = value("source");
        if (!m_skipped)
            accept(rule);
    }

    void accept(const AnyEntity &entity)
    {
        m_preview.entities.append(entity);
        m_preview.entityLines.append(m_line);
    }

    qsizetype fieldIndex(const char *key) const
    {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i).key == QLatin1String(key))
                return i;
        }
        Q_UNREACHABLE();
        return -1;
    }

    int columnOf(const char *key) const
    {
        const qsizetype field = fieldIndex(key);
        const int column = field < m_mapping.size() ? m_mapping.at(field) : -1;
        return column < m_row->size() ? column : -1;
    }

    QString value(const char *key) const
    {
        const int column = columnOf(key);
        return column < 0 ? QString() : m_row->at(column).trimmed();
    }

    QString requiredValue(const char *key)
    {
        const QString text = value(key);
        if (text.isEmpty()) {
            addProblem(ImportIssue::MissingValue, key, true,
                       columnOf(key) < 0
                           ? tr("no column of the file is chosen for this required field")
                           : tr("the value is missing; this field is required"));
        }
        return text;
    }

    template<class E>
    E enumValue(const char *key, E fallback)
    {
        const QString text = value(key);
        if (text.isEmpty())
            return fallback;
        if (const auto parsed = parseEnum(vocabulary<E>(), text))
            return *parsed;
        QString accepted = enumKeys<E>().join(QLatin1String(", "));
        if constexpr (std::is_same_v<E, Level>)
            accepted += tr(", or a rank from 1 (critical) to 4 (low)");
        addProblem(ImportIssue::UnknownValue, key, true,
                   tr("%1 is unknown; use one of: %2").arg(quoteForMessage(text), accepted));
        return fallback;
    }

    template<class E>
    const QHash<QString, E> &vocabulary() const
    {
        if constexpr (std::is_same_v<E, SystemKind>)
            return m_kindWords;
        else if constexpr (std::is_same_v<E, Environment>)
            return m_environmentWords;
        else if constexpr (std::is_same_v<E, Level>)
            return m_levelWords;
        else
            return m_dependencyKindWords;
    }

    QString versionValue(const char *key)
    {
        const QString text = value(key);
        QString why;
        if (!text.isEmpty() && !Version::parse(text, &why)) {
            addProblem(ImportIssue::BadVersion, key, false,
                       tr("%1 cannot be read (%2); imported as written, compatibility checks will "
                          "report it as unknown")
                           .arg(quoteForMessage(text), why));
        }
        return text;
    }

    QStringList listValue(const char *key) const
    {
        return parseList(value(key), m_table.separator);
    }

    Id systemId(const char *key, const QString &name)
    {
        if (name.isEmpty())
            return 0;
        if (const Id id = m_idByName.value(name))
            return id;
        if (const Id id = m_idByFoldedName.value(name.toCaseFolded()))
            return id;
        addProblem(ImportIssue::UnknownSystem, key, true,
                   tr("no system named %1 in the project; add or import the systems first")
                       .arg(quoteForMessage(name)));
        return 0;
    }

    void addProblem(ImportIssue issue, const char *key, bool skipsRow, const QString &message)
    {
        ImportProblem problem;
        problem.line = m_line;
        problem.issue = issue;
        problem.skipsRow = skipsRow;
        if (key) {
            problem.field = QLatin1String(key);
            problem.detail = tr("%1: %2").arg(m_fields.at(fieldIndex(key)).label, message);
            problem.message = tr("line %1, %2").arg(QString::number(m_line), problem.detail);
        } else {
            problem.detail = message;
            problem.message = tr("line %1: %2").arg(QString::number(m_line), message);
        }
        m_preview.problems.append(problem);
        m_skipped = m_skipped || skipsRow;
    }

    const CsvTable &m_table;
    const QList<ImportField> m_fields;
    const QList<int> m_mapping;
    const QHash<QString, SystemKind> m_kindWords = vocabularyOf<SystemKind>();
    const QHash<QString, Environment> m_environmentWords = vocabularyOf<Environment>();
    const QHash<QString, Level> m_levelWords = vocabularyOf<Level>();
    const QHash<QString, DependencyKind> m_dependencyKindWords = vocabularyOf<DependencyKind>();
    ImportPreview m_preview;
    QHash<QString, Id> m_idByName;
    QHash<QString, Id> m_idByFoldedName;
    std::set<std::pair<Id, Id>> m_existingPairs;
    QHash<QString, int> m_seenNames;
    std::map<std::pair<Id, Id>, int> m_seenPairs;
    const QStringList *m_row = nullptr;
    int m_line = 0;
    bool m_skipped = false;
};

QString issueName(ImportIssue issue)
{
    static const std::map<ImportIssue, const char *> names{
        {ImportIssue::RaggedRow, QT_TRANSLATE_NOOP("uw::CsvImport", "wrong number of fields")},
        {ImportIssue::MissingValue, QT_TRANSLATE_NOOP("uw::CsvImport", "required value missing")},
        {ImportIssue::UnknownValue, QT_TRANSLATE_NOOP("uw::CsvImport", "unknown value")},
        {ImportIssue::DuplicateInFile, QT_TRANSLATE_NOOP("uw::CsvImport", "duplicate in the file")},
        {ImportIssue::AlreadyInProject,
         QT_TRANSLATE_NOOP("uw::CsvImport", "already in the project")},
        {ImportIssue::UnknownSystem, QT_TRANSLATE_NOOP("uw::CsvImport", "unknown system")},
        {ImportIssue::SelfDependency, QT_TRANSLATE_NOOP("uw::CsvImport", "depends on itself")},
        {ImportIssue::BadVersion, QT_TRANSLATE_NOOP("uw::CsvImport", "unreadable version")},
        {ImportIssue::BadConstraint, QT_TRANSLATE_NOOP("uw::CsvImport", "unreadable constraint")},
    };
    return Tr::tr(names.at(issue));
}

QString entityCount(ImportTarget target, int n)
{
    switch (target) {
    case ImportTarget::Systems:
        return countText(n, QT_TRANSLATE_N_NOOP("uw::CsvImport", "%n system"),
                         QT_TRANSLATE_N_NOOP("uw::CsvImport", "%n systems"));
    case ImportTarget::Dependencies:
        return countText(n, QT_TRANSLATE_N_NOOP("uw::CsvImport", "%n dependency"),
                         QT_TRANSLATE_N_NOOP("uw::CsvImport", "%n dependencies"));
    case ImportTarget::Rules:
        break;
    }
    return countText(n, QT_TRANSLATE_N_NOOP("uw::CsvImport", "%n compatibility rule"),
                     QT_TRANSLATE_N_NOOP("uw::CsvImport", "%n compatibility rules"));
}

/** Why the project no longer accepts the preview, or empty when it still does. */
QString staleReason(const Project &project, const ImportPreview &preview)
{
    QSet<QString> names;
    for (const auto &[id, system] : project.data().systems)
        names.insert(system.name.toCaseFolded());
    for (const AnyEntity &entity : preview.entities) {
        if (const auto *system = std::get_if<System>(&entity)) {
            if (names.contains(system->name.toCaseFolded())) {
                return Tr::tr("a system named %1 now exists").arg(quoteForMessage(system->name));
            }
        } else if (const auto *dependency = std::get_if<Dependency>(&entity)) {
            if (!project.find<System>(dependency->dependentId)
                || !project.find<System>(dependency->dependencyId)) {
                return Tr::tr("a system it refers to was removed");
            }
        } else if (const auto *rule = std::get_if<CompatibilityRule>(&entity)) {
            if (!project.find<System>(rule->systemId)
                || !project.find<System>(rule->requiredSystemId)) {
                return Tr::tr("a system it refers to was removed");
            }
        }
    }
    return QString();
}

} // namespace

QList<ImportField> importFields(ImportTarget target)
{
    QList<ImportField> fields;
    for (const FieldSpec &spec : specsOf(target)) {
        fields.append({QLatin1String(spec.key),
                       QCoreApplication::translate("uw::CsvImport", spec.label), spec.required});
    }
    return fields;
}

QList<int> autoMapColumns(ImportTarget target, const QStringList &header)
{
    const auto specs = specsOf(target);
    QList<QStringList> synonyms;
    for (const FieldSpec &spec : specs) {
        QStringList names{QLatin1String(spec.key)};
        names += QString::fromLatin1(spec.synonyms).split(u'|');
        for (QString &name : names)
            name = normalized(name);
        synonyms.append(names);
    }
    QStringList columns;
    for (const QString &name : header)
        columns.append(normalized(name));
    QList<int> mapping(synonyms.size(), -1);
    QList<bool> used(columns.size(), false);
    // Rank by rank across all fields, so that one field's weak synonym never takes the column
    // that another field names exactly.
    for (qsizetype rank = 0;; ++rank) {
        bool more = false;
        for (qsizetype field = 0; field < synonyms.size(); ++field) {
            if (rank >= synonyms[field].size())
                continue;
            more = true;
            if (mapping[field] >= 0)
                continue;
            for (qsizetype column = 0; column < columns.size(); ++column) {
                if (!used[column] && columns[column] == synonyms[field][rank]) {
                    used[column] = true;
                    mapping[field] = int(column);
                    break;
                }
            }
        }
        if (!more)
            break;
    }
    return mapping;
}

ImportPreview previewImport(const ProjectData &data, ImportTarget target, const CsvTable &table,
                            const QList<int> &mapping)
{
    return Importer(data, target, table, mapping).run();
}

bool applyImport(Project &project, ImportPreview preview, const QString &sourceName, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (project.isReadOnly()) {
        return fail(Tr::tr("The project is open read-only (%1); nothing was imported.")
                        .arg(project.storeInfo().readOnlyReason));
    }
    if (preview.entities.isEmpty())
        return fail(Tr::tr("Nothing to import from %1: no row can be imported.").arg(sourceName));
    const QString stale = staleReason(project, preview);
    if (!stale.isEmpty()) {
        return fail(Tr::tr("The project changed since the preview (%1); review the import of %2 "
                           "again.")
                        .arg(stale, sourceName));
    }
    for (AnyEntity &entity : preview.entities) {
        std::visit([&project](auto &e) { e.id = project.allocateId(e.kind); }, entity);
    }
    const int n = int(preview.entities.size());
    const QString text = Tr::tr("Import %1 from %2").arg(entityCount(preview.target, n), sourceName);
    return edit::addEntities(project, text, preview.entities, error);
}

QString importSummary(const ImportPreview &preview, const QString &sourceName)
{
    QString summary = preview.entities.isEmpty()
                          ? Tr::tr("Nothing was imported from %1.").arg(sourceName)
                          : Tr::tr("Imported %1 from %2.")
                                .arg(entityCount(preview.target, int(preview.entities.size())),
                                     sourceName);
    // A row counts once, under the first reason that skipped it.
    std::map<ImportIssue, int> skippedBy;
    QSet<int> skippedLines;
    QSet<int> warnedLines;
    for (const ImportProblem &problem : preview.problems) {
        if (problem.skipsRow && !skippedLines.contains(problem.line)) {
            skippedLines.insert(problem.line);
            ++skippedBy[problem.issue];
        } else if (!problem.skipsRow) {
            warnedLines.insert(problem.line);
        }
    }
    if (preview.skippedRows > 0) {
        QStringList reasons;
        for (const auto &[issue, count] : skippedBy)
            reasons.append(Tr::tr("%1: %2").arg(issueName(issue)).arg(count));
        summary += QLatin1Char(' ')
                   + countText(preview.skippedRows,
                               QT_TRANSLATE_N_NOOP("uw::CsvImport", "Skipped %n row (%1)."),
                               QT_TRANSLATE_N_NOOP("uw::CsvImport", "Skipped %n rows (%1)."))
                         .arg(reasons.join(QLatin1String(", ")));
    }
    warnedLines -= skippedLines;
    if (!warnedLines.isEmpty()) {
        summary += QLatin1Char(' ')
                   + countText(int(warnedLines.size()),
                               QT_TRANSLATE_N_NOOP("uw::CsvImport",
                                                   "%n row was imported with a warning about an "
                                                   "unreadable version or constraint."),
                               QT_TRANSLATE_N_NOOP("uw::CsvImport",
                                                   "%n rows were imported with a warning about an "
                                                   "unreadable version or constraint."));
    }
    return summary;
}

} // namespace uw
