-- Parcours schema, step 10: retention and destruction of bilan content (R6313-7) and the prospects' 3 years (CNIL).
-- All three tables are administrative proof or journal: none holds any bilan content.

-- The beneficiary's written consent to keep one kind of content after the end of the bilan (one year at most).
CREATE TABLE retention_consent (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    content TEXT NOT NULL CHECK (length(content) BETWEEN 1 AND 40),
    signed_on {{DATE}} NOT NULL,
    scope TEXT NOT NULL DEFAULT '' CHECK (length(scope) <= 200),
    keep_until {{DATE}} NOT NULL,
    withdrawn_on {{DATE}},
    recorded_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (keep_until > signed_on)
);

CREATE INDEX retention_consent_by_bilan ON retention_consent (bilan_id);

-- A contact with a person (its kind and day, never what was said): the last one starts a prospect's 3 years.
CREATE TABLE client_contact (
    id {{ID}},
    client_id BIGINT NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('session', 'call', 'email')),
    contacted_on {{DATE}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX client_contact_by_client ON client_contact (client_id, contacted_on);

-- The destruction journal: what was destroyed or erased, when and by whom; ids, kinds and counts only, no content
-- and no name. No foreign key: an erased person's entry outlives the person. The same entries are appended to a
-- file beside the database, which every restore re-applies (docs/retention.md).
CREATE TABLE destruction (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 64),
    operation TEXT NOT NULL CHECK (operation IN ('destroy-content', 'erase-client', 'reduce-client')),
    client_id BIGINT NOT NULL,
    client_created_at {{DATETIME}},
    bilan_id BIGINT NOT NULL DEFAULT 0,
    bilan_created_at {{DATETIME}},
    contents TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '',
    done_at {{DATETIME}} NOT NULL,
    done_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX destruction_by_bilan ON destruction (bilan_id);
