// Reading and writing the document's entities: one place that knows each table's columns.
#include "store.h"

#include "enumkeys.h"
#include "storecodec.h"

#include <QCoreApplication>
#include <QDir>

namespace uw {
namespace {

using sql::Statement;
using namespace codec;

std::optional<qint64> optionalInt(const Statement &row, int column)
{
    return row.columnIsNull(column) ? std::nullopt : std::optional<qint64>(row.columnInt(column));
}

/** Collects the first unreadable value so that a damaged row is reported, not guessed. */
class RowReader
{
public:
    RowReader(const Statement &row, const char *table)
        : m_row(row)
        , m_table(table)
    {}

    template<class E>
    E enumAt(int column, const char *field, QString *error)
    {
        const QString key = m_row.columnText(column);
        if (auto value = enumFromKey<E>(key))
            return *value;
        if (error && error->isEmpty()) {
            *error = QCoreApplication::translate("uw::Store", "table %1, row %2: unknown %3 '%4'")
                         .arg(QLatin1String(m_table))
                         .arg(m_row.columnInt(0))
                         .arg(QLatin1String(field), key);
        }
        return E{};
    }

private:
    const Statement &m_row;
    const char *m_table;
};

template<class T, class ReadRow>
bool loadTable(sql::Database &db, const char *sql, std::map<Id, T> &table, QString *error,
               ReadRow readRow)
{
    Statement statement = db.prepare(sql);
    for (;;) {
        switch (statement.step()) {
        case Statement::StepResult::Row: {
            T entity = readRow(statement);
            table.emplace(entity.id, std::move(entity));
            break;
        }
        case Statement::StepResult::Done:
            return error->isEmpty();
        case Statement::StepResult::Error:
            *error = statement.error();
            return false;
        }
    }
}

/** Reads (owner id, member id) rows ordered by position into each owner's list. */
template<class T>
bool loadMembers(sql::Database &db, const char *sql, std::map<Id, T> &owners, QList<Id> T::*list,
                 QString *error)
{
    Statement statement = db.prepare(sql);
    for (;;) {
        switch (statement.step()) {
        case Statement::StepResult::Row: {
            const auto owner = owners.find(statement.columnInt(0));
            if (owner != owners.end())
                (owner->second.*list).append(statement.columnInt(1));
            break;
        }
        case Statement::StepResult::Done:
            return true;
        case Statement::StepResult::Error:
            *error = statement.error();
            return false;
        }
    }
}

bool writeMembers(sql::Database &db, const char *deleteSql, const char *insertSql, Id owner,
                  const QList<Id> &members, QString *error)
{
    Statement remove = db.prepare(deleteSql);
    if (!remove.bind(1, owner).run()) {
        *error = remove.error();
        return false;
    }
    Statement insert = db.prepare(insertSql);
    for (int position = 0; position < members.size(); ++position) {
        if (!insert.bind(1, owner).bind(2, members[position]).bind(3, position).run()) {
            *error = insert.error();
            return false;
        }
    }
    return true;
}

bool finish(Statement &statement, QString *error)
{
    if (statement.run())
        return true;
    *error = statement.error();
    return false;
}

bool write(sql::Database &db, const Change &c, QString *error)
{
    Statement s = db.prepare(
        "UPDATE change SET title=?1, purpose=?2, reason=?3, urgency=?4, risk=?5, rollout=?6, "
        "from_summary=?7, to_summary=?8, time_zone=?9, plan_window_id=?10, "
        "rollback_reserve_minutes=?11, notice_templates=?12 WHERE id=1");
    s.bind(1, c.title).bind(2, c.purpose).bind(3, enumKey(c.reason)).bind(4, enumKey(c.urgency));
    s.bind(5, enumKey(c.risk)).bind(6, enumKey(c.rollout)).bind(7, c.fromSummary);
    s.bind(8, c.toSummary).bind(9, c.timeZone).bind(10, c.planWindowId);
    s.bind(11, c.rollbackReserveMinutes).bind(12, codec::noticeTemplatesToJson(c.noticeTemplates));
    return finish(s, error);
}

bool write(sql::Database &db, const System &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO systems (id, name, kind, environment, site, current_version, "
        "target_version, criticality, owner, business_processes, peak_usage, attributes, "
        "configuration_items, notes) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) "
        "ON CONFLICT(id) DO UPDATE SET name=?2, kind=?3, environment=?4, site=?5, "
        "current_version=?6, target_version=?7, criticality=?8, owner=?9, "
        "business_processes=?10, peak_usage=?11, attributes=?12, configuration_items=?13, "
        "notes=?14");
    s.bind(1, e.id).bind(2, e.name).bind(3, enumKey(e.systemKind)).bind(4, e.environment);
    s.bind(5, e.site).bind(6, e.currentVersion).bind(7, e.targetVersion);
    s.bind(8, enumKey(e.criticality)).bind(9, e.owner);
    s.bind(10, stringListToJson(e.businessProcesses)).bind(11, e.peakUsage);
    s.bind(12, attributesToJson(e.attributes))
        .bind(13, configurationItemsToJson(e.configurationItems));
    s.bind(14, e.notes);
    return finish(s, error);
}

bool write(sql::Database &db, const Dependency &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO dependencies (id, dependent_id, dependency_id, kind, version_constraint, "
        "mixed_tolerated, note) VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(id) DO UPDATE SET "
        "dependent_id=?2, dependency_id=?3, kind=?4, version_constraint=?5, mixed_tolerated=?6, "
        "note=?7");
    s.bind(1, e.id).bind(2, e.dependentId).bind(3, e.dependencyId);
    s.bind(4, enumKey(e.dependencyKind)).bind(5, e.constraint).bind(6, e.mixedVersionsTolerated);
    s.bind(7, e.note);
    return finish(s, error);
}

bool write(sql::Database &db, const CompatibilityRule &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO compatibility_rules (id, system_id, when_version, required_system_id, "
        "required_range, source) VALUES (?1,?2,?3,?4,?5,?6) ON CONFLICT(id) DO UPDATE SET "
        "system_id=?2, when_version=?3, required_system_id=?4, required_range=?5, source=?6");
    s.bind(1, e.id).bind(2, e.systemId).bind(3, e.whenVersion).bind(4, e.requiredSystemId);
    s.bind(5, e.requiredRange).bind(6, e.source);
    return finish(s, error);
}

bool write(sql::Database &db, const Person &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO people (id, name, roles, contact, availability) VALUES (?1,?2,?3,?4,?5) "
        "ON CONFLICT(id) DO UPDATE SET name=?2, roles=?3, contact=?4, availability=?5");
    s.bind(1, e.id).bind(2, e.name).bind(3, rolesToKeys(e.roles)).bind(4, e.contact);
    s.bind(5, intervalsToJson(e.availability));
    return finish(s, error);
}

bool write(sql::Database &db, const Approval &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO approvals (id, person_id, decision, decided_ms, comment) "
        "VALUES (?1,?2,?3,?4,?5) ON CONFLICT(id) DO UPDATE SET person_id=?2, decision=?3, "
        "decided_ms=?4, comment=?5");
    s.bind(1, e.id).bind(2, e.personId).bind(3, enumKey(e.decision));
    if (e.decidedAtUtc.isValid())
        s.bind(4, toMs(e.decidedAtUtc));
    s.bind(5, e.comment);
    return finish(s, error);
}

bool write(sql::Database &db, const Window &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO windows (id, name, kind, start_ms, end_ms, time_zone, notes) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(id) DO UPDATE SET name=?2, kind=?3, "
        "start_ms=?4, end_ms=?5, time_zone=?6, notes=?7");
    s.bind(1, e.id).bind(2, e.name).bind(3, enumKey(e.windowKind));
    if (e.startUtc.isValid())
        s.bind(4, toMs(e.startUtc));
    if (e.endUtc.isValid())
        s.bind(5, toMs(e.endUtc));
    s.bind(6, e.timeZone).bind(7, e.notes);
    return finish(s, error)
           && writeMembers(db, "DELETE FROM window_systems WHERE window_id=?1",
                           "INSERT INTO window_systems (window_id, system_id, position) "
                           "VALUES (?1,?2,?3)",
                           e.id, e.systemIds, error);
}

bool write(sql::Database &db, const Step &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO steps (id, title, instructions, phase, kind, owner_id, verifier_id, "
        "optimistic, likely, pessimistic, enabled, position, command, command_timeout, "
        "expected_exit_code, output_pattern, http_url, http_method, http_status, "
        "http_body_pattern, http_timeout, approver_id, metric_id, metric_condition, "
        "command_environment, http_verify_tls, criticality, reversible, rollback_loss) VALUES "
        "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,"
        "?25,?26,?27,?28,?29) "
        "ON CONFLICT(id) DO UPDATE SET title=?2, instructions=?3, phase=?4, kind=?5, "
        "owner_id=?6, verifier_id=?7, optimistic=?8, likely=?9, pessimistic=?10, enabled=?11, "
        "position=?12, command=?13, command_timeout=?14, expected_exit_code=?15, "
        "output_pattern=?16, http_url=?17, http_method=?18, http_status=?19, "
        "http_body_pattern=?20, http_timeout=?21, approver_id=?22, metric_id=?23, "
        "metric_condition=?24, command_environment=?25, http_verify_tls=?26, criticality=?27, "
        "reversible=?28, rollback_loss=?29");
    s.bind(1, e.id).bind(2, e.title).bind(3, e.instructions).bind(4, enumKey(e.phase));
    s.bind(5, enumKey(e.stepKind)).bindId(6, e.ownerId).bindId(7, e.verifierId);
    s.bind(8, e.estimate.optimistic).bind(9, e.estimate.likely).bind(10, e.estimate.pessimistic);
    s.bind(11, e.enabled).bind(12, e.position).bind(13, e.command.command);
    s.bind(14, e.command.timeoutSeconds).bind(15, e.command.expectedExitCode);
    s.bind(16, e.command.outputPattern).bind(17, e.http.url).bind(18, e.http.method);
    s.bind(19, e.http.expectedStatus).bind(20, e.http.bodyPattern).bind(21, e.http.timeoutSeconds);
    s.bindId(22, e.approverId).bindId(23, e.metricCheck.metricId);
    s.bind(24, e.metricCheck.condition).bind(25, stringListToJson(e.command.environmentVariables));
    s.bind(26, e.http.verifyTls).bind(27, enumKey(e.criticality)).bind(28, e.reversible);
    s.bind(29, e.rollbackLoss);
    return finish(s, error)
           && writeMembers(db, "DELETE FROM step_systems WHERE step_id=?1",
                           "INSERT INTO step_systems (step_id, system_id, position) "
                           "VALUES (?1,?2,?3)",
                           e.id, e.systemIds, error)
           && writeMembers(db, "DELETE FROM step_undoes WHERE rollback_step_id=?1",
                           "INSERT INTO step_undoes (rollback_step_id, undone_step_id, position) "
                           "VALUES (?1,?2,?3)",
                           e.id, e.undoesStepIds, error);
}

bool write(sql::Database &db, const StepLink &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO step_links (id, predecessor_id, successor_id, type, lag_minutes) "
        "VALUES (?1,?2,?3,?4,?5) ON CONFLICT(id) DO UPDATE SET predecessor_id=?2, "
        "successor_id=?3, type=?4, lag_minutes=?5");
    s.bind(1, e.id).bind(2, e.predecessorId).bind(3, e.successorId).bind(4, enumKey(e.type));
    s.bind(5, e.lagMinutes);
    return finish(s, error);
}

bool write(sql::Database &db, const Metric &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO metrics (id, name, source, query, server_url, token_variable, unit, "
        "interval_seconds, is_key, baseline, thresholds, retention_days, token_keychain_key) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) ON CONFLICT(id) DO UPDATE SET "
        "name=?2, source=?3, query=?4, server_url=?5, token_variable=?6, unit=?7, "
        "interval_seconds=?8, is_key=?9, baseline=?10, thresholds=?11, retention_days=?12, "
        "token_keychain_key=?13");
    s.bind(1, e.id).bind(2, e.name).bind(3, enumKey(e.source)).bind(4, e.query);
    s.bind(5, e.serverUrl).bind(6, e.tokenVariable).bind(7, e.unit).bind(8, e.intervalSeconds);
    s.bind(9, e.key).bind(10, baselineToJson(e.baseline)).bind(11, thresholdsToJson(e.thresholds));
    s.bind(12, e.retentionDays).bind(13, e.tokenKeychainKey);
    return finish(s, error);
}

bool write(sql::Database &db, const RecordItem &e, QString *error)
{
    Statement s = db.prepare(
        "INSERT INTO records (id, kind, title, text, system_id, created_ms) "
        "VALUES (?1,?2,?3,?4,?5,?6) ON CONFLICT(id) DO UPDATE SET kind=?2, title=?3, text=?4, "
        "system_id=?5, created_ms=?6");
    s.bind(1, e.id).bind(2, enumKey(e.recordKind)).bind(3, e.title).bind(4, e.text);
    s.bindId(5, e.systemId);
    if (e.createdAtUtc.isValid())
        s.bind(6, toMs(e.createdAtUtc));
    return finish(s, error);
}

/** The statements that remove an entity: its member rows first, then the entity itself. */
std::vector<const char *> removalSql(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Change:
        return {};
    case EntityKind::System:
        return {"DELETE FROM systems WHERE id=?1"};
    case EntityKind::Dependency:
        return {"DELETE FROM dependencies WHERE id=?1"};
    case EntityKind::CompatibilityRule:
        return {"DELETE FROM compatibility_rules WHERE id=?1"};
    case EntityKind::Person:
        return {"DELETE FROM people WHERE id=?1"};
    case EntityKind::Approval:
        return {"DELETE FROM approvals WHERE id=?1"};
    case EntityKind::Window:
        return {"DELETE FROM window_systems WHERE window_id=?1", "DELETE FROM windows WHERE id=?1"};
    case EntityKind::Step:
        return {"DELETE FROM step_systems WHERE step_id=?1",
                "DELETE FROM step_undoes WHERE rollback_step_id=?1",
                "DELETE FROM steps WHERE id=?1"};
    case EntityKind::StepLink:
        return {"DELETE FROM step_links WHERE id=?1"};
    case EntityKind::Metric:
        return {"DELETE FROM metrics WHERE id=?1"};
    case EntityKind::RecordItem:
        return {"DELETE FROM records WHERE id=?1"};
    }
    return {};
}

} // namespace

bool Store::writeEntity(const AnyEntity &entity, QString *error)
{
    return std::visit([&](const auto &e) { return write(m_db, e, error); }, entity);
}

bool Store::removeEntity(EntityKind kind, Id id, QString *error)
{
    for (const char *sql : removalSql(kind)) {
        Statement statement = m_db.prepare(sql);
        if (!finish(statement.bind(1, id), error))
            return false;
    }
    return true;
}

bool Store::writeAll(const ProjectData &data, QString *error)
{
    if (!write(m_db, data.change, error))
        return false;
    bool ok = true;
    const auto writeTable = [&](const auto &table) {
        for (const auto &[id, entity] : table) {
            if (ok)
                ok = write(m_db, entity, error);
        }
    };
    writeTable(data.systems);
    writeTable(data.dependencies);
    writeTable(data.rules);
    writeTable(data.people);
    writeTable(data.approvals);
    writeTable(data.windows);
    writeTable(data.metrics);
    writeTable(data.steps);
    writeTable(data.links);
    writeTable(data.records);
    for (auto [id, run] : data.runs) {
        if (ok)
            ok = insertRun(run, error);
    }
    for (RunEvent event : data.runEvents) {
        if (ok)
            ok = insertRunEvent(event, error);
    }
    return ok && appendSamples(data.samples, error);
}

Result<ProjectData> Store::load()
{
    ProjectData data;
    QString error;
    {
        Statement s = m_db.prepare(
            "SELECT id, title, purpose, reason, urgency, risk, rollout, from_summary, to_summary, "
            "time_zone, plan_window_id, rollback_reserve_minutes, notice_templates FROM change "
            "WHERE id=1");
        if (s.step() == Statement::StepResult::Row) {
            RowReader r(s, "change");
            Change &c = data.change;
            c.title = s.columnText(1);
            c.purpose = s.columnText(2);
            c.reason = r.enumAt<ReasonCategory>(3, "reason", &error);
            c.urgency = r.enumAt<Level>(4, "urgency", &error);
            c.risk = r.enumAt<Level>(5, "risk", &error);
            c.rollout = r.enumAt<RolloutStrategy>(6, "rollout", &error);
            c.fromSummary = s.columnText(7);
            c.toSummary = s.columnText(8);
            c.timeZone = s.columnText(9);
            c.planWindowId = s.columnInt(10);
            c.rollbackReserveMinutes = s.columnDouble(11);
            c.noticeTemplates = codec::noticeTemplatesFromJson(s.columnText(12));
        } else {
            error = QCoreApplication::translate("uw::Store", "the change record is missing");
        }
    }
    const bool ok
        = error.isEmpty()
          && loadTable(m_db,
                       "SELECT id, name, kind, environment, site, current_version, target_version, "
                       "criticality, owner, business_processes, peak_usage, attributes, "
                       "configuration_items, notes FROM systems",
                       data.systems, &error,
                       [&](const Statement &s) {
                           RowReader r(s, "systems");
                           System e;
                           e.id = s.columnInt(0);
                           e.name = s.columnText(1);
                           e.systemKind = r.enumAt<SystemKind>(2, "kind", &error);
                           e.environment = s.columnText(3);
                           e.site = s.columnText(4);
                           e.currentVersion = s.columnText(5);
                           e.targetVersion = s.columnText(6);
                           e.criticality = r.enumAt<Level>(7, "criticality", &error);
                           e.owner = s.columnText(8);
                           e.businessProcesses = stringListFromJson(s.columnText(9));
                           e.peakUsage = s.columnText(10);
                           e.attributes = attributesFromJson(s.columnText(11));
                           e.configurationItems = configurationItemsFromJson(s.columnText(12));
                           e.notes = s.columnText(13);
                           return e;
                       })
          && loadTable(m_db,
                       "SELECT id, dependent_id, dependency_id, kind, version_constraint, "
                       "mixed_tolerated, note FROM dependencies",
                       data.dependencies, &error,
                       [&](const Statement &s) {
                           Dependency e;
                           e.id = s.columnInt(0);
                           e.dependentId = s.columnInt(1);
                           e.dependencyId = s.columnInt(2);
                           e.dependencyKind = RowReader(s, "dependencies")
                                                  .enumAt<DependencyKind>(3, "kind", &error);
                           e.constraint = s.columnText(4);
                           e.mixedVersionsTolerated = s.columnInt(5) != 0;
                           e.note = s.columnText(6);
                           return e;
                       })
          && loadTable(m_db,
                       "SELECT id, system_id, when_version, required_system_id, required_range, "
                       "source FROM compatibility_rules",
                       data.rules, &error,
                       [](const Statement &s) {
                           CompatibilityRule e;
                           e.id = s.columnInt(0);
                           e.systemId = s.columnInt(1);
                           e.whenVersion = s.columnText(2);
                           e.requiredSystemId = s.columnInt(3);
                           e.requiredRange = s.columnText(4);
                           e.source = s.columnText(5);
                           return e;
                       })
          && loadTable(m_db, "SELECT id, name, roles, contact, availability FROM people",
                       data.people, &error,
                       [&](const Statement &s) {
                           Person e;
                           e.id = s.columnInt(0);
                           e.name = s.columnText(1);
                           QString roleError;
                           e.roles = rolesFromKeys(s.columnText(2), &roleError).value_or(NoRole);
                           if (!roleError.isEmpty() && error.isEmpty())
                               error = QStringLiteral("table people, row %1: %2")
                                           .arg(e.id)
                                           .arg(roleError);
                           e.contact = s.columnText(3);
                           e.availability = intervalsFromJson(s.columnText(4));
                           return e;
                       })
          && loadTable(m_db, "SELECT id, person_id, decision, decided_ms, comment FROM approvals",
                       data.approvals, &error,
                       [&](const Statement &s) {
                           Approval e;
                           e.id = s.columnInt(0);
                           e.personId = s.columnInt(1);
                           e.decision = RowReader(s, "approvals")
                                            .enumAt<ApprovalDecision>(2, "decision", &error);
                           e.decidedAtUtc = fromMs(optionalInt(s, 3));
                           e.comment = s.columnText(4);
                           return e;
                       })
          && loadTable(m_db,
                       "SELECT id, name, kind, start_ms, end_ms, time_zone, notes FROM windows",
                       data.windows, &error,
                       [&](const Statement &s) {
                           Window e;
                           e.id = s.columnInt(0);
                           e.name = s.columnText(1);
                           e.windowKind = RowReader(s, "windows")
                                              .enumAt<WindowKind>(2, "kind", &error);
                           e.startUtc = fromMs(optionalInt(s, 3));
                           e.endUtc = fromMs(optionalInt(s, 4));
                           e.timeZone = s.columnText(5);
                           e.notes = s.columnText(6);
                           return e;
                       })
          && loadMembers(m_db,
                         "SELECT window_id, system_id FROM window_systems "
                         "ORDER BY window_id, position",
                         data.windows, &Window::systemIds, &error)
          && loadTable(m_db,
                       "SELECT id, title, instructions, phase, kind, owner_id, verifier_id, "
                       "optimistic, likely, pessimistic, enabled, position, command, "
                       "command_timeout, expected_exit_code, output_pattern, http_url, "
                       "http_method, http_status, http_body_pattern, http_timeout, approver_id, "
                       "metric_id, metric_condition, command_environment, http_verify_tls, "
                       "criticality, reversible, rollback_loss FROM steps",
                       data.steps, &error,
                       [&](const Statement &s) {
                           RowReader r(s, "steps");
                           Step e;
                           e.id = s.columnInt(0);
                           e.title = s.columnText(1);
                           e.instructions = s.columnText(2);
                           e.phase = r.enumAt<Phase>(3, "phase", &error);
                           e.stepKind = r.enumAt<StepKind>(4, "kind", &error);
                           e.ownerId = s.columnInt(5);
                           e.verifierId = s.columnInt(6);
                           e.estimate = {s.columnDouble(7), s.columnDouble(8), s.columnDouble(9)};
                           e.enabled = s.columnInt(10) != 0;
                           e.position = int(s.columnInt(11));
                           e.command = {s.columnText(12), int(s.columnInt(13)),
                                        int(s.columnInt(14)), s.columnText(15),
                                        stringListFromJson(s.columnText(24))};
                           e.http = {s.columnText(16), s.columnText(17),     int(s.columnInt(18)),
                                     s.columnText(19), int(s.columnInt(20)), s.columnInt(25) != 0};
                           e.approverId = s.columnInt(21);
                           e.metricCheck = {s.columnInt(22), s.columnText(23)};
                           e.criticality = r.enumAt<StepCriticality>(26, "criticality", &error);
                           e.reversible = s.columnInt(27) != 0;
                           e.rollbackLoss = s.columnText(28);
                           return e;
                       })
          && loadMembers(m_db,
                         "SELECT step_id, system_id FROM step_systems ORDER BY step_id, position",
                         data.steps, &Step::systemIds, &error)
          && loadMembers(m_db,
                         "SELECT rollback_step_id, undone_step_id FROM step_undoes "
                         "ORDER BY rollback_step_id, position",
                         data.steps, &Step::undoesStepIds, &error)
          && loadTable(m_db,
                       "SELECT id, predecessor_id, successor_id, type, lag_minutes FROM step_links",
                       data.links, &error,
                       [&](const Statement &s) {
                           StepLink e;
                           e.id = s.columnInt(0);
                           e.predecessorId = s.columnInt(1);
                           e.successorId = s.columnInt(2);
                           e.type = RowReader(s, "step_links").enumAt<LinkType>(3, "type", &error);
                           e.lagMinutes = s.columnDouble(4);
                           return e;
                       })
          && loadTable(m_db,
                       "SELECT id, name, source, query, server_url, token_variable, unit, "
                       "interval_seconds, is_key, baseline, thresholds, retention_days, "
                       "token_keychain_key FROM metrics",
                       data.metrics, &error,
                       [&](const Statement &s) {
                           Metric e;
                           e.id = s.columnInt(0);
                           e.name = s.columnText(1);
                           e.source = RowReader(s, "metrics")
                                          .enumAt<MetricSource>(2, "source", &error);
                           e.query = s.columnText(3);
                           e.serverUrl = s.columnText(4);
                           e.tokenVariable = s.columnText(5);
                           e.unit = s.columnText(6);
                           e.intervalSeconds = int(s.columnInt(7));
                           e.key = s.columnInt(8) != 0;
                           e.baseline = baselineFromJson(s.columnText(9));
                           e.thresholds = thresholdsFromJson(s.columnText(10));
                           e.retentionDays = int(s.columnInt(11));
                           e.tokenKeychainKey = s.columnText(12);
                           return e;
                       })
          && loadTable(m_db, "SELECT id, kind, title, text, system_id, created_ms FROM records",
                       data.records, &error,
                       [&](const Statement &s) {
                           RecordItem e;
                           e.id = s.columnInt(0);
                           e.recordKind = RowReader(s, "records")
                                              .enumAt<RecordKind>(1, "kind", &error);
                           e.title = s.columnText(2);
                           e.text = s.columnText(3);
                           e.systemId = s.columnInt(4);
                           e.createdAtUtc = fromMs(optionalInt(s, 5));
                           return e;
                       })
          && loadHistory(data, &error);
    if (!ok) {
        return Error{ErrorCode::Damaged,
                     QCoreApplication::translate("uw::Store", "%1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(m_path), error)};
    }
    return data;
}

} // namespace uw
