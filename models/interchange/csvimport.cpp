#include "csvimport.h"

#include "commands.h"
#include "csvfields_p.h"
#include "csvvocabulary.h"
#include "enumkeys.h"
#include "environments.h"
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

/** What values says text (a class or relationship type) means, when it says so. */
template<class E>
std::optional<E> chosenKind(const ValueMapping &values, const QString &text)
{
    const auto &chosen = [&values]() -> const auto &
    {
        if constexpr (std::is_same_v<E, SystemKind>)
            return values.kinds;
        else
            return values.relationships;
    }
    ();
    const auto found = chosen.find(text.trimmed().toCaseFolded());
    return found == chosen.end() ? std::nullopt : std::optional<E>(found->second);
}

/** Validates row by row, collecting every problem; one that skips the row is enough. */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(uw::CsvImport)

public:
    Importer(const ProjectData &data, ImportTarget target, const CsvTable &table,
             const QList<int> &mapping, const ValueMapping &values)
        : m_table(table)
        , m_fields(importFields(target))
        , m_mapping(mapping)
        , m_values(values)
    {
        m_preview.target = target;
        m_preview.totalRows = int(table.rows.size());
        for (const auto &[id, system] : data.systems) {
            m_idByName.insert(system.name, id);
            m_idByFoldedName.insert(system.name.toCaseFolded(), id);
            m_systemsByFoldedName.insert(system.name.toCaseFolded(), &system);
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
        if (!folded.isEmpty() && m_seenNames.contains(folded)) {
            addProblem(ImportIssue::DuplicateInFile, "name", true,
                       tr("%1 is a duplicate of line %2")
                           .arg(quoteForMessage(system.name))
                           .arg(m_seenNames.value(folded)));
        }
        system.systemKind = enumValue("kind", system.systemKind);
        system.environment = environmentValue();
        system.site = value("site");
        system.currentVersion = versionValue("current_version");
        system.targetVersion = versionValue("target_version");
        system.criticality = enumValue("criticality", system.criticality);
        system.owner = value("owner");
        system.businessProcesses = listValue("business_processes");
        system.peakUsage = value("peak_usage");
        system.notes = value("notes");
        if (const auto existing = m_systemsByFoldedName.find(folded);
            !m_skipped && existing != m_systemsByFoldedName.end()) {
            m_seenNames.insert(folded, m_line);
            update(*existing.value(), system);
            return;
        }
        if (!m_skipped) {
            m_seenNames.insert(folded, m_line);
            accept(system);
        }
    }

    /** Changes before where the row filled a field (row holds what it read), with the changes. */
    void update(const System &before, const System &row)
    {
        SystemUpdate change{before, before, m_line, {}};
        System &after = change.after;
        const auto take = [&](const char *key, auto member, auto display) {
            if (value(key).isEmpty() || after.*member == row.*member)
                return;
            change.differences.append(tr("%1: %2 \u2192 %3")
                                          .arg(m_fields.at(fieldIndex(key)).label,
                                               display(after.*member), display(row.*member)));
            after.*member = row.*member;
        };
        const auto text = [](const QString &value) {
            return value.isEmpty() ? tr("(empty)") : value;
        };
        const auto list = [](const QStringList &values) {
            return values.join(u", ");
        };
        const auto named = [](auto value) {
            return enumDisplayName(value);
        };
        // A class the import does not know says nothing about a system the project knows.
        if (row.systemKind != SystemKind::Other)
            take("kind", &System::systemKind, named);
        take("environment", &System::environment, text);
        take("site", &System::site, text);
        take("current_version", &System::currentVersion, text);
        take("target_version", &System::targetVersion, text);
        take("criticality", &System::criticality, named);
        take("owner", &System::owner, text);
        take("business_processes", &System::businessProcesses, list);
        take("peak_usage", &System::peakUsage, text);
        take("notes", &System::notes, text);
        if (change.differences.isEmpty()) {
            addProblem(ImportIssue::UpToDate, "name", true,
                       tr("%1 is in the project already, with these values")
                           .arg(quoteForMessage(before.name)));
            return;
        }
        m_preview.updates.append(change);
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
        if constexpr (std::is_same_v<E, SystemKind> || std::is_same_v<E, DependencyKind>) {
            if (const auto chosen = chosenKind<E>(m_values, text))
                return *chosen;
        }
        if (const auto parsed = parseEnum(vocabulary<E>(), text))
            return *parsed;
        if constexpr (std::is_same_v<E, SystemKind> || std::is_same_v<E, DependencyKind>) {
            // A CMDB has more classes and relationship types than any list: the row is kept.
            addProblem(ImportIssue::UnmappedValue, key, false,
                       tr("%1 is not a known %2; imported as %3")
                           .arg(quoteForMessage(text),
                                std::is_same_v<E, SystemKind> ? tr("class") : tr("relationship"),
                                enumDisplayName(E::Other)));
            return E::Other;
        }
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
        else if constexpr (std::is_same_v<E, Level>)
            return m_levelWords;
        else
            return m_dependencyKindWords;
    }

    /** Any name: a project's environments are the ones its systems are in. */
    QString environmentValue()
    {
        const QString name = environmentName(value("environment"));
        if (name.isEmpty())
            return QString::fromLatin1(productionEnvironment);
        if (name.size() > longestEnvironmentName)
            addProblem(ImportIssue::UnknownValue, "environment", true,
                       tr("%1 is longer than an environment's name can be (%2 characters)")
                           .arg(quoteForMessage(name.left(longestEnvironmentName) + u'\u2026'))
                           .arg(longestEnvironmentName));
        return name;
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
    const ValueMapping m_values;
    const QHash<QString, SystemKind> m_kindWords = vocabularyOf<SystemKind>();
    const QHash<QString, Level> m_levelWords = vocabularyOf<Level>();
    const QHash<QString, DependencyKind> m_dependencyKindWords = vocabularyOf<DependencyKind>();
    ImportPreview m_preview;
    QHash<QString, Id> m_idByName;
    QHash<QString, Id> m_idByFoldedName;
    QHash<QString, const System *> m_systemsByFoldedName;
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
        {ImportIssue::UnmappedValue, QT_TRANSLATE_NOOP("uw::CsvImport", "imported as Other")},
        {ImportIssue::UpToDate, QT_TRANSLATE_NOOP("uw::CsvImport", "already up to date")},
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
    for (const SystemUpdate &update : preview.updates) {
        const System *now = project.find<System>(update.before.id);
        if (!now || !(*now == update.before))
            return Tr::tr("%1 was changed or removed").arg(quoteForMessage(update.before.name));
    }
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

QStringList unmappedColumns(const QStringList &header, const QList<int> &mapping)
{
    QStringList unmapped;
    for (qsizetype column = 0; column < header.size(); ++column) {
        if (!mapping.contains(int(column)))
            unmapped.append(header.at(column));
    }
    return unmapped;
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
                            const QList<int> &mapping, const ValueMapping &values)
{
    return Importer(data, target, table, mapping, values).run();
}

QList<KindValue> kindValues(ImportTarget target, const CsvTable &table, const QList<int> &mapping,
                            const ValueMapping &values)
{
    QList<KindValue> found;
    if (target == ImportTarget::Rules)
        return found;
    const QList<ImportField> fields = importFields(target);
    qsizetype field = -1;
    for (qsizetype f = 0; f < fields.size(); ++f) {
        if (fields.at(f).key == QLatin1String("kind"))
            field = f;
    }
    const int column = field >= 0 ? mapping.value(field, -1) : -1;
    if (column < 0)
        return found;
    QHash<QString, qsizetype> indexOf;
    const auto systemWords = vocabularyOf<SystemKind>();
    const auto relationshipWords = vocabularyOf<DependencyKind>();
    for (const QStringList &row : table.rows) {
        const QString text = row.value(column).trimmed();
        if (text.isEmpty())
            continue;
        const QString folded = text.toCaseFolded();
        if (const auto seen = indexOf.constFind(folded); seen != indexOf.cend()) {
            ++found[*seen].rows;
            continue;
        }
        KindValue value{text, 1, QStringLiteral("other"), false};
        if (target == ImportTarget::Systems) {
            auto kind = chosenKind<SystemKind>(values, text);
            if (!kind)
                kind = parseEnum(systemWords, text);
            value.known = kind.has_value();
            value.key = enumKey(kind.value_or(SystemKind::Other));
        } else {
            auto kind = chosenKind<DependencyKind>(values, text);
            if (!kind)
                kind = parseEnum(relationshipWords, text);
            value.known = kind.has_value();
            value.key = enumKey(kind.value_or(DependencyKind::Other));
        }
        indexOf.insert(folded, found.size());
        found.append(value);
    }
    return found;
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
    if (preview.entities.isEmpty() && preview.updates.isEmpty())
        return fail(Tr::tr("Nothing to import from %1: no row can be imported.").arg(sourceName));
    const QString stale = staleReason(project, preview);
    if (!stale.isEmpty()) {
        return fail(Tr::tr("The project changed since the preview (%1); review the import of %2 "
                           "again.")
                        .arg(stale, sourceName));
    }
    QList<EntityChange> changes;
    for (AnyEntity &entity : preview.entities) {
        std::visit([&project](auto &e) { e.id = project.allocateId(e.kind); }, entity);
        changes.append({std::nullopt, entity});
    }
    for (const SystemUpdate &update : std::as_const(preview.updates))
        changes.append({update.before, update.after});
    const int n = int(preview.entities.size());
    const QString text
        = preview.updates.isEmpty()
              ? Tr::tr("Import %1 from %2").arg(entityCount(preview.target, n), sourceName)
              : Tr::tr("Import %1 and update %2 from %3")
                    .arg(entityCount(preview.target, n), QString::number(preview.updates.size()),
                         sourceName);
    return edit::changeEntities(project, text, changes, error);
}

QString importSummary(const ImportPreview &preview, const QString &sourceName)
{
    QString summary = preview.entities.isEmpty() && preview.updates.isEmpty()
                          ? Tr::tr("Nothing was imported from %1.").arg(sourceName)
                      : preview.updates.isEmpty()
                          ? Tr::tr("Imported %1 from %2.")
                                .arg(entityCount(preview.target, int(preview.entities.size())),
                                     sourceName)
                          : Tr::tr("Imported %1 and updated %2 from %3.")
                                .arg(entityCount(preview.target, int(preview.entities.size())),
                                     entityCount(preview.target, int(preview.updates.size())),
                                     sourceName);
    // A row counts once, under the first reason that skipped it.
    std::map<ImportIssue, int> skippedBy;
    QSet<int> skippedLines;
    for (const ImportProblem &problem : preview.problems) {
        if (problem.skipsRow && !skippedLines.contains(problem.line)) {
            skippedLines.insert(problem.line);
            ++skippedBy[problem.issue];
        }
    }
    std::map<ImportIssue, QSet<int>> warnedBy;
    QSet<int> warnedLines;
    for (const ImportProblem &problem : preview.problems) {
        if (!problem.skipsRow && !skippedLines.contains(problem.line)) {
            warnedBy[problem.issue].insert(problem.line);
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
    if (!warnedLines.isEmpty()) {
        QStringList reasons;
        for (const auto &[issue, lines] : warnedBy)
            reasons.append(Tr::tr("%1: %2").arg(issueName(issue)).arg(lines.size()));
        summary += QLatin1Char(' ')
                   + countText(int(warnedLines.size()),
                               QT_TRANSLATE_N_NOOP("uw::CsvImport",
                                                   "%n row was imported with a warning (%1)."),
                               QT_TRANSLATE_N_NOOP("uw::CsvImport",
                                                   "%n rows were imported with a warning (%1)."))
                         .arg(reasons.join(QLatin1String(", ")));
    }
    return summary;
}

} // namespace uw
