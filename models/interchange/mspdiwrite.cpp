#include "mspdi.h"
#include "mspdi_p.h"

#include "enumkeys.h"
#include "textformat.h"
#include "zonedtime.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>

namespace uw {
namespace mspdi {

QString isoDuration(double minutes)
{
    const qint64 seconds = std::llround(std::max(0.0, minutes) * 60);
    return formatted("PT{}H{}M{}S", seconds / 3600, seconds / 60 % 60, seconds % 60);
}

} // namespace mspdi

namespace {

constexpr int calendarUid = 1;
constexpr int minutesPerDay = 24 * 60;
/** DurationFormat 3: minutes, the unit runbook estimates are made in. */
constexpr int minutesFormat = 3;

struct Writer
{
    QXmlStreamWriter xml;

    explicit Writer(QByteArray *out)
        : xml(out)
    {
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(2);
    }

    void element(const char *name, const QString &value)
    {
        xml.writeTextElement(QLatin1String(name), value);
    }
    void element(const char *name, qint64 value) { element(name, formatted("{}", value)); }
    void start(const char *name) { xml.writeStartElement(QLatin1String(name)); }
    void end() { xml.writeEndElement(); }
};

QString wallClock(const QDateTime &utc, const QString &zone)
{
    return toZone(utc, zoneOrUtc(zone)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

/** Steps grouped by phase in phase order, each group in runbook order. */
std::map<Phase, QList<const Step *>> stepsByPhase(const ProjectData &data)
{
    std::map<Phase, QList<const Step *>> groups;
    for (const auto &[id, step] : data.steps)
        groups[step.phase].append(&step);
    for (auto &[phase, steps] : groups) {
        std::stable_sort(steps.begin(), steps.end(), [](const Step *a, const Step *b) {
            return std::tie(a->position, a->id) < std::tie(b->position, b->id);
        });
    }
    return groups;
}

void writeCalendar(Writer &w)
{
    w.start("Calendars");
    w.start("Calendar");
    w.element("UID", calendarUid);
    w.element("Name", QStringLiteral("24 Hours"));
    w.element("IsBaseCalendar", 1);
    w.start("WeekDays");
    for (int day = 1; day <= 7; ++day) {
        w.start("WeekDay");
        w.element("DayType", day);
        w.element("DayWorking", 1);
        w.start("WorkingTimes");
        w.start("WorkingTime");
        // 00:00 to 00:00 is how MS Project spells a whole working day.
        w.element("FromTime", QStringLiteral("00:00:00"));
        w.element("ToTime", QStringLiteral("00:00:00"));
        w.end();
        w.end();
        w.end();
    }
    w.end();
    w.end();
    w.end();
}

void writePertDefinitions(Writer &w)
{
    w.start("ExtendedAttributes");
    for (const mspdi::PertField &field :
         {mspdi::optimisticField, mspdi::likelyField, mspdi::pessimisticField}) {
        w.start("ExtendedAttribute");
        w.element("FieldID", field.fieldId);
        w.element("FieldName", QLatin1String(field.fieldName));
        w.element("Alias", QLatin1String(field.alias));
        w.end();
    }
    w.end();
}

void writePertValue(Writer &w, const mspdi::PertField &field, double minutes)
{
    w.start("ExtendedAttribute");
    w.element("FieldID", field.fieldId);
    w.element("Value", mspdi::isoDuration(minutes));
    w.end();
}

int linkTypeCode(LinkType type)
{
    switch (type) {
    case LinkType::FinishToStart:
        break;
    case LinkType::StartToStart:
        return mspdi::StartToStart;
    case LinkType::FinishToFinish:
        return mspdi::FinishToFinish;
    }
    return mspdi::FinishToStart;
}

} // namespace

QByteArray writeMspdi(const ProjectData &data, const Window *window)
{
    QByteArray out;
    Writer w(&out);
    w.xml.writeStartDocument();
    w.xml.writeDefaultNamespace(QLatin1String(mspdi::projectNamespace));
    w.start("Project");
    w.element("SaveVersion", 14);
    w.element("Name", data.change.title);
    w.element("Title", data.change.title);
    w.element("ScheduleFromStart", 1);
    if (window && window->startUtc.isValid()) {
        w.element("StartDate", wallClock(window->startUtc, window->timeZone));
        if (window->endUtc.isValid())
            w.element("FinishDate", wallClock(window->endUtc, window->timeZone));
    }
    w.element("CalendarUID", calendarUid);
    w.element("MinutesPerDay", minutesPerDay);
    w.element("MinutesPerWeek", 7 * minutesPerDay);
    w.element("DaysPerMonth", 30);
    w.element("DurationFormat", minutesFormat);
    writePertDefinitions(w);
    writeCalendar(w);

    // UIDs follow the outline, so the file reads top to bottom like the runbook.
    const auto groups = stepsByPhase(data);
    std::map<Id, int> taskUidOfStep;
    int nextUid = 1;
    for (const auto &[phase, steps] : groups) {
        ++nextUid;
        for (const Step *step : steps)
            taskUidOfStep[step->id] = nextUid++;
    }
    std::map<Id, QList<const StepLink *>> linksBySuccessor;
    for (const auto &[id, link] : data.links)
        linksBySuccessor[link.successorId].append(&link);

    w.start("Tasks");
    int uid = 1;
    int phaseNumber = 0;
    for (const auto &[phase, steps] : groups) {
        ++phaseNumber;
        w.start("Task");
        w.element("UID", uid);
        w.element("ID", uid);
        w.element("Name", enumDisplayName(phase));
        w.element("Type", 1);
        w.element("IsNull", 0);
        w.element("OutlineNumber", phaseNumber);
        w.element("OutlineLevel", 1);
        w.element("Summary", 1);
        w.end();
        ++uid;
        int stepNumber = 0;
        for (const Step *step : steps) {
            ++stepNumber;
            w.start("Task");
            w.element("UID", uid);
            w.element("ID", uid);
            w.element("Name", step->title);
            w.element("Type", 1);
            w.element("IsNull", 0);
            w.element("OutlineNumber", formatted("{}.{}", phaseNumber, stepNumber));
            w.element("OutlineLevel", 2);
            w.element("Duration", mspdi::isoDuration(step->estimate.likely));
            w.element("DurationFormat", minutesFormat);
            w.element("Milestone", step->estimate.likely == 0 ? 1 : 0);
            w.element("Summary", 0);
            w.element("Active", step->enabled ? 1 : 0);
            if (!step->instructions.isEmpty())
                w.element("Notes", step->instructions);
            for (const StepLink *link : linksBySuccessor[step->id]) {
                const auto predecessor = taskUidOfStep.find(link->predecessorId);
                if (predecessor == taskUidOfStep.end())
                    continue;
                w.start("PredecessorLink");
                w.element("PredecessorUID", predecessor->second);
                w.element("Type", linkTypeCode(link->type));
                w.element("CrossProject", 0);
                w.element("LinkLag", std::llround(link->lagMinutes * mspdi::linkLagUnitsPerMinute));
                w.element("LagFormat", minutesFormat);
                w.end();
            }
            writePertValue(w, mspdi::optimisticField, step->estimate.optimistic);
            writePertValue(w, mspdi::likelyField, step->estimate.likely);
            writePertValue(w, mspdi::pessimisticField, step->estimate.pessimistic);
            w.end();
            ++uid;
        }
    }
    w.end();

    // Only people who own a step are resources of the plan.
    std::map<Id, int> resourceUidOfPerson;
    for (const auto &[id, step] : data.steps) {
        if (step.ownerId && data.people.count(step.ownerId))
            resourceUidOfPerson.emplace(step.ownerId, 0);
    }
    w.start("Resources");
    int resourceUid = 0;
    for (auto &[personId, assignedUid] : resourceUidOfPerson) {
        assignedUid = ++resourceUid;
        const Person &person = data.people.at(personId);
        w.start("Resource");
        w.element("UID", assignedUid);
        w.element("ID", assignedUid);
        w.element("Name", person.name);
        w.element("Type", 1);
        w.element("IsNull", 0);
        if (person.contact.contains(QLatin1Char('@')))
            w.element("EmailAddress", person.contact);
        w.end();
    }
    w.end();

    w.start("Assignments");
    // In task order, like the tasks themselves, so that equal runbooks give equal files.
    std::map<int, Id> ownerOfTask;
    for (const auto &[stepId, taskUid] : taskUidOfStep)
        ownerOfTask[taskUid] = data.steps.at(stepId).ownerId;
    int assignmentUid = 0;
    for (const auto &[taskUid, ownerId] : ownerOfTask) {
        const auto resource = resourceUidOfPerson.find(ownerId);
        if (resource == resourceUidOfPerson.end())
            continue;
        w.start("Assignment");
        w.element("UID", ++assignmentUid);
        w.element("TaskUID", taskUid);
        w.element("ResourceUID", resource->second);
        w.element("Units", 1);
        w.end();
    }
    w.end();

    w.end();
    w.xml.writeEndDocument();
    return out;
}

} // namespace uw
