#include "mspdiread_p.h"

#include "commands.h"
#include "enumkeys.h"
#include "stepchecks.h"
#include "zonedtime.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>

namespace uw {
namespace {

using mspdi::counted;
using mspdi::lineMessage;
using mspdi::RawAssignment;
using mspdi::RawLink;
using mspdi::RawProject;
using mspdi::RawResource;
using mspdi::RawTask;
using mspdi::Tr;

/** The phase a summary task's name stands for, in this language or as the English key. */
std::optional<Phase> phaseNamed(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const QString &key : enumKeys<Phase>()) {
        const Phase phase = *enumFromKey<Phase>(key);
        if (wanted.compare(key, Qt::CaseInsensitive) == 0
            || wanted.compare(enumDisplayName(phase), Qt::CaseInsensitive) == 0)
            return phase;
    }
    return std::nullopt;
}

int outlineLevelOf(const RawTask &task)
{
    if (task.outlineLevel >= 0)
        return task.outlineLevel;
    // Some writers leave out OutlineLevel but keep the outline number ("2.3" is level 2).
    if (!task.outlineNumber.isEmpty())
        return int(task.outlineNumber.count(QLatin1Char('.'))) + 1;
    return 1;
}

/** Turns the parsed records into steps, links and people, reporting what does not fit. */
class Mapper
{
public:
    Mapper(const RawProject &raw, const ProjectData &data, MspdiImport &import)
        : m_raw(raw)
        , m_data(data)
        , m_import(import)
    {}

    void run()
    {
        QList<const RawTask *> tasks;
        for (const RawTask &task : m_raw.tasks) {
            if (!task.isNull)
                tasks.append(&task);
        }
        struct Open
        {
            int level;
            const RawTask *task;
        };
        QList<Open> outline;
        std::map<const RawTask *, Fallback> fallbacks;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const RawTask &task = *tasks[i];
            const int level = outlineLevelOf(task);
            while (!outline.isEmpty() && outline.last().level >= level)
                outline.removeLast();
            const bool hasChildren = i + 1 < tasks.size() && outlineLevelOf(*tasks[i + 1]) > level;
            if (level == 0 || task.summary || hasChildren) {
                m_summaryUids.insert(task.uid);
                outline.append({level, &task});
                continue;
            }
            ++m_import.taskCount;
            std::optional<Phase> phase;
            for (qsizetype k = outline.size() - 1; k >= 0 && !phase; --k)
                phase = phaseNamed(outline[k].task->name);
            const RawTask *parent = nullptr;
            for (const Open &open : outline) {
                if (open.level > 0)
                    parent = open.task;
            }
            if (!phase) {
                Fallback &fallback = fallbacks[parent];
                if (fallback.count++ == 0)
                    fallback.firstLine = task.line;
            }
            addStep(task, phase.value_or(Phase::Execute));
        }
        reportFallbacks(fallbacks);
        for (const RawTask *task : tasks)
            addLinks(*task);
        assignOwners();
    }

private:
    struct Fallback
    {
        int count = 0;
        int firstLine = 0;
    };

    void problem(int line, const QString &message, bool leftOut = false)
    {
        m_import.problems.append({line, lineMessage(line, message), leftOut});
    }

    QString taskName(const RawTask &task) const
    {
        return task.name.isEmpty() ? Tr::tr("task UID %1").arg(task.uid)
                                   : Tr::tr("task '%1'").arg(task.name);
    }

    std::optional<double> minutes(const QString &text) const
    {
        return mspdi::minutesOfIsoDuration(text, m_raw.minutesPerDay, m_raw.minutesPerWeek);
    }

    void addStep(const RawTask &task, Phase phase)
    {
        Estimate estimate;
        if (!task.duration.isEmpty()) {
            const auto likely = minutes(task.duration);
            if (!likely) {
                problem(task.durationLine,
                        Tr::tr("%1 has the duration '%2', which is not a duration such as "
                               "PT8H0M0S; the task was not imported")
                            .arg(taskName(task), task.duration),
                        true);
                return;
            }
            if (const QString bound = minutesProblem(*likely, Tr::tr("duration"));
                !bound.isEmpty()) {
                problem(task.durationLine,
                        Tr::tr("%1: %2 The task was not imported.").arg(taskName(task), bound),
                        true);
                return;
            }
            estimate.likely = *likely;
        }
        estimate.optimistic = estimate.pessimistic = estimate.likely;
        const bool optimistic = readPertField(task, mspdi::optimisticField, &estimate.optimistic);
        const bool pessimistic = readPertField(task, mspdi::pessimisticField, &estimate.pessimistic);
        if (!optimistic && !pessimistic && estimate.likely > 0) {
            estimate.optimistic = estimate.likely * defaultOptimisticFactor;
            estimate.pessimistic = std::min(estimate.likely * defaultPessimisticFactor,
                                            std::max(estimate.likely, longestStepMinutes));
            ++m_import.defaultSpreadCount;
        }
        if (estimate.optimistic > estimate.likely || estimate.pessimistic < estimate.likely) {
            problem(task.line, Tr::tr("%1 has optimistic and pessimistic durations that do not "
                                      "enclose its duration; they were widened to it")
                                   .arg(taskName(task)));
            estimate.optimistic = std::min(estimate.optimistic, estimate.likely);
            estimate.pessimistic = std::max(estimate.pessimistic, estimate.likely);
        }

        Step step;
        step.id = -(m_import.steps.size() + 1);
        step.title = task.name;
        if (step.title.isEmpty()) {
            step.title = Tr::tr("Task %1").arg(task.uid);
            problem(task.line,
                    Tr::tr("task UID %1 has no name; it was called '%2'").arg(task.uid, step.title));
        }
        step.instructions = task.notes;
        step.phase = phase;
        step.estimate = estimate;
        step.enabled = task.active;
        step.position = int(m_import.steps.size());
        m_stepIdOfUid[task.uid] = step.id;
        m_import.steps.append(step);
    }

    /** False when the task does not have the field, or has it unreadable (with a note). */
    bool readPertField(const RawTask &task, const mspdi::PertField &field, double *target)
    {
        const auto found = task.customFields.find(field.fieldId);
        if (found == task.customFields.end() || found->second.isEmpty())
            return false;
        if (const auto value = minutes(found->second)) {
            if (const QString bound = minutesProblem(*value, QLatin1String(field.alias));
                !bound.isEmpty()) {
                problem(task.line, Tr::tr("%1: %2 It was ignored.").arg(taskName(task), bound));
                return false;
            }
            *target = *value;
            return true;
        }
        problem(task.line, Tr::tr("%1: the %2 '%3' is not a duration and was ignored")
                               .arg(taskName(task), QLatin1String(field.alias), found->second));
        return false;
    }

    void reportFallbacks(const std::map<const RawTask *, Fallback> &fallbacks)
    {
        const QString phases = enumKeys<Phase>().join(QLatin1String(", "));
        for (const auto &[parent, fallback] : fallbacks) {
            const QString tasks = counted(fallback.count,
                                          QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n task"),
                                          QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n tasks"));
            if (parent) {
                problem(parent->line, Tr::tr("the summary task '%1' names no phase (%2); its %3 "
                                             "went into Execute")
                                          .arg(parent->name, phases, tasks));
            } else {
                problem(fallback.firstLine, Tr::tr("%1 under no phase summary task (%2) went into "
                                                   "Execute, starting here")
                                                .arg(tasks, phases));
            }
        }
    }

    void addLinks(const RawTask &task)
    {
        for (const RawLink &raw : task.links) {
            const QString what = Tr::tr("the link from task UID %1 to %2")
                                     .arg(raw.predecessorUid, taskName(task));
            const auto successor = m_stepIdOfUid.find(task.uid);
            const auto predecessor = m_stepIdOfUid.find(raw.predecessorUid);
            QString reason;
            if (raw.crossProject)
                reason = Tr::tr("it comes from another project");
            else if (m_summaryUids.contains(task.uid) || m_summaryUids.contains(raw.predecessorUid))
                reason = Tr::tr("it links a summary task; link the steps inside instead");
            else if (successor == m_stepIdOfUid.end() || predecessor == m_stepIdOfUid.end())
                reason = Tr::tr("one of its tasks was not imported or does not exist");
            else if (raw.predecessorUid == task.uid)
                reason = Tr::tr("a task cannot follow itself");
            else if (raw.type == mspdi::StartToFinish)
                reason = Tr::tr("start-to-finish links have no meaning in a runbook");
            else if (raw.type != mspdi::FinishToStart && raw.type != mspdi::StartToStart
                     && raw.type != mspdi::FinishToFinish)
                reason = Tr::tr("its type %1 is unknown").arg(raw.type);
            if (!reason.isEmpty()) {
                problem(raw.line, Tr::tr("%1 was not imported: %2").arg(what, reason), true);
                continue;
            }
            if (!m_linkedPairs.insert({predecessor->second, successor->second}).second) {
                problem(raw.line, Tr::tr("%1 is listed twice; it was imported once").arg(what));
                continue;
            }
            StepLink link;
            link.predecessorId = predecessor->second;
            link.successorId = successor->second;
            link.type = raw.type == mspdi::StartToStart     ? LinkType::StartToStart
                        : raw.type == mspdi::FinishToFinish ? LinkType::FinishToFinish
                                                            : LinkType::FinishToStart;
            if (mspdi::isPercentFormat(raw.lagFormat)) {
                problem(raw.line, Tr::tr("%1 has a lag in percent of the predecessor, which a "
                                         "runbook cannot express; it was imported without lag")
                                      .arg(what));
            } else {
                const double lag = raw.lagTenthsOfMinutes / mspdi::linkLagUnitsPerMinute;
                if (const QString bound = minutesProblem(lag, Tr::tr("lag"), true); bound.isEmpty())
                    link.lagMinutes = lag;
                else
                    problem(raw.line,
                            Tr::tr("%1: %2 It was imported without lag.").arg(what, bound));
            }
            m_import.links.append(link);
        }
    }

    std::optional<Id> knownPersonId(const QString &name) const
    {
        for (const auto &[id, person] : m_data.people) {
            if (person.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return id;
        }
        for (const Person &person : m_import.newPeople) {
            if (person.name.compare(name, Qt::CaseInsensitive) == 0)
                return person.id;
        }
        return std::nullopt;
    }

    Id personIdFor(const RawResource &resource)
    {
        if (const auto known = knownPersonId(resource.name))
            return *known;
        Person person;
        person.id = -(m_import.newPeople.size() + 1);
        person.name = resource.name;
        person.roles = RoleExecutor;
        person.contact = resource.email;
        m_import.newPeople.append(person);
        return person.id;
    }

    void assignOwners()
    {
        for (const RawAssignment &assignment : m_raw.assignments) {
            const auto step = m_stepIdOfUid.find(assignment.taskUid);
            const auto resource = m_raw.resources.find(assignment.resourceUid);
            if (step == m_stepIdOfUid.end() || resource == m_raw.resources.end())
                continue;
            Step &target = m_import.steps[-step->second - 1];
            if (target.ownerId == 0) {
                target.ownerId = personIdFor(resource->second);
            } else if (knownPersonId(resource->second.name) != target.ownerId) {
                problem(assignment.line,
                        Tr::tr("the step '%1' has several resources; '%2' was not made its owner")
                            .arg(target.title, resource->second.name));
            }
        }
    }

    const RawProject &m_raw;
    const ProjectData &m_data;
    MspdiImport &m_import;
    std::map<QString, Id> m_stepIdOfUid;
    QSet<QString> m_summaryUids;
    std::set<std::pair<Id, Id>> m_linkedPairs;
};

} // namespace

namespace mspdi {

std::optional<double> minutesOfIsoDuration(const QString &text, double minutesPerDay,
                                           double minutesPerWeek)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(-)?P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?)"
        R"((?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch() || text.trimmed().endsWith(QLatin1Char('T'))
        || text.trimmed().endsWith(QLatin1Char('P')))
        return std::nullopt;
    // A negative duration is no estimate; MS Project never writes one.
    if (!match.captured(1).isEmpty())
        return std::nullopt;
    const auto part = [&match](int index) {
        QString captured = match.captured(index);
        return captured.isEmpty() ? 0.0
                                  : captured.replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    };
    return part(2) * minutesPerWeek + part(3) * minutesPerDay + part(4) * 60 + part(5)
           + part(6) / 60;
}

} // namespace mspdi

namespace {

std::optional<Window> windowOfPlan(const mspdi::RawProject &raw, const ProjectData &data)
{
    const bool hasMaintenanceWindow = std::any_of(data.windows.begin(), data.windows.end(),
                                                  [](const auto &entry) {
                                                      return entry.second.windowKind
                                                             == WindowKind::Maintenance;
                                                  });
    const QDateTime start = QDateTime::fromString(raw.startDate, Qt::ISODate);
    const QDateTime finish = QDateTime::fromString(raw.finishDate, Qt::ISODate);
    if (hasMaintenanceWindow || !start.isValid() || !finish.isValid() || finish <= start
        || start.daysTo(finish) > longestWindowDays)
        return std::nullopt;
    Window window;
    window.name = raw.name.isEmpty() ? Tr::tr("Window of the imported plan")
                                     : Tr::tr("Window of %1").arg(raw.name);
    window.timeZone = zoneOrUtc(data.change.timeZone);
    // MSPDI has no zones: its times are read on the change's clock.
    window.startUtc = fromWallClock(start.date(), start.time(), window.timeZone);
    window.endUtc = fromWallClock(finish.date(), finish.time(), window.timeZone);
    if (!window.startUtc.isValid() || !window.endUtc.isValid())
        return std::nullopt;
    return window;
}

} // namespace

Result<MspdiImport> readMspdi(const QByteArray &xml, const ProjectData &data)
{
    if (xml.size() > MaxMspdiBytes)
        return Error{ErrorCode::InvalidData,
                     Tr::tr("the file is larger than %1 MB, the most an MS Project import reads")
                         .arg(MaxMspdiBytes / (1024 * 1024))};
    MspdiImport import;
    QString error;
    const std::optional<RawProject> raw = mspdi::parseDocument(xml, &import.problems, &error);
    if (!raw)
        return Error{ErrorCode::InvalidData, error};
    import.projectName = raw->name;
    Mapper(*raw, data, import).run();
    import.window = windowOfPlan(*raw, data);
    if (import.steps.isEmpty()) {
        return Error{ErrorCode::InvalidData,
                     import.taskCount == 0
                         ? Tr::tr("the file has no task to import (only summary tasks or none)")
                         : Tr::tr("none of its tasks could be imported; the first problem: %1")
                               .arg(import.problems.first().message)};
    }
    return import;
}

bool applyMspdiImport(Project &project, const MspdiImport &import, const QString &sourceName,
                      QString *error)
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
    std::map<Id, Id> personIds;
    std::map<Id, Id> stepIds;
    QList<AnyEntity> entities;
    for (Person person : import.newPeople) {
        const Id placeholder = person.id;
        person.id = project.allocateId(EntityKind::Person);
        personIds[placeholder] = person.id;
        entities.append(person);
    }
    int position = 0;
    for (const auto &[id, step] : project.data().steps)
        position = std::max(position, step.position + 1);
    for (Step step : import.steps) {
        const Id placeholder = step.id;
        step.id = project.allocateId(EntityKind::Step);
        stepIds[placeholder] = step.id;
        step.position += position;
        if (step.ownerId < 0) {
            step.ownerId = personIds.at(step.ownerId);
        } else if (step.ownerId > 0 && !project.find<Person>(step.ownerId)) {
            return fail(Tr::tr("The project changed while %1 was read: a step owner was removed. "
                               "Import it again.")
                            .arg(sourceName));
        }
        entities.append(step);
    }
    if (import.window) {
        Window window = *import.window;
        window.id = project.allocateId(EntityKind::Window);
        entities.append(window);
    }
    for (StepLink link : import.links) {
        link.id = project.allocateId(EntityKind::StepLink);
        link.predecessorId = stepIds.at(link.predecessorId);
        link.successorId = stepIds.at(link.successorId);
        entities.append(link);
    }
    const QString text = counted(import.steps.size(),
                                 QT_TRANSLATE_N_NOOP("uw::Mspdi", "Import %n step from %1"),
                                 QT_TRANSLATE_N_NOOP("uw::Mspdi", "Import %n steps from %1"))
                             .arg(sourceName);
    return edit::addEntities(project, text, entities, error);
}

QString mspdiImportSummary(const MspdiImport &import, const QString &sourceName)
{
    QString summary = Tr::tr("Imported %1, %2 and %3 from %4.")
                          .arg(counted(import.steps.size(),
                                       QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n step"),
                                       QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n steps")),
                               counted(import.links.size(),
                                       QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n link"),
                                       QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n links")),
                               counted(import.newPeople.size(),
                                       QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n new person"),
                                       QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n new people")),
                               sourceName);
    if (import.window)
        summary += QLatin1Char(' ')
                   + (import.windowFromFile
                          ? Tr::tr("The plan's start and finish became the window \"%1\", %2 "
                                   "\u2013 %3.")
                          : Tr::tr("The plan goes into the window \"%1\", %2 \u2013 %3."))
                         .arg(import.window->name,
                              formatInZone(import.window->startUtc, import.window->timeZone),
                              formatInZone(import.window->endUtc, import.window->timeZone));
    if (import.defaultSpreadCount > 0)
        summary += QLatin1Char(' ')
                   + counted(import.defaultSpreadCount,
                             QT_TRANSLATE_N_NOOP("uw::Mspdi",
                                                 "%n step had one duration only: its range is "
                                                 "%1 %\u2013%2 % of it."),
                             QT_TRANSLATE_N_NOOP("uw::Mspdi",
                                                 "%n steps had one duration only: their range is "
                                                 "%1 %\u2013%2 % of it."))
                         .arg(qRound(defaultOptimisticFactor * 100))
                         .arg(qRound(defaultPessimisticFactor * 100));
    const auto leftOut = std::count_if(import.problems.begin(), import.problems.end(),
                                       [](const MspdiProblem &problem) { return problem.leftOut; });
    const qsizetype notes = import.problems.size() - leftOut;
    if (leftOut)
        summary += QLatin1Char(' ')
                   + counted(leftOut,
                             QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n task or link was left out."),
                             QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n tasks or links were left out."));
    if (notes)
        summary += QLatin1Char(' ')
                   + counted(notes,
                             QT_TRANSLATE_N_NOOP("uw::Mspdi", "%n note on how the file was read."),
                             QT_TRANSLATE_N_NOOP("uw::Mspdi",
                                                 "%n notes on how the file was read."));
    return summary;
}

} // namespace uw
