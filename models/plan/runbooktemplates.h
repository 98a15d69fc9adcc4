#pragma once

#include "entities.h"
#include "templateautomation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace uw {

class Project;

// A runbook template is a reusable list of steps, kept apart from any project, so that a team
// starts from known good practice instead of an empty runbook. The JSON form:
//   {"format": "upgrade-workbench-template", "version": 1, "id": "...", "name": "...",
//    "description": "...", "steps": [{"key": "s1", "title": "...", "instructions": "...",
//    "phase": "prepare", "kind": "manual", "estimate": {"optimistic": 5, "likely": 10,
//    "pessimistic": 20}, "after": ["s0"], "undoes": ["s5"]}, ...]}
// Steps refer to each other by key, not by id, because ids only exist inside a project.
// "after" means finish-to-start without lag; "undoes" names the execute steps a rollback step
// reverses. Template names and descriptions are data shown to users as they are.

/** The template format version this build writes and the newest it reads. */
inline constexpr int runbookTemplateVersion = 1;

struct TemplateStep
{
    QString key;
    QString title;
    QString instructions;
    Phase phase = Phase::Execute;
    StepKind kind = StepKind::Manual;
    Estimate estimate;
    QStringList after;
    QStringList undoes;
    /** What a command step runs and an HTTP check asks; may hold {{parameter}} placeholders. */
    CommandSpec command;
    HttpCheckSpec http;
    friend bool operator==(const TemplateStep &, const TemplateStep &) = default;
};

struct RunbookTemplate
{
    QString id;
    QString name;
    QString description;
    /** Asked for when the template is inserted (see templateautomation.h). */
    QList<TemplateParameter> parameters;
    QList<TemplateStep> steps;
    friend bool operator==(const RunbookTemplate &, const RunbookTemplate &) = default;
};

/**
 * Checks what the JSON reader checks on a template built in code: unique keys, known
 * references, no cycle in "after", ordered non-negative estimates, rollback steps undoing only
 * execute steps, every placeholder a declared parameter. Messages name the template and the
 * step.
 */
bool validateTemplate(const RunbookTemplate &runbookTemplate, QString *error);

/** Parses and validates; on failure returns nullopt with a message naming template and step. */
std::optional<RunbookTemplate> readTemplate(const QByteArray &json, QString *error);
/** Indented, with members in sorted order, so that equal templates give equal bytes. */
QByteArray writeTemplate(const RunbookTemplate &runbookTemplate);

/**
 * The templates shipped inside the program, sorted by name. A broken one is left out and
 * described in *error; the others are still returned.
 */
QList<RunbookTemplate> builtInTemplates(QString *error);

/**
 * The selected steps as a template for "save selection as template", in runbook order, with
 * what their commands run and their HTTP checks ask. Only finish-to-start links and undoes
 * references among the selected steps survive, since the template cannot point outside itself;
 * lags, systems, people and metric checks belong to one project and are left behind.
 */
RunbookTemplate templateFromSteps(const ProjectData &data, const QList<Id> &stepIds,
                                  const QString &name);

/**
 * Adds the template's steps and links to project after its last step, with fresh ids, as one
 * undoable command "Insert template <name>", its parameters filled with values (see
 * fillTemplate()). Refuses an invalid or empty template and a parameter without a value.
 */
bool insertTemplate(Project &project, const RunbookTemplate &runbookTemplate, QString *error,
                    const QMap<QString, QString> &values = {});

/** Where templates saved by the user live: the application data directory + "/templates". */
QString userTemplateDirectory();
/**
 * Every *.json template in userTemplateDirectory(), sorted by name. A file that cannot be
 * read adds one line naming it to *problems; the others still load.
 */
QList<RunbookTemplate> userTemplates(QStringList *problems);

/** Built-in and user templates together, as menus list them; every unreadable one is a problem. */
QList<RunbookTemplate> availableTemplates(QStringList *problems);
/** Writes the template as <id>.json into userTemplateDirectory(), replacing one of that id. */
bool saveUserTemplate(const RunbookTemplate &runbookTemplate, QString *error);

} // namespace uw
