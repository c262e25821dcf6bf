-- Parcours schema, step 4: the investigation workspace of a bilan (issue 4).
-- Everything here is bilan content (R6313-7): it is destroyed with the rest of the content while the
-- administrative proof (bilan, session, attendance) stays. Nothing in these tables is proof, and no proof table
-- points here. Rows go with their bilan (ON DELETE CASCADE).

-- The free texts on values and motivations: one row per bilan, written once something is typed.
CREATE TABLE investigation_motivation (
    bilan_id BIGINT PRIMARY KEY REFERENCES bilan (id) ON DELETE CASCADE,
    meaning_of_work TEXT NOT NULL DEFAULT '',
    ideal_activity TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE experience (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('job', 'internship', 'training')),
    title TEXT NOT NULL CHECK (length(title) > 0),
    organisation TEXT NOT NULL DEFAULT '',
    start_date {{DATE}},
    end_date {{DATE}},
    activities TEXT NOT NULL DEFAULT '',
    highs TEXT NOT NULL DEFAULT '',
    lows TEXT NOT NULL DEFAULT '',
    change_reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE INDEX experience_by_bilan ON experience (bilan_id);

-- Domains of competences the consultant adds for one bilan, beside the three built-in ones.
CREATE TABLE competence_domain (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (bilan_id, name)
);

CREATE TABLE competence (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (length(label) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('know-how', 'knowledge', 'behaviour')),
    domain TEXT NOT NULL CHECK (domain IN ('relational', 'technical', 'organisational', 'custom')),
    custom_domain_id BIGINT REFERENCES competence_domain (id) ON DELETE RESTRICT,
    transferable {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((domain = 'custom' AND custom_domain_id IS NOT NULL) OR (domain <> 'custom' AND custom_domain_id IS NULL))
);

CREATE INDEX competence_by_bilan ON competence (bilan_id);

-- Which experiences a competence comes from; written with the competence.
CREATE TABLE competence_experience (
    competence_id BIGINT NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
    experience_id BIGINT NOT NULL REFERENCES experience (id) ON DELETE CASCADE,
    PRIMARY KEY (competence_id, experience_id)
);

CREATE INDEX competence_experience_by_experience ON competence_experience (experience_id);

-- Criteria ranked 1, 2, 3… within each zone (the rule lives in core: moves rewrite several ranks in one
-- transaction, so the ranks are not a unique key here).
CREATE TABLE criterion (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (length(label) > 0),
    zone TEXT NOT NULL CHECK (zone IN ('essential', 'negotiable')),
    rank INTEGER NOT NULL CHECK (rank >= 1),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX criterion_by_bilan ON criterion (bilan_id, zone, rank);

CREATE TABLE peer_feedback (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    respondent TEXT NOT NULL CHECK (length(respondent) > 0),
    relation TEXT NOT NULL CHECK (relation IN ('colleague', 'manager', 'team-member', 'client', 'friend', 'family',
                                               'other')),
    received_on {{DATE}},
    relational_style TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    vigilance TEXT NOT NULL DEFAULT '',
    suggested_paths TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX peer_feedback_by_bilan ON peer_feedback (bilan_id);

CREATE TABLE test_result (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    instrument TEXT NOT NULL CHECK (length(instrument) > 0),
    taken_on {{DATE}},
    summary TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX test_result_by_bilan ON test_result (bilan_id);

-- A test's report file: its bytes, checked against their SHA-256 whenever they are read back (20 MB at most).
CREATE TABLE test_report_file (
    test_result_id BIGINT PRIMARY KEY REFERENCES test_result (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (length(file_name) > 0),
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL CHECK (size > 0 AND size <= 20971520),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content {{BLOB}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE career_option (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    description TEXT NOT NULL DEFAULT '',
    desire INTEGER NOT NULL CHECK (desire BETWEEN 1 AND 5),
    feasibility INTEGER NOT NULL CHECK (feasibility BETWEEN 1 AND 5),
    status TEXT NOT NULL DEFAULT 'explored' CHECK (status IN ('explored', 'kept', 'set-aside')),
    plan_b {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (plan_b = {{FALSE}} OR status <> 'set-aside')
);

CREATE INDEX career_option_by_bilan ON career_option (bilan_id);

-- One plan B per bilan at most (the rule is also in core, which moves the mark in one transaction).
CREATE UNIQUE INDEX career_option_one_plan_b ON career_option (bilan_id) WHERE plan_b = {{TRUE}};

-- The favourable and unfavourable aspects of an option, in order; written with the option.
CREATE TABLE career_option_aspect (
    option_id BIGINT NOT NULL REFERENCES career_option (id) ON DELETE CASCADE,
    favourable {{BOOL}} NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    body TEXT NOT NULL CHECK (length(body) > 0),
    PRIMARY KEY (option_id, favourable, position)
);

CREATE TABLE field_inquiry (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    career_option_id BIGINT REFERENCES career_option (id) ON DELETE SET NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    contact_role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    contact_details TEXT NOT NULL DEFAULT '',
    met_on {{DATE}},
    activities TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    qualities TEXT NOT NULL DEFAULT '',
    training_path TEXT NOT NULL DEFAULT '',
    job_market TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (length(contact_name) > 0 OR length(contact_role) > 0)
);

CREATE INDEX field_inquiry_by_bilan ON field_inquiry (bilan_id);

CREATE INDEX field_inquiry_by_option ON field_inquiry (career_option_id);

CREATE TABLE documentary_resource (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    location TEXT NOT NULL DEFAULT '',
    consulted_on {{DATE}},
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX documentary_resource_by_bilan ON documentary_resource (bilan_id);
