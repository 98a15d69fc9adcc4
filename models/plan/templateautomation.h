#pragma once

#include "entities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace uw {

struct RunbookTemplate;

// What a template step runs or checks, and the parameters a template asks for when inserted.
// A command, an address or a title may hold placeholders such as {{db_host}}; inserting the
// template asks for each parameter once and fills them in everywhere. In JSON:
//   "parameters": [{"name": "db_host", "label": "Database host", "default": "db-01"}],
//   step "command": {"run": "pg_isready -h {{db_host}}", "expectedExitCode": 0,
//                    "timeoutSeconds": 30, "outputPattern": "accepting"},
//   step "http": {"url": "https://{{host}}/health", "method": "GET", "expectedStatus": 200,
//                 "bodyPattern": "ok", "timeoutSeconds": 30}

/** A value the person inserting a template gives, used as {{name}} in its steps. */
struct TemplateParameter
{
    /** Letters, digits and underscores, starting with a letter. */
    QString name;
    /** What to ask for, e.g. "Database host". */
    QString label;
    QString defaultValue;
    friend bool operator==(const TemplateParameter &, const TemplateParameter &) = default;
};

/** The names of the {{name}} placeholders in text, each once, in order of first use. */
QStringList placeholderNames(const QString &text);

/**
 * Why the template's parameters and placeholders do not match (a placeholder no parameter
 * declares, a parameter with a bad or repeated name), naming the template, the step and the
 * name; empty when they match.
 */
QString parameterProblem(const RunbookTemplate &runbookTemplate);

/**
 * The template with every {{name}} replaced by values[name] (surrounding blanks trimmed);
 * nullopt with a message naming the parameter when one has no value.
 */
std::optional<RunbookTemplate> fillTemplate(const RunbookTemplate &runbookTemplate,
                                            const QMap<QString, QString> &values, QString *error);

namespace templatejson {
/** Reads a step's "command"; an undefined value gives the default spec. */
std::optional<CommandSpec> readCommand(const QJsonValue &value, QString *error);
std::optional<HttpCheckSpec> readHttp(const QJsonValue &value, QString *error);
std::optional<QList<TemplateParameter>> readParameters(const QJsonValue &value, QString *error);
QJsonObject commandJson(const CommandSpec &command);
QJsonObject httpJson(const HttpCheckSpec &http);
QJsonArray parametersJson(const QList<TemplateParameter> &parameters);
} // namespace templatejson

} // namespace uw
