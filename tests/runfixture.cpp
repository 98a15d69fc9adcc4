#include "runfixture.h"

#include <QTimeZone>

namespace uw::test {
namespace {

Step step(Id id, const char *title, Phase phase, double likely)
{
    Step result;
    result.id = id;
    result.title = QString::fromUtf8(title);
    result.phase = phase;
    result.estimate = {likely, likely, likely};
    result.position = int(id);
    return result;
}

Person person(Id id, const char *name, int roles)
{
    Person result;
    result.id = id;
    result.name = QString::fromUtf8(name);
    result.roles = roles;
    return result;
}

} // namespace

ProjectData runbookFixture()
{
    ProjectData data;
    data.change.title = QStringLiteral("Run fixture");
    data.people[1] = person(1, "Ada", RoleApprover);
    data.people[2] = person(2, "Ben", RoleExecutor);
    data.people[3] = person(3, "Cy", RoleVerifier);
    data.people[4] = person(4, "Dee", RoleExecutor | RoleVerifier);

    Window window;
    window.id = 1;
    window.name = QStringLiteral("Saturday night");
    window.startUtc = QDateTime(QDate(2026, 12, 5), QTime(20, 0), QTimeZone::utc());
    window.endUtc = QDateTime(QDate(2026, 12, 5), QTime(23, 0), QTimeZone::utc());
    data.windows[1] = window;

    data.steps[1] = step(1, "Announce", Phase::Communicate, 10);
    data.steps[2] = step(2, "Back up database", Phase::Backup, 20);
    data.steps[3] = step(3, "Approve go", Phase::Prepare, 5);
    data.steps[3].stepKind = StepKind::Gate;
    data.steps[4] = step(4, "Upgrade database", Phase::Execute, 30);
    data.steps[5] = step(5, "Upgrade application", Phase::Execute, 20);
    data.steps[6] = step(6, "Verify orders", Phase::Verify, 10);
    data.steps[6].verifierId = 3;
    data.steps[7] = step(7, "Restore database", Phase::Rollback, 25);
    data.steps[7].undoesStepIds = {4};
    data.steps[8] = step(8, "Restore application", Phase::Rollback, 15);
    data.steps[8].undoesStepIds = {5};
    data.steps[9] = step(9, "Announce rollback", Phase::Rollback, 5);

    const QList<std::pair<Id, Id>> links{{1, 2}, {2, 3}, {3, 4}, {3, 5},
                                         {4, 6}, {5, 6}, {7, 9}, {8, 9}};
    Id linkId = 0;
    for (const auto &[from, to] : links) {
        ++linkId;
        data.links[linkId] = {linkId, from, to, LinkType::FinishToStart, 0};
    }
    return data;
}

} // namespace uw::test
