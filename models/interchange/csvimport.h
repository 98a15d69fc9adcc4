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

/** What an import would do, computed without touching the project so the user can review it. */
struct ImportPreview
{
    ImportTarget target = ImportTarget::Systems;
    /** Entities to add, ids 0 until applied; dependencies refer to existing system ids. */
    QList<AnyEntity> entities;
    /** The source line of each entity. */
    QList<int> entityLines;
    /** In file order; a row can have several. */
    QList<ImportProblem> problems;
    int totalRows = 0;
    int skippedRows = 0;
};

/**
 * Validates every row of table as mapped (mapping as from autoMapColumns) against data.
 * Rows with a missing required value, an unknown kind, environment or criticality, a
 * duplicate name, the wrong number of fields, or for dependencies an unknown system, a
 * self-dependency or a duplicate pair are skipped; an unreadable version or constraint is a
 * warning and the row is imported as written.
 */
ImportPreview previewImport(const ProjectData &data, ImportTarget target, const CsvTable &table,
                            const QList<int> &mapping);

/**
 * Adds the preview's entities to project as one undoable edit named after sourceName. Refuses
 * a read-only project, an empty preview, and a preview the project no longer matches (a name
 * taken or a system removed since), leaving the project unchanged.
 */
bool applyImport(Project &project, ImportPreview preview, const QString &sourceName, QString *error);

/**
 * One or two sentences for the user and the log: what was imported from sourceName and which
 * rows were skipped, counted by reason.
 */
QString importSummary(const ImportPreview &preview, const QString &sourceName);

} // namespace uw
