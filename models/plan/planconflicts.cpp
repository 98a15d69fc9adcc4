#include "planconflicts.h"

#include "zonedtime.h"

#include <QCoreApplication>

#include <algorithm>

namespace uw {
namespace {

constexpr double epsilon = 1e-6;

/** Gives lupdate and the runtime one context for these messages. */
class PlanConflictsText
{
    Q_DECLARE_TR_FUNCTIONS(uw::PlanConflicts)
};

QString windowKindName(WindowKind kind)
{
    switch (kind) {
    case WindowKind::ChangeFreeze:
        return PlanConflictsText::tr("change freeze");
    case WindowKind::Blackout:
        return PlanConflictsText::tr("blackout");
    case WindowKind::PeakUsage:
        return PlanConflictsText::tr("peak usage period");
    case WindowKind::Maintenance:
        break;
    }
    return PlanConflictsText::tr("maintenance window");
}

/** The systems both windows affect, or nullopt when they share none. */
std::optional<QList<Id>> sharedSystems(const Window &a, const Window &b)
{
    if (a.systemIds.isEmpty())
        return b.systemIds;
    if (b.systemIds.isEmpty())
        return a.systemIds;
    QList<Id> shared;
    for (const Id id : a.systemIds) {
        if (b.systemIds.contains(id))
            shared.append(id);
    }
    if (shared.isEmpty())
        return std::nullopt;
    return shared;
}

QString systemNames(const ProjectData &data, const QList<Id> &ids)
{
    constexpr qsizetype named = 5;
    if (ids.isEmpty())
        return PlanConflictsText::tr("all systems");
    QStringList names;
    for (const Id id : ids.first(std::min(named, ids.size()))) {
        const auto system = data.systems.find(id);
        names.append(system != data.systems.end() ? system->second.name
                                                  : PlanConflictsText::tr("system %1").arg(id));
    }
    QString text = names.join(QStringLiteral(", "));
    if (ids.size() > named)
        text = PlanConflictsText::tr("%1 and %n more", nullptr, int(ids.size() - named)).arg(text);
    return text;
}

/** Availability as disjoint, sorted periods, with touching periods joined. */
QList<TimeInterval> merged(QList<TimeInterval> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const TimeInterval &a, const TimeInterval &b) { return a.startUtc < b.startUtc; });
    QList<TimeInterval> result;
    for (const TimeInterval &interval : intervals) {
        if (!result.isEmpty() && interval.startUtc <= result.last().endUtc)
            result.last().endUtc = std::max(result.last().endUtc, interval.endUtc);
        else
            result.append(interval);
    }
    return result;
}

class ConflictFinder
{
public:
    ConflictFinder(const ProjectData &data, const Window &window, const Schedule &schedule,
                   const QLocale &locale)
        : m_data(data)
        , m_window(window)
        , m_schedule(schedule)
        , m_locale(locale)
    {}

    QList<Conflict> find()
    {
        if (!m_schedule.valid) {
            m_conflicts.append({ConflictKind::Cycle, m_schedule.cycle, m_schedule.error});
            return m_conflicts;
        }
        overlappingWindows();
        unavailableOwners();
        if (!m_schedule.levelled)
            doubleBookings();
        pastWindowEnd();
        return m_conflicts;
    }

private:
    QString time(const QDateTime &utc) const
    {
        return formatInZone(utc, m_window.timeZone, m_locale);
    }
    QString stepTitle(Id id) const { return QStringLiteral("'%1'").arg(m_data.steps.at(id).title); }
    QString personName(Id id) const
    {
        const auto person = m_data.people.find(id);
        return person != m_data.people.end() ? person->second.name
                                             : PlanConflictsText::tr("person %1").arg(id);
    }

    void overlappingWindows()
    {
        for (const auto &[id, other] : m_data.windows) {
            if (id == m_window.id || other.windowKind == WindowKind::Maintenance)
                continue;
            const QDateTime from = std::max(m_window.startUtc, other.startUtc);
            const QDateTime to = std::min(m_window.endUtc, other.endUtc);
            const auto shared = sharedSystems(m_window, other);
            if (from >= to || !shared)
                continue;
            m_conflicts.append(
                {ConflictKind::WindowOverlap,
                 {m_window.id, id},
                 PlanConflictsText::tr("The window '%1' overlaps the %2 '%3' from %4 to %5 on %6.")
                     .arg(m_window.name, windowKindName(other.windowKind), other.name, time(from),
                          time(to), systemNames(m_data, *shared))});
        }
    }

    void unavailableOwners()
    {
        for (const StepTiming &timing : m_schedule.steps) {
            const Step &step = m_data.steps.at(timing.stepId);
            const auto person = m_data.people.find(step.ownerId);
            if (person == m_data.people.end() || person->second.availability.isEmpty())
                continue;
            const QDateTime start = m_schedule.toUtc(timing.start);
            const QDateTime finish = m_schedule.toUtc(timing.finish);
            const QList<TimeInterval> available = merged(person->second.availability);
            const bool covered = std::any_of(available.begin(), available.end(),
                                             [&](const TimeInterval &interval) {
                                                 return interval.startUtc <= start
                                                        && finish <= interval.endUtc;
                                             });
            if (covered)
                continue;
            m_conflicts.append(
                {ConflictKind::OwnerUnavailable,
                 {step.id, step.ownerId},
                 PlanConflictsText::tr("Step %1 is planned from %2 to %3, but its owner %4 is not "
                                       "available for all of that time.")
                     .arg(stepTitle(step.id), time(start), time(finish), person->second.name)});
        }
    }

    void doubleBookings()
    {
        std::map<Id, std::vector<const StepTiming *>> byOwner;
        for (const StepTiming &timing : m_schedule.steps) {
            const Id owner = m_data.steps.at(timing.stepId).ownerId;
            if (owner != 0 && timing.finish > timing.start + epsilon)
                byOwner[owner].push_back(&timing);
        }
        for (auto &[person, steps] : byOwner) {
            std::stable_sort(steps.begin(), steps.end(),
                             [](const StepTiming *a, const StepTiming *b) {
                                 return a->start < b->start;
                             });
            const StepTiming *holder = nullptr;
            for (const StepTiming *step : steps) {
                if (holder && step->start < holder->finish - epsilon) {
                    const QDateTime from = m_schedule.toUtc(step->start);
                    const QDateTime to = m_schedule.toUtc(std::min(holder->finish, step->finish));
                    m_conflicts.append({ConflictKind::DoubleBooking,
                                        {person, holder->stepId, step->stepId},
                                        PlanConflictsText::tr(
                                            "%1 is booked on %2 and %3 at the same time, from %4 "
                                            "to %5.")
                                            .arg(personName(person), stepTitle(holder->stepId),
                                                 stepTitle(step->stepId), time(from), time(to))});
                }
                if (!holder || step->finish > holder->finish)
                    holder = step;
            }
        }
    }

    void pastWindowEnd()
    {
        for (const StepTiming &timing : m_schedule.steps) {
            const QDateTime finish = m_schedule.toUtc(timing.finish);
            if (finish <= m_window.endUtc)
                continue;
            m_conflicts.append(
                {ConflictKind::PastWindowEnd,
                 {timing.stepId, m_window.id},
                 PlanConflictsText::tr("Step %1 finishes at %2, after the window '%3' ends at %4.")
                     .arg(stepTitle(timing.stepId), time(finish), m_window.name,
                          time(m_window.endUtc))});
        }
    }

    const ProjectData &m_data;
    const Window &m_window;
    const Schedule &m_schedule;
    const QLocale &m_locale;
    QList<Conflict> m_conflicts;
};

} // namespace

QString conflictKindKey(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::WindowOverlap:
        return QStringLiteral("window_overlap");
    case ConflictKind::OwnerUnavailable:
        return QStringLiteral("owner_unavailable");
    case ConflictKind::DoubleBooking:
        return QStringLiteral("double_booking");
    case ConflictKind::PastWindowEnd:
        return QStringLiteral("past_window_end");
    case ConflictKind::Cycle:
        break;
    }
    return QStringLiteral("cycle");
}

QList<Conflict> findConflicts(const ProjectData &data, const Window &window,
                              const Schedule &schedule, const QLocale &locale)
{
    return ConflictFinder(data, window, schedule, locale).find();
}

} // namespace uw
