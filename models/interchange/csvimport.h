#pragma once

#include "csv.h"
#include "entities.h"

namespace uw {

class Project;

/** What the rows of a CSV file become: systems, dependencies, or compatibility rules. */
enum class ImportTarget { Systems, Dependencies, Rules };

/** A field the import can fill; key is also the CSV export's column name. */
struct ImportField
{
    QString key;
    /** Translated, for the mapping table. */
    QString label;
    bool required = false;
};

/**
 * The fields of target in column order of the export. Systems: name, kind, environment, site,
 * current_version, target_version, criticality, owner, business_processes, peak_usage, notes.
 * Dependencies: dependent, depends_on (system names), kind, constraint,
 * mixed_versions_tolerated, notes.
 *
 * business_processes holds several values in one cell, separated by "|"; when the file's
 * separator is not ";", a ";" separates them too (a ";"-separated file must use "|").
 */
QList<ImportField> importFields(ImportTarget target);

/**
 * For each field of importFields(target), the index of the header column that fills it, or -1.
 * Matches case- and punctuation-insensitively against our keys and common CMDB column names
 * ("Hostname", "CI class", "Owned by", "Location", ...); a column fills at most one field.
 */
QList<int> autoMapColumns(ImportTarget target, const QStringList &header);

/** The headers of the columns no field takes in mapping, so that nobody loses them unawares. */
QStringList unmappedColumns(const QStringList &header, const QList<int> &mapping);

/** Why a row was skipped or imported with a warning, so summaries can count by reason. */
enum class ImportIssue {
    RaggedRow,
    MissingValue,
    UnknownValue,
    DuplicateInFile,
    AlreadyInProject,
    UnknownSystem,
    SelfDependency,
    BadVersion,
    BadConstraint,
    /** A class or relationship type nobody mapped: imported as Other, with a warning. */
    UnmappedValue,
    /** A system the project has, and the row says nothing new about it. */
    UpToDate,
};

struct ImportProblem
{
    /** 1-based line in the file. */
    int line = 0;
    /** The field's key, or empty for a problem of the whole row. */
    QString field;
    /** Translated, names the line, the field and what to do. */
    QString message;
    /** The message without the line, for views that show the line beside it. */
    QString detail;
    /** True when the row is not imported; false for a warning on an imported row. */
    bool skipsRow = false;
    ImportIssue issue = ImportIssue::MissingValue;
};

/** A system the project already has, as a row of a newer export would change it. */
struct SystemUpdate
{
    System before;
    System after;
    int line = 0;
    /** Translated, one per changed field: "Current version: 13.4 → 13.5". */
    QStringList differences;
};

/** What an import would do, computed without touching the project so the user can review it. */
struct ImportPreview
{
    ImportTarget target = ImportTarget::Systems;
    /** Entities to add, ids 0 until applied; dependencies refer to existing system ids. */
    QList<AnyEntity> entities;
    /** The source line of each entity. */
    QList<int> entityLines;
    /** Systems a row names that the project has: only the fields the row fills are changed. */
    QList<SystemUpdate> updates;
    /** In file order; a row can have several. */
    QList<ImportProblem> problems;
    int totalRows = 0;
    int skippedRows = 0;
};

/**
 * What the person importing says the words of a file's kind column mean, asked before the
 * built-in vocabulary: a CMDB class to a system kind, a relationship type to a dependency kind.
 * Keys are the cell text, trimmed and case-folded.
 */
struct ValueMapping
{
    std::map<QString, SystemKind> kinds;
    std::map<QString, DependencyKind> relationships;
};

/** One distinct word of the kind column, and what the import makes of it. */
struct KindValue
{
    /** As the file has it (first spelling met). */
    QString text;
    int rows = 0;
    /** The kind's key (enumKey of SystemKind or DependencyKind); "other" when not known. */
    QString key;
    /** False when neither the mapping nor the vocabulary knows the word. */
    bool known = false;
};

/** The words of the kind column of table as mapped, in order of first appearance. */
QList<KindValue> kindValues(ImportTarget target, const CsvTable &table, const QList<int> &mapping,
                            const ValueMapping &values);

/**
 * Validates every row of table as mapped (mapping as from autoMapColumns) against data.
 * Rows with a missing required value, an unknown criticality, a duplicate name in the file, the
 * wrong number of fields, or for dependencies an unknown system, a self-dependency or a pair the
 * project has are skipped; an unreadable version or constraint, or a class or relationship type
 * that is not known (imported as Other), is a warning and the row is imported as written. A
 * system row naming a system the project has (names compared without case) updates the fields
 * the row fills, or is skipped as up to date when they already hold those values.
 */
ImportPreview previewImport(const ProjectData &data, ImportTarget target, const CsvTable &table,
                            const QList<int> &mapping, const ValueMapping &values = {});

/**
 * Adds the preview's entities and applies its updates to project as one undoable edit named after
 * sourceName. Refuses a read-only project, an empty preview, and a preview the project no longer
 * matches (a name taken, a system changed or removed since), leaving the project unchanged.
 */
bool applyImport(Project &project, ImportPreview preview, const QString &sourceName, QString *error);

/**
 * One or two sentences for the user and the log: what was imported from sourceName and which
 * rows were skipped, counted by reason.
 */
QString importSummary(const ImportPreview &preview, const QString &sourceName);

} // namespace uw
