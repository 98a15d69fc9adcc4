#include "schema.h"

#include "sqlite.h"

#include <fmt/format.h>

#include <array>

namespace uw::schema {
namespace {

// Migrations are append-only: a released one never changes, later needs get a new one.
constexpr std::array<const char *, 7> migrations{
    // 1: the plan: change, inventory, dependencies, rules, people, windows, runbook.
    R"sql(
CREATE TABLE change (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    urgency TEXT NOT NULL,
    risk TEXT NOT NULL,
    rollout TEXT NOT NULL,
    from_summary TEXT NOT NULL DEFAULT '',
    to_summary TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC'
);
INSERT INTO change (id, reason, urgency, risk, rollout)
    VALUES (1, 'feature', 'medium', 'medium', 'big_bang');
CREATE TABLE systems (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    environment TEXT NOT NULL,
    site TEXT NOT NULL DEFAULT '',
    current_version TEXT NOT NULL DEFAULT '',
    target_version TEXT NOT NULL DEFAULT '',
    criticality TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    business_processes TEXT NOT NULL DEFAULT '[]',
    peak_usage TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '[]',
    configuration_items TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE dependencies (
    id INTEGER PRIMARY KEY,
    dependent_id INTEGER NOT NULL REFERENCES systems(id),
    dependency_id INTEGER NOT NULL REFERENCES systems(id),
    kind TEXT NOT NULL,
    version_constraint TEXT NOT NULL DEFAULT '',
    mixed_tolerated INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dependencies_dependent ON dependencies(dependent_id);
CREATE INDEX dependencies_dependency ON dependencies(dependency_id);
CREATE TABLE compatibility_rules (
    id INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES systems(id),
    when_version TEXT NOT NULL DEFAULT '',
    required_system_id INTEGER NOT NULL REFERENCES systems(id),
    required_range TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rules_system ON compatibility_rules(system_id);
CREATE INDEX rules_required ON compatibility_rules(required_system_id);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    roles TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    availability TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE windows (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    start_ms INTEGER,
    end_ms INTEGER,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE window_systems (
    window_id INTEGER NOT NULL REFERENCES windows(id),
    system_id INTEGER NOT NULL REFERENCES systems(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (window_id, system_id)
) WITHOUT ROWID;
CREATE INDEX window_systems_system ON window_systems(system_id);
CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    instructions TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL,
    kind TEXT NOT NULL,
    owner_id INTEGER REFERENCES people(id),
    verifier_id INTEGER REFERENCES people(id),
    optimistic REAL NOT NULL DEFAULT 0,
    likely REAL NOT NULL DEFAULT 0,
    pessimistic REAL NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    command TEXT NOT NULL DEFAULT '',
    command_timeout INTEGER NOT NULL DEFAULT 300,
    expected_exit_code INTEGER NOT NULL DEFAULT 0,
    output_pattern TEXT NOT NULL DEFAULT '',
    http_url TEXT NOT NULL DEFAULT '',
    http_method TEXT NOT NULL DEFAULT 'GET',
    http_status INTEGER NOT NULL DEFAULT 200,
    http_body_pattern TEXT NOT NULL DEFAULT '',
    http_timeout INTEGER NOT NULL DEFAULT 30,
    approver_id INTEGER REFERENCES people(id)
);
CREATE TABLE step_systems (
    step_id INTEGER NOT NULL REFERENCES steps(id),
    system_id INTEGER NOT NULL REFERENCES systems(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (step_id, system_id)
) WITHOUT ROWID;
CREATE INDEX step_systems_system ON step_systems(system_id);
CREATE TABLE step_undoes (
    rollback_step_id INTEGER NOT NULL REFERENCES steps(id),
    undone_step_id INTEGER NOT NULL REFERENCES steps(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (rollback_step_id, undone_step_id)
) WITHOUT ROWID;
CREATE INDEX step_undoes_undone ON step_undoes(undone_step_id);
CREATE TABLE step_links (
    id INTEGER PRIMARY KEY,
    predecessor_id INTEGER NOT NULL REFERENCES steps(id),
    successor_id INTEGER NOT NULL REFERENCES steps(id),
    type TEXT NOT NULL,
    lag_minutes REAL NOT NULL DEFAULT 0
);
CREATE INDEX step_links_predecessor ON step_links(predecessor_id);
CREATE INDEX step_links_successor ON step_links(successor_id);
)sql",
    // 2: governance and history: approvals, metrics, the record, runs and the audit log.
    R"sql(
CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    decision TEXT NOT NULL,
    decided_ms INTEGER,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE TABLE metrics (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    source TEXT NOT NULL,
    query TEXT NOT NULL DEFAULT '',
    server_url TEXT NOT NULL DEFAULT '',
    token_variable TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    interval_seconds INTEGER NOT NULL DEFAULT 15,
    is_key INTEGER NOT NULL DEFAULT 0,
    baseline TEXT NOT NULL DEFAULT '{}',
    thresholds TEXT NOT NULL DEFAULT '[]'
);
ALTER TABLE steps ADD COLUMN metric_id INTEGER REFERENCES metrics(id);
ALTER TABLE steps ADD COLUMN metric_condition TEXT NOT NULL DEFAULT '';
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    system_id INTEGER REFERENCES systems(id),
    created_ms INTEGER
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    window_id INTEGER,
    started_ms INTEGER,
    ended_ms INTEGER
);
CREATE TABLE run_events (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    step_id INTEGER,
    type TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    person TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    output TEXT NOT NULL DEFAULT ''
);
CREATE INDEX run_events_run ON run_events(run_id);
CREATE TABLE metric_samples (
    metric_id INTEGER NOT NULL,
    time_ms INTEGER NOT NULL,
    series TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL
);
CREATE INDEX metric_samples_metric_time ON metric_samples(metric_id, time_ms);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    time_ms INTEGER NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    previous_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
-- History is append-only: the file itself refuses to rewrite it.
CREATE TRIGGER run_events_no_update BEFORE UPDATE ON run_events
    BEGIN SELECT RAISE(ABORT, 'run events are append-only'); END;
CREATE TRIGGER run_events_no_delete BEFORE DELETE ON run_events
    BEGIN SELECT RAISE(ABORT, 'run events are append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // 3: which window the plan is scheduled into, and the reserve kept after a rollback.
    R"sql(
ALTER TABLE change ADD COLUMN plan_window_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE change ADD COLUMN rollback_reserve_minutes REAL NOT NULL DEFAULT 15;
)sql",
    // 4: the project's own wording of notices, as JSON keyed by notice kind.
    R"sql(
ALTER TABLE change ADD COLUMN notice_templates TEXT NOT NULL DEFAULT '{}';
)sql",
    // 5: how long each metric's samples are kept.
    R"sql(
ALTER TABLE metrics ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 14;
)sql",
    // 6: which system keychain entry holds a metric's bearer token (never the token itself).
    R"sql(
ALTER TABLE metrics ADD COLUMN token_keychain_key TEXT NOT NULL DEFAULT '';
)sql",
    // 7: a runbook from the window: the step fields the editor sets, environments as people name
    // them, configuration items with values ([name, value, source], a secret only by reference).
    R"sql(
ALTER TABLE steps ADD COLUMN command_environment TEXT NOT NULL DEFAULT '[]';
ALTER TABLE steps ADD COLUMN http_verify_tls INTEGER NOT NULL DEFAULT 1;
ALTER TABLE steps ADD COLUMN criticality TEXT NOT NULL DEFAULT 'by_phase';
ALTER TABLE steps ADD COLUMN reversible INTEGER NOT NULL DEFAULT 1;
ALTER TABLE steps ADD COLUMN rollback_loss TEXT NOT NULL DEFAULT '';
UPDATE systems SET environment = CASE lower(environment)
    WHEN 'production' THEN 'Production' WHEN 'staging' THEN 'Staging' WHEN 'pilot' THEN 'Pilot'
    ELSE environment END;
UPDATE systems SET configuration_items = (
    SELECT json_group_array(json_array(value, '', 'plain'))
    FROM json_each(systems.configuration_items))
    WHERE json_valid(configuration_items) AND configuration_items != '[]';
)sql",
};

} // namespace

int currentVersion()
{
    return int(migrations.size());
}

bool migrate(sql::Database &db, QString *error)
{
    const auto version = db.queryInt("PRAGMA user_version", error);
    if (!version)
        return false;
    for (int next = int(*version) + 1; next <= currentVersion(); ++next) {
        sql::Transaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.beginError();
            return false;
        }
        const std::string setVersion = fmt::format("PRAGMA user_version = {}", next);
        if (!db.exec(migrations[size_t(next - 1)], error) || !db.exec(setVersion.c_str(), error)
            || !transaction.commit(error)) {
            return false;
        }
    }
    return true;
}

} // namespace uw::schema
