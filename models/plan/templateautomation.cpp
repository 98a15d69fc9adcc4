#include "templateautomation.h"

#include "runbooktemplates.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

#include <functional>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunbookTemplate)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([^{}]*?)\s*\}\})"));
    return pattern;
}

bool isParameterName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9_]*$)"));
    return pattern.match(name).hasMatch();
}

/** Every text of a step that may hold placeholders, for reading or for replacing. */
void forEachText(TemplateStep &step, const std::function<void(QString &)> &visit)
{
    for (QString *text : {&step.title, &step.instructions, &step.command.command,
                          &step.command.outputPattern, &step.http.url, &step.http.bodyPattern})
        visit(*text);
}

QString templateStepWhere(const RunbookTemplate &runbookTemplate, const TemplateStep &step)
{
    return Tr::tr("Template '%1', step '%2'").arg(runbookTemplate.id, step.key);
}

/** A whole number in [minimum, maximum], or fallback when undefined. */
std::optional<int> boundedInt(const QJsonObject &object, const QString &member, int fallback,
                              int minimum, int maximum, QString *error)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(qQNaN());
    if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum) {
        if (error)
            *error = Tr::tr("'%1' must be a whole number from %2 to %3")
                         .arg(member)
                         .arg(minimum)
                         .arg(maximum);
        return std::nullopt;
    }
    return int(number);
}

bool onlyMembers(const QJsonObject &object, const QString &what, const QStringList &known,
                 QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = Tr::tr("unknown member '%1' in '%2' (expected one of %3)")
                             .arg(it.key(), what, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

} // namespace

QStringList placeholderNames(const QString &text)
{
    QStringList names;
    for (auto match = placeholderPattern().globalMatch(text); match.hasNext();) {
        const QString name = match.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString parameterProblem(const RunbookTemplate &runbookTemplate)
{
    QStringList declared;
    for (const TemplateParameter &parameter : runbookTemplate.parameters) {
        if (!isParameterName(parameter.name))
            return Tr::tr("Template '%1': the parameter name '%2' must start with a letter and "
                          "hold only letters, digits and underscores")
                .arg(runbookTemplate.id, parameter.name);
        if (declared.contains(parameter.name))
            return Tr::tr("Template '%1': the parameter '%2' is declared twice")
                .arg(runbookTemplate.id, parameter.name);
        declared.append(parameter.name);
    }
    for (TemplateStep step : runbookTemplate.steps) {
        QString problem;
        forEachText(step, [&](QString &text) {
            for (const QString &name : placeholderNames(text)) {
                if (problem.isEmpty() && !declared.contains(name))
                    problem = Tr::tr("%1: unknown parameter {{%2}} (the template declares %3)")
                                  .arg(templateStepWhere(runbookTemplate, step), name,
                                       declared.isEmpty() ? Tr::tr("none")
                                                          : declared.join(QStringLiteral(", ")));
            }
        });
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

std::optional<RunbookTemplate> fillTemplate(const RunbookTemplate &runbookTemplate,
                                            const QMap<QString, QString> &values, QString *error)
{
    for (const TemplateParameter &parameter : runbookTemplate.parameters) {
        if (values.value(parameter.name).trimmed().isEmpty()) {
            if (error)
                *error = Tr::tr("Give a value for %1 ({{%2}}): the template's steps use it.")
                             .arg(parameter.label.isEmpty() ? parameter.name : parameter.label,
                                  parameter.name);
            return std::nullopt;
        }
    }
    RunbookTemplate filled = runbookTemplate;
    for (TemplateStep &step : filled.steps) {
        forEachText(step, [&values](QString &text) {
            QString result;
            qsizetype copied = 0;
            for (auto match = placeholderPattern().globalMatch(text); match.hasNext();) {
                const QRegularExpressionMatch found = match.next();
                result += QStringView(text).sliced(copied, found.capturedStart() - copied);
                result += values.value(found.captured(1)).trimmed();
                copied = found.capturedEnd();
            }
            result += QStringView(text).sliced(copied);
            text = result;
        });
    }
    return filled;
}

namespace templatejson {

std::optional<CommandSpec> readCommand(const QJsonValue &value, QString *error)
{
    CommandSpec command;
    if (value.isUndefined())
        return command;
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(QStringLiteral("run")).isString()) {
        if (error)
            *error = Tr::tr("'command' needs 'run', the command line");
        return std::nullopt;
    }
    if (!onlyMembers(object, QStringLiteral("command"),
                     {QStringLiteral("run"), QStringLiteral("expectedExitCode"),
                      QStringLiteral("timeoutSeconds"), QStringLiteral("outputPattern")},
                     error))
        return std::nullopt;
    command.command = object.value(QStringLiteral("run")).toString();
    command.outputPattern = object.value(QStringLiteral("outputPattern")).toString();
    const auto exitCode = boundedInt(object, QStringLiteral("expectedExitCode"),
                                     command.expectedExitCode, -255, 255, error);
    const auto timeout = boundedInt(object, QStringLiteral("timeoutSeconds"),
                                    command.timeoutSeconds, 1, 24 * 3600, error);
    if (!exitCode || !timeout)
        return std::nullopt;
    command.expectedExitCode = *exitCode;
    command.timeoutSeconds = *timeout;
    return command;
}

std::optional<HttpCheckSpec> readHttp(const QJsonValue &value, QString *error)
{
    HttpCheckSpec http;
    if (value.isUndefined())
        return http;
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(QStringLiteral("url")).isString()) {
        if (error)
            *error = Tr::tr("'http' needs 'url', the address to check");
        return std::nullopt;
    }
    if (!onlyMembers(object, QStringLiteral("http"),
                     {QStringLiteral("url"), QStringLiteral("method"),
                      QStringLiteral("expectedStatus"), QStringLiteral("bodyPattern"),
                      QStringLiteral("timeoutSeconds")},
                     error))
        return std::nullopt;
    http.url = object.value(QStringLiteral("url")).toString();
    http.bodyPattern = object.value(QStringLiteral("bodyPattern")).toString();
    http.method = object.value(QStringLiteral("method")).toString(http.method).toUpper();
    static const QStringList methods{QStringLiteral("GET"),    QStringLiteral("HEAD"),
                                     QStringLiteral("POST"),   QStringLiteral("PUT"),
                                     QStringLiteral("DELETE"), QStringLiteral("OPTIONS")};
    if (!methods.contains(http.method)) {
        if (error)
            *error = Tr::tr("unknown HTTP method '%1' (expected one of %2)")
                         .arg(http.method, methods.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const auto status = boundedInt(object, QStringLiteral("expectedStatus"), http.expectedStatus,
                                   100, 599, error);
    const auto timeout = boundedInt(object, QStringLiteral("timeoutSeconds"), http.timeoutSeconds,
                                    1, 3600, error);
    if (!status || !timeout)
        return std::nullopt;
    http.expectedStatus = *status;
    http.timeoutSeconds = *timeout;
    return http;
}

std::optional<QList<TemplateParameter>> readParameters(const QJsonValue &value, QString *error)
{
    QList<TemplateParameter> parameters;
    if (value.isUndefined())
        return parameters;
    if (!value.isArray()) {
        if (error)
            *error = Tr::tr("'parameters' must be a list");
        return std::nullopt;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        if (!entry.isObject() || !object.value(QStringLiteral("name")).isString()) {
            if (error)
                *error = Tr::tr("every parameter needs a 'name'");
            return std::nullopt;
        }
        if (!onlyMembers(object, QStringLiteral("parameters"),
                         {QStringLiteral("name"), QStringLiteral("label"),
                          QStringLiteral("default")},
                         error))
            return std::nullopt;
        parameters.append({object.value(QStringLiteral("name")).toString(),
                           object.value(QStringLiteral("label")).toString(),
                           object.value(QStringLiteral("default")).toString()});
    }
    return parameters;
}

QJsonObject commandJson(const CommandSpec &command)
{
    QJsonObject object{{QStringLiteral("run"), command.command},
                       {QStringLiteral("expectedExitCode"), command.expectedExitCode},
                       {QStringLiteral("timeoutSeconds"), command.timeoutSeconds}};
    if (!command.outputPattern.isEmpty())
        object.insert(QStringLiteral("outputPattern"), command.outputPattern);
    return object;
}

QJsonObject httpJson(const HttpCheckSpec &http)
{
    QJsonObject object{{QStringLiteral("url"), http.url},
                       {QStringLiteral("method"), http.method},
                       {QStringLiteral("expectedStatus"), http.expectedStatus},
                       {QStringLiteral("timeoutSeconds"), http.timeoutSeconds}};
    if (!http.bodyPattern.isEmpty())
        object.insert(QStringLiteral("bodyPattern"), http.bodyPattern);
    return object;
}

QJsonArray parametersJson(const QList<TemplateParameter> &parameters)
{
    QJsonArray array;
    for (const TemplateParameter &parameter : parameters) {
        QJsonObject object{{QStringLiteral("name"), parameter.name},
                           {QStringLiteral("label"), parameter.label}};
        if (!parameter.defaultValue.isEmpty())
            object.insert(QStringLiteral("default"), parameter.defaultValue);
        array.append(object);
    }
    return array;
}

} // namespace templatejson
} // namespace uw
