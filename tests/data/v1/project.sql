-- A project file as format version 1 wrote it (before approvals, metrics, runs and the audit
-- log existed). Frozen: it stands for files users already have; never regenerate it from code.
PRAGMA application_id = 1431781937;
PRAGMA user_version = 1;

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

INSERT INTO change VALUES (1, 'Patch the web tier', 'Close a TLS library vulnerability.',
    'security_fix', 'high', 'medium', 'phased', 'nginx 1.22', 'nginx 1.24', 'Europe/Berlin');
INSERT INTO systems VALUES (1, 'web-1', 'server', 'production', 'DC1', '1.22.1', '1.24.0', 'high',
    'Web team', '["storefront"]', 'evenings', '[["cpu","4"]]', '["nginx.conf"]', '');
INSERT INTO systems VALUES (2, 'openssl', 'middleware', 'production', 'DC1', '3.0.11', '3.0.13',
    'critical', 'Web team', '[]', '', '[]', '[]', 'shared library');
INSERT INTO dependencies VALUES (1, 1, 2, 'runtime', '>=3.0', 0, '');
INSERT INTO people VALUES (1, 'Robin Ops', 'executor,verifier', 'robin@example.org', '[]');
INSERT INTO windows VALUES (1, 'Tuesday early', 'maintenance', 1796526000000, 1796533200000,
    'Europe/Berlin', '');
INSERT INTO window_systems VALUES (1, 1, 0);
INSERT INTO steps (id, title, phase, kind, owner_id, optimistic, likely, pessimistic, position)
    VALUES (1, 'Drain web-1', 'prepare', 'manual', 1, 2, 5, 10, 1);
INSERT INTO steps (id, title, phase, kind, owner_id, optimistic, likely, pessimistic, position,
    command) VALUES (2, 'Install nginx 1.24', 'execute', 'command', 1, 5, 8, 20, 2,
    'apt-get install -y nginx');
INSERT INTO step_systems VALUES (2, 1, 0);
INSERT INTO step_links VALUES (1, 1, 2, 'fs', 0);
