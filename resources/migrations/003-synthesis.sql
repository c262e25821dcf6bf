-- Parcours schema, step 3: the synthèse (bilan content), its templates, the agreement and the handover receipt
-- (administrative proof), and binary settings (the letterhead's logo).

-- Bilan content: each version of a bilan's synthèse, from draft to final. Destroyed with the rest of the content.
CREATE TABLE synthesis_version (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'final')),
    created_at {{DATETIME}} NOT NULL,
    submitted_at {{DATETIME}},
    finalized_at {{DATETIME}},
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (bilan_id, number),
    CHECK (status <> 'final' OR finalized_at IS NOT NULL)
);

-- The sections of a version, in order; body is the restricted rich text (RichText::toJson), never HTML.
CREATE TABLE synthesis_section (
    id {{ID}},
    version_id BIGINT NOT NULL REFERENCES synthesis_version (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 40),
    title TEXT NOT NULL DEFAULT '',
    hidden {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    body TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (version_id, key)
);

-- The action plan's table: one row per step.
CREATE TABLE synthesis_action (
    id {{ID}},
    version_id BIGINT NOT NULL REFERENCES synthesis_version (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    horizon TEXT NOT NULL CHECK (horizon IN ('short', 'medium', 'long')),
    step TEXT NOT NULL CHECK (length(step) > 0),
    contact TEXT NOT NULL DEFAULT '',
    target_date {{DATE}},
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX synthesis_action_by_version ON synthesis_action (version_id, position);

-- The consultant's own sets of sections (no beneficiary's text: only keys, titles and what is hidden).
CREATE TABLE synthesis_template (
    id {{ID}},
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    is_default {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE synthesis_template_section (
    template_id BIGINT NOT NULL REFERENCES synthesis_template (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    hidden {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (template_id, key)
);

-- Administrative proof: the tripartite agreement (R6313-8) of a bilan, its terms and dates. Kept when the
-- content is destroyed.
CREATE TABLE agreement (
    bilan_id BIGINT PRIMARY KEY REFERENCES bilan (id) ON DELETE RESTRICT,
    sent_on {{DATE}},
    signed_on {{DATE}},
    refused_on {{DATE}},
    employer TEXT NOT NULL DEFAULT '',
    price_cents BIGINT CHECK (price_cents IS NULL OR price_cents >= 0),
    payment_terms TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (signed_on IS NULL OR refused_on IS NULL)
);

-- Administrative proof: the beneficiary signed for the synthèse (which final version, its date); no content.
CREATE TABLE handover_receipt (
    bilan_id BIGINT PRIMARY KEY REFERENCES bilan (id) ON DELETE RESTRICT,
    synthesis_number INTEGER NOT NULL,
    synthesis_date {{DATE}} NOT NULL,
    signed_on {{DATE}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Settings that are files (the letterhead's logo).
CREATE TABLE setting_blob (
    key TEXT PRIMARY KEY,
    data {{BLOB}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
