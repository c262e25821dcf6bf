-- Parcours schema, step 2: the schedule around the sessions.
-- Everything here is administrative proof (how a session went, attendance, CPF declarations) or the consultant's
-- own calendar; none of it is bilan content, which stays in session_note and can be destroyed on its own.

-- How a session went, beyond its status: who cancelled it, the session planned in its place, where it took place,
-- the attendance proof, the personal work declared since the previous session, what was handed over.
-- One row per session: logging again edits it.
CREATE TABLE session_record (
    session_id BIGINT PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('beneficiary', 'consultant')),
    moved_to BIGINT REFERENCES session (id) ON DELETE SET NULL,
    place TEXT CHECK (place IS NULL OR place IN ('office', 'remote')),
    attendance_signed {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    consultant_attested {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    beneficiary_confirmed {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    personal_work_minutes INTEGER NOT NULL DEFAULT 0 CHECK (personal_work_minutes >= 0),
    handed_over TEXT NOT NULL DEFAULT '',
    updated_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX session_record_by_moved_to ON session_record (moved_to);

-- The signed attendance sheet of a remote session, returned as a scan.
CREATE TABLE session_scan (
    session_id BIGINT PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content {{BLOB}} NOT NULL,
    added_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Days the consultant is away: the planner moves sessions off them.
CREATE TABLE consultant_absence (
    id {{ID}},
    first_day {{DATE}} NOT NULL,
    last_day {{DATE}} NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (last_day >= first_day)
);

CREATE INDEX consultant_absence_by_day ON consultant_absence (first_day, last_day);

-- CPF (EDOF) declarations made for a bilan: its entry and its exit.
CREATE TABLE cpf_declaration (
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    step TEXT NOT NULL CHECK (step IN ('entry', 'exit')),
    declared_on {{DATE}} NOT NULL,
    recorded_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (bilan_id, step)
);

-- A random name of this database for the UIDs of exported calendar events: stable across exports, distinct
-- between two databases.
CREATE TABLE calendar_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uid_domain TEXT NOT NULL
);

-- @sqlite
INSERT INTO calendar_identity (id, uid_domain) VALUES (1, lower(hex(randomblob(8))));

-- @postgresql
INSERT INTO calendar_identity (id, uid_domain) VALUES (1, substr(md5(random()::text || clock_timestamp()::text), 1, 16));
