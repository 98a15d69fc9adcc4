#include "benchrunbook.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace uw {

QDateTime benchmarkStart()
{
    return {QDate(2026, 12, 5), QTime(21, 0), QTimeZone::utc()};
}

ProjectData generateRunbook(int stepCount, int people)
{
    QRandomGenerator random(20261205);
    ProjectData data;
    std::vector<Id> forward;
    std::vector<Id> executed;
    std::vector<Id> rollback;
    Id linkId = 0;
    const auto link = [&](Id from, Id to, LinkType type, double lag) {
        ++linkId;
        data.links[linkId] = {linkId, from, to, type, lag};
    };
    for (Id id = 1; id <= people; ++id) {
        Person person;
        person.id = id;
        person.name = QStringLiteral("Person %1").arg(id);
        data.people[id] = person;
    }
    for (Id id = 1; id <= stepCount; ++id) {
        Step step;
        step.id = id;
        step.title = QStringLiteral("Step %1").arg(id);
        step.ownerId = 1 + random.bounded(people);
        const double likely = 2 + random.bounded(30);
        step.estimate = {likely * 0.7, likely, likely * (1.2 + random.bounded(1.0))};
        if (id % 10 == 0 && executed.size() >= 2) {
            step.phase = Phase::Rollback;
            for (int undone = 0; undone < 2; ++undone) {
                const Id id = executed[random.bounded(int(executed.size()))];
                if (!step.undoesStepIds.contains(id))
                    step.undoesStepIds.append(id);
            }
            if (!rollback.empty())
                link(id,
                     rollback[rollback.size() - 1
                              - random.bounded(std::min<int>(3, int(rollback.size())))],
                     LinkType::FinishToStart, 0);
            rollback.push_back(id);
        } else {
            step.phase = random.bounded(5) == 0 ? Phase::Execute : Phase::Prepare;
            const int window = std::min<int>(40, int(forward.size()));
            for (int n = 0; n < std::min(window, 1 + random.bounded(2)); ++n) {
                const bool overlap = random.bounded(8) == 0;
                link(forward[forward.size() - 1 - random.bounded(window)], id,
                     overlap ? LinkType::StartToStart : LinkType::FinishToStart, overlap ? 5 : 0);
            }
            forward.push_back(id);
            if (step.phase == Phase::Execute)
                executed.push_back(id);
        }
        data.steps[id] = step;
    }
    return data;
}

} // namespace uw
