#include "runbooktemplates.h"

#include "commands.h"
#include "enumkeys.h"
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <map>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunbookTemplates)
};

const QString formatTag = QStringLiteral("upgrade-workbench-template");

/** Prefixes a problem with the template it was found in, so that a list of them stays clear. */
QString inTemplate(const QString &id, const QString &message)
{
    return id.isEmpty() ? message : Tr::tr("Template '%1': %2").arg(id, message);
}

QString inStep(const QString &id, const QString &key, const QString &message)
{
    return inTemplate(id, Tr::tr("step '%1': %2").arg(key, message));
}

/** Depth-first search for a cycle through "after"; returns its keys, first one repeated. */
class CycleFinder
{
public:
    explicit CycleFinder(const QList<TemplateStep> &steps)
    {
        for (const TemplateStep &step : steps)
            m_after.emplace(step.key, step.after);
    }

    QStringList find()
    {
        for (const auto &entry : m_after) {
            if (visit(entry.first))
                return m_cycle;
        }
        return {};
    }

private:
    bool visit(const QString &key)
    {
        if (m_done.contains(key))
            return false;
        const qsizetype onPath = m_path.indexOf(key);
        if (onPath >= 0) {
            m_cycle = m_path.mid(onPath);
            m_cycle.append(key);
            return true;
        }
        m_path.append(key);
        const auto it = m_after.find(key);
        if (it != m_after.end()) {
            for (const QString &predecessor : it->second) {
                if (visit(predecessor))
                    return true;
            }
        }
        m_path.removeLast();
        m_done.insert(key);
        return false;
    }

    std::map<QString, QStringList> m_after;
    QSet<QString> m_done;
    QStringList m_path;
    QStringList m_cycle;
};

bool validEstimate(const Estimate &estimate)
{
    const auto finite = [](double value) {
        return std::isfinite(value);
    };
    return finite(estimate.optimistic) && finite(estimate.likely) && finite(estimate.pessimistic)
           && estimate.optimistic >= 0 && estimate.optimistic <= estimate.likely
           && estimate.likely <= estimate.pessimistic && estimate.pessimistic > 0;
}

QString unknownKey(const QString &member, const QString &value, const QStringList &expected)
{
    return Tr::tr("unknown %1 '%2' (expected one of %3)")
        .arg(member, value, expected.join(QStringLiteral(", ")));
}

/** Unknown members are errors, so that a misspelt name is reported rather than dropped. */
bool onlyKnownMembers(const QJsonObject &object, const QStringList &known, QString *unknown)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *unknown = it.key();
            return false;
        }
    }
    return true;
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

std::optional<TemplateStep> readStep(const QString &templateId, int index, const QJsonValue &value,
                                     QString *error)
{
    const QString where = QStringLiteral("#%1").arg(index + 1);
    const auto fail = [&](const QString &key, const QString &message) {
        if (error)
            *error = inStep(templateId, key.isEmpty() ? where : key, message);
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(QString(), Tr::tr("not an object"));
    const QJsonObject object = value.toObject();
    TemplateStep step;
    step.key = object.value(QStringLiteral("key")).toString();
    if (step.key.isEmpty())
        return fail(QString(), Tr::tr("the key is missing"));
    QString unknown;
    if (!onlyKnownMembers(object,
                          {QStringLiteral("key"), QStringLiteral("title"),
                           QStringLiteral("instructions"), QStringLiteral("phase"),
                           QStringLiteral("kind"), QStringLiteral("estimate"),
                           QStringLiteral("after"), QStringLiteral("undoes"),
                           QStringLiteral("command"), QStringLiteral("http")},
                          &unknown)) {
        return fail(step.key, Tr::tr("unknown member '%1'").arg(unknown));
    }
    step.title = object.value(QStringLiteral("title")).toString();
    step.instructions = object.value(QStringLiteral("instructions")).toString();

    const QString phase = object.value(QStringLiteral("phase")).toString();
    const std::optional<Phase> parsedPhase = enumFromKey<Phase>(phase);
    if (!parsedPhase)
        return fail(step.key, unknownKey(QStringLiteral("phase"), phase, enumKeys<Phase>()));
    step.phase = *parsedPhase;
    const QJsonValue kindValue = object.value(QStringLiteral("kind"));
    if (!kindValue.isUndefined()) {
        const QString kind = kindValue.toString();
        const std::optional<StepKind> parsedKind = enumFromKey<StepKind>(kind);
        if (!parsedKind)
            return fail(step.key, unknownKey(QStringLiteral("kind"), kind, enumKeys<StepKind>()));
        step.kind = *parsedKind;
    }

    const QJsonValue estimateValue = object.value(QStringLiteral("estimate"));
    const QJsonObject estimate = estimateValue.toObject();
    const QJsonValue optimistic = estimate.value(QStringLiteral("optimistic"));
    const QJsonValue likely = estimate.value(QStringLiteral("likely"));
    const QJsonValue pessimistic = estimate.value(QStringLiteral("pessimistic"));
    if (!estimateValue.isObject() || !optimistic.isDouble() || !likely.isDouble()
        || !pessimistic.isDouble()) {
        return fail(step.key, Tr::tr("the estimate needs optimistic, likely and pessimistic "
                                     "minutes as numbers"));
    }
    step.estimate = {optimistic.toDouble(), likely.toDouble(), pessimistic.toDouble()};

    const std::optional<QStringList> after = stringList(object.value(QStringLiteral("after")));
    if (!after)
        return fail(step.key, Tr::tr("'after' must be a list of step keys"));
    step.after = *after;
    const std::optional<QStringList> undoes = stringList(object.value(QStringLiteral("undoes")));
    if (!undoes)
        return fail(step.key, Tr::tr("'undoes' must be a list of step keys"));
    step.undoes = *undoes;
    QString problem;
    const auto command = templatejson::readCommand(object.value(QStringLiteral("command")),
                                                   &problem);
    if (!command)
        return fail(step.key, problem);
    step.command = *command;
    const auto http = templatejson::readHttp(object.value(QStringLiteral("http")), &problem);
    if (!http)
        return fail(step.key, problem);
    step.http = *http;
    return step;
}

QJsonObject stepJson(const TemplateStep &step)
{
    QJsonObject object{
        {QStringLiteral("key"), step.key},
        {QStringLiteral("title"), step.title},
        {QStringLiteral("instructions"), step.instructions},
        {QStringLiteral("phase"), enumKey(step.phase)},
        {QStringLiteral("kind"), enumKey(step.kind)},
        {QStringLiteral("estimate"),
         QJsonObject{{QStringLiteral("optimistic"), step.estimate.optimistic},
                     {QStringLiteral("likely"), step.estimate.likely},
                     {QStringLiteral("pessimistic"), step.estimate.pessimistic}}},
    };
    if (!step.after.isEmpty())
        object.insert(QStringLiteral("after"), QJsonArray::fromStringList(step.after));
    if (!step.undoes.isEmpty())
        object.insert(QStringLiteral("undoes"), QJsonArray::fromStringList(step.undoes));
    if (!step.command.command.isEmpty())
        object.insert(QStringLiteral("command"), templatejson::commandJson(step.command));
    if (!step.http.url.isEmpty())
        object.insert(QStringLiteral("http"), templatejson::httpJson(step.http));
    return object;
}

/** A file name made from a template's name: lower case words joined by dashes. */
QString slug(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            result.append(c);
        else if (!result.isEmpty() && !result.endsWith(u'-'))
            result.append(u'-');
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result;
}

} // namespace

bool validateTemplate(const RunbookTemplate &runbookTemplate, QString *error)
{
    const QString &id = runbookTemplate.id;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (id.isEmpty())
        return fail(Tr::tr("The template has no id."));
    if (runbookTemplate.name.trimmed().isEmpty())
        return fail(inTemplate(id, Tr::tr("the name is missing")));
    std::map<QString, const TemplateStep *> byKey;
    for (const TemplateStep &step : runbookTemplate.steps) {
        if (step.key.isEmpty())
            return fail(inTemplate(id, Tr::tr("a step has no key")));
        if (!byKey.emplace(step.key, &step).second)
            return fail(inStep(id, step.key, Tr::tr("the key is used twice")));
    }
    for (const TemplateStep &step : runbookTemplate.steps) {
        if (step.title.trimmed().isEmpty())
            return fail(inStep(id, step.key, Tr::tr("the title is missing")));
        if (!validEstimate(step.estimate)) {
            return fail(inStep(id, step.key,
                               Tr::tr("bad estimate: minutes must satisfy 0 <= optimistic <= "
                                      "likely <= pessimistic, with pessimistic above 0")));
        }
        for (const QString &predecessor : step.after) {
            if (!byKey.count(predecessor)) {
                return fail(
                    inStep(id, step.key,
                           Tr::tr("'after' names step '%1', which does not exist").arg(predecessor)));
            }
        }
        if (!step.undoes.isEmpty() && step.phase != Phase::Rollback) {
            return fail(inStep(id, step.key, Tr::tr("only a rollback step may undo other steps")));
        }
        for (const QString &undone : step.undoes) {
            const auto it = byKey.find(undone);
            if (it == byKey.end()) {
                return fail(
                    inStep(id, step.key,
                           Tr::tr("'undoes' names step '%1', which does not exist").arg(undone)));
            }
            if (it->second->phase != Phase::Execute) {
                return fail(inStep(id, step.key,
                                   Tr::tr("'undoes' names step '%1', which is not an execute step")
                                       .arg(undone)));
            }
        }
    }
    const QStringList cycle = CycleFinder(runbookTemplate.steps).find();
    if (!cycle.isEmpty()) {
        return fail(inStep(id, cycle.first(),
                           Tr::tr("the 'after' links form a cycle: %1")
                               .arg(cycle.join(QStringLiteral(" -> ")))));
    }
    if (const QString problem = parameterProblem(runbookTemplate); !problem.isEmpty())
        return fail(problem);
    return true;
}

std::optional<RunbookTemplate> readTemplate(const QByteArray &json, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Tr::tr("The template is not valid JSON: %1 at offset %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(Tr::tr("The template is not a JSON object."));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatTag) {
        return fail(
            Tr::tr("This is not a runbook template: the format tag must be '%1'.").arg(formatTag));
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return fail(Tr::tr("The template has no valid version number."));
    if (version > runbookTemplateVersion) {
        return fail(Tr::tr("The template was written by a newer program (format version %1; "
                           "this one reads up to %2).")
                        .arg(version)
                        .arg(runbookTemplateVersion));
    }

    RunbookTemplate result;
    result.id = root.value(QStringLiteral("id")).toString();
    if (result.id.isEmpty())
        return fail(Tr::tr("The template has no id."));
    QString unknown;
    if (!onlyKnownMembers(root,
                          {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
                           QStringLiteral("name"), QStringLiteral("description"),
                           QStringLiteral("parameters"), QStringLiteral("steps")},
                          &unknown)) {
        return fail(inTemplate(result.id, Tr::tr("unknown member '%1'").arg(unknown)));
    }
    result.name = root.value(QStringLiteral("name")).toString();
    result.description = root.value(QStringLiteral("description")).toString();
    QString problem;
    const auto parameters = templatejson::readParameters(root.value(QStringLiteral("parameters")),
                                                         &problem);
    if (!parameters)
        return fail(inTemplate(result.id, problem));
    result.parameters = *parameters;
    const QJsonValue steps = root.value(QStringLiteral("steps"));
    if (!steps.isArray())
        return fail(inTemplate(result.id, Tr::tr("'steps' must be a list")));
    const QJsonArray stepArray = steps.toArray();
    for (int i = 0; i < stepArray.size(); ++i) {
        std::optional<TemplateStep> step = readStep(result.id, i, stepArray.at(i), error);
        if (!step)
            return std::nullopt;
        result.steps.append(std::move(*step));
    }
    if (!validateTemplate(result, error))
        return std::nullopt;
    return result;
}

QByteArray writeTemplate(const RunbookTemplate &runbookTemplate)
{
    QJsonArray steps;
    for (const TemplateStep &step : runbookTemplate.steps)
        steps.append(stepJson(step));
    QJsonObject root{
        {QStringLiteral("format"), formatTag},
        {QStringLiteral("version"), runbookTemplateVersion},
        {QStringLiteral("id"), runbookTemplate.id},
        {QStringLiteral("name"), runbookTemplate.name},
        {QStringLiteral("description"), runbookTemplate.description},
        {QStringLiteral("steps"), steps},
    };
    if (!runbookTemplate.parameters.isEmpty())
        root.insert(QStringLiteral("parameters"),
                    templatejson::parametersJson(runbookTemplate.parameters));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

RunbookTemplate templateFromSteps(const ProjectData &data, const QList<Id> &stepIds,
                                  const QString &name)
{
    QList<const Step *> selected;
    for (const Id id : stepIds) {
        const auto it = data.steps.find(id);
        if (it != data.steps.end() && !selected.contains(&it->second))
            selected.append(&it->second);
    }
    std::stable_sort(selected.begin(), selected.end(),
                     [](const Step *a, const Step *b) { return a->position < b->position; });
    std::map<Id, QString> keys;
    for (const Step *step : std::as_const(selected))
        keys.emplace(step->id, QStringLiteral("s%1").arg(keys.size() + 1));

    RunbookTemplate result;
    result.id = slug(name);
    result.name = name;
    for (const Step *step : std::as_const(selected)) {
        TemplateStep templateStep;
        templateStep.key = keys.at(step->id);
        templateStep.title = step->title;
        templateStep.instructions = step->instructions;
        templateStep.phase = step->phase;
        templateStep.kind = step->stepKind;
        templateStep.estimate = step->estimate;
        if (step->stepKind == StepKind::Command)
            templateStep.command = step->command;
        if (step->stepKind == StepKind::HttpCheck)
            templateStep.http = step->http;
        for (const auto &[linkId, link] : data.links) {
            if (link.successorId == step->id && link.type == LinkType::FinishToStart
                && keys.count(link.predecessorId)) {
                templateStep.after.append(keys.at(link.predecessorId));
            }
        }
        if (step->phase == Phase::Rollback) {
            for (const Id undone : step->undoesStepIds) {
                const auto it = data.steps.find(undone);
                if (keys.count(undone) && it != data.steps.end()
                    && it->second.phase == Phase::Execute) {
                    templateStep.undoes.append(keys.at(undone));
                }
            }
        }
        result.steps.append(std::move(templateStep));
    }
    return result;
}

bool insertTemplate(Project &project, const RunbookTemplate &unfilled, QString *error,
                    const QMap<QString, QString> &values)
{
    if (!validateTemplate(unfilled, error))
        return false;
    const std::optional<RunbookTemplate> filled = fillTemplate(unfilled, values, error);
    if (!filled)
        return false;
    const RunbookTemplate &runbookTemplate = *filled;
    if (runbookTemplate.steps.isEmpty()) {
        if (error) {
            *error = inTemplate(runbookTemplate.id, Tr::tr("there are no steps to insert"));
        }
        return false;
    }
    int position = 0;
    for (const auto &[id, step] : project.data().steps)
        position = std::max(position, step.position);

    std::map<QString, Id> ids;
    for (const TemplateStep &step : runbookTemplate.steps)
        ids.emplace(step.key, project.allocateId(EntityKind::Step));

    QList<AnyEntity> entities;
    for (const TemplateStep &templateStep : runbookTemplate.steps) {
        Step step;
        step.id = ids.at(templateStep.key);
        step.title = templateStep.title;
        step.instructions = templateStep.instructions;
        step.phase = templateStep.phase;
        step.stepKind = templateStep.kind;
        step.estimate = templateStep.estimate;
        step.command = templateStep.command;
        step.http = templateStep.http;
        step.position = ++position;
        for (const QString &undone : templateStep.undoes)
            step.undoesStepIds.append(ids.at(undone));
        entities.append(step);
    }
    for (const TemplateStep &templateStep : runbookTemplate.steps) {
        for (const QString &predecessor : templateStep.after) {
            StepLink link;
            link.id = project.allocateId(EntityKind::StepLink);
            link.predecessorId = ids.at(predecessor);
            link.successorId = ids.at(templateStep.key);
            entities.append(link);
        }
    }
    return edit::addEntities(project, Tr::tr("Insert template %1").arg(runbookTemplate.name),
                             entities, error);
}

bool saveUserTemplate(const RunbookTemplate &runbookTemplate, QString *error)
{
    if (!validateTemplate(runbookTemplate, error))
        return false;
    // The id becomes the file name, so it must not be able to leave the directory.
    const QString fileName = slug(runbookTemplate.id);
    if (fileName.isEmpty() || fileName != runbookTemplate.id) {
        if (error) {
            *error = inTemplate(runbookTemplate.id,
                                Tr::tr("the id may only hold lower-case letters, digits and "
                                       "single dashes"));
        }
        return false;
    }
    const QString directory = userTemplateDirectory();
    if (!QDir().mkpath(directory)) {
        if (error) {
            *error = Tr::tr("Could not create the template folder %1.")
                         .arg(QDir::toNativeSeparators(directory));
        }
        return false;
    }
    QSaveFile file(directory + u'/' + fileName + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(writeTemplate(runbookTemplate)) < 0
        || !file.commit()) {
        if (error) {
            *error = Tr::tr("Could not save the template to %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace uw
