-- Parcours schema, step 12: the disclosure log (R6313-7, RGPD). The synthèse or the test results go to a third party
-- (the CEP operator, the employer, a funder) only under the beneficiary's written consent, and each sending is
-- recorded. Both tables are administrative proof: who, what, when; never any content.

-- The beneficiary's written consent to send some results of the bilan to one named third party.
CREATE TABLE disclosure_consent (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('cep', 'employer', 'funder', 'other')),
    recipient_name TEXT NOT NULL CHECK (length(recipient_name) BETWEEN 1 AND 200),
    what TEXT NOT NULL CHECK (what IN ('synthesis', 'test-results', 'synthesis,test-results')),
    signed_on {{DATE}} NOT NULL,
    withdrawn_on {{DATE}},
    recorded_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= signed_on)
);

CREATE INDEX disclosure_consent_by_bilan ON disclosure_consent (bilan_id);

-- One sending made under a consent: what, when, by whom, and the name of the file sent.
CREATE TABLE disclosure (
    id {{ID}},
    consent_id BIGINT NOT NULL REFERENCES disclosure_consent (id) ON DELETE CASCADE,
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    what TEXT NOT NULL CHECK (what IN ('synthesis', 'test-results')),
    sent_at {{DATETIME}} NOT NULL,
    sent_by TEXT NOT NULL DEFAULT '' CHECK (length(sent_by) <= 200),
    file_name TEXT NOT NULL DEFAULT '' CHECK (length(file_name) <= 255),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX disclosure_by_bilan ON disclosure (bilan_id);
