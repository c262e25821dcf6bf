-- Parcours schema, step 1: beneficiaries, bilans, sessions, settings.
-- Administrative proof (who, when, how long) and bilan content (what was said) live in separate tables,
-- so the content can be destroyed at the end of the bilan (R6313-7) while the proof is kept.
-- Tokens {{ID}}, {{DATE}}, {{DATETIME}} are expanded per backend by SqlDialect.

CREATE TABLE client (
    id {{ID}},
    last_name TEXT NOT NULL CHECK (length(last_name) > 0),
    first_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    birth_date {{DATE}},
    search_text TEXT NOT NULL DEFAULT '',
    created_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX client_by_name ON client (last_name, first_name);

CREATE TABLE bilan (
    id {{ID}},
    client_id BIGINT NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'abandoned')),
    funding TEXT NOT NULL CHECK (funding IN ('cpf', 'employer', 'france-travail', 'personal')),
    start_date {{DATE}},
    end_date {{DATE}},
    budget_intake INTEGER NOT NULL DEFAULT 60 CHECK (budget_intake >= 0),
    budget_preliminary INTEGER NOT NULL DEFAULT 180 CHECK (budget_preliminary >= 0),
    budget_investigation INTEGER NOT NULL DEFAULT 1020 CHECK (budget_investigation >= 0),
    budget_conclusion INTEGER NOT NULL DEFAULT 240 CHECK (budget_conclusion >= 0),
    budget_follow_up INTEGER NOT NULL DEFAULT 60 CHECK (budget_follow_up >= 0),
    created_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (budget_preliminary + budget_investigation + budget_conclusion <= 1440),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE INDEX bilan_by_client ON bilan (client_id);

-- One open bilan per client at a time; older ones stay for the follow-up and the records.
CREATE UNIQUE INDEX bilan_one_open_per_client ON bilan (client_id) WHERE status = 'open';

CREATE TABLE session (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE RESTRICT,
    phase TEXT NOT NULL CHECK (phase IN ('intake', 'preliminary', 'investigation', 'conclusion', 'follow-up')),
    starts_at {{DATETIME}} NOT NULL,
    planned_minutes INTEGER NOT NULL CHECK (planned_minutes > 0),
    actual_minutes INTEGER CHECK (actual_minutes IS NULL OR actual_minutes >= 0),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled', 'no-show')),
    created_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX session_by_bilan ON session (bilan_id, starts_at);

CREATE INDEX session_by_time ON session (starts_at);

-- Bilan content: what was said in a session.
CREATE TABLE session_note (
    session_id BIGINT PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    updated_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
