-- Parcours schema, step 7: the end of a bilan and its six-month follow-up.
-- Administrative proof (why a bilan was abandoned, when the follow-up is due, what came of it, the attempts to
-- reach the beneficiary) is kept apart from bilan content (the follow-up's notes), which may be destroyed.

-- Why a bilan was abandoned; the bilan's status and end date say that and when.
CREATE TABLE bilan_abandonment (
    bilan_id BIGINT PRIMARY KEY REFERENCES bilan (id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    version INTEGER NOT NULL DEFAULT 1
);

-- The follow-up of a closed bilan: created when it closes, due six months after its end unless moved.
CREATE TABLE follow_up (
    bilan_id BIGINT PRIMARY KEY REFERENCES bilan (id) ON DELETE CASCADE,
    due_on {{DATE}} NOT NULL,
    due_moved {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('done', 'declined', 'unreachable')),
    outcome_on {{DATE}},
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((outcome IS NULL) = (outcome_on IS NULL))
);

-- The reminders read the follow-ups still to do by due date.
CREATE INDEX follow_up_pending_by_due ON follow_up (due_on) WHERE outcome IS NULL;

-- Bilan content: what the follow-up interview said.
CREATE TABLE follow_up_note (
    bilan_id BIGINT PRIMARY KEY REFERENCES bilan (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Each attempt to reach the beneficiary for the follow-up: when, and how.
CREATE TABLE follow_up_attempt (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    attempted_on {{DATE}} NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'sms')),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX follow_up_attempt_by_bilan ON follow_up_attempt (bilan_id, attempted_on);

-- The reminders read the agreements still awaiting an answer by the day they were sent.
CREATE INDEX agreement_awaiting_by_sent ON agreement (sent_on) WHERE signed_on IS NULL AND refused_on IS NULL;

-- The reminders look for CPF declarations still to make over the CPF-funded bilans only.
CREATE INDEX bilan_cpf_by_status ON bilan (status) WHERE funding = 'cpf';

-- Bilans closed before this step get their follow-up, six months after their end (the last day of the month when
-- that month is shorter, as the application computes it).
-- @sqlite
INSERT INTO follow_up (bilan_id, due_on)
SELECT id, CASE WHEN strftime('%d', date(end_date, '+6 months')) = strftime('%d', end_date)
                THEN date(end_date, '+6 months')
                ELSE date(end_date, '+6 months', 'start of month', '-1 day') END
FROM bilan WHERE status = 'closed' AND end_date IS NOT NULL;

-- @postgresql
INSERT INTO follow_up (bilan_id, due_on)
SELECT id, (end_date + INTERVAL '6 months')::date FROM bilan WHERE status = 'closed' AND end_date IS NOT NULL;
