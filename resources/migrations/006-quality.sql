-- Parcours schema, step 6: what a Qualiopi auditor asks for. Satisfaction questionnaires (versioned: editing the
-- questions makes a new version, and answers keep the version they answered), the answers' scores (anonymous
-- administrative proof) apart from the free comments (bilan content, destroyable with the rest), the complaints
-- and incidents register (indicator 31) and the improvement-actions log (indicator 32).

-- One version of a questionnaire. Never updated: a change of wording is the next number.
CREATE TABLE evaluation_questionnaire (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('end', 'six-months')),
    number INTEGER NOT NULL CHECK (number > 0),
    created_at {{DATETIME}},
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kind, number)
);

CREATE TABLE evaluation_question (
    questionnaire_id BIGINT NOT NULL REFERENCES evaluation_questionnaire (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_key TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(text) > 0),
    PRIMARY KEY (questionnaire_id, question_key)
);

-- The answers of one bilan's beneficiary to one questionnaire version; one set per bilan and kind.
CREATE TABLE evaluation (
    id {{ID}},
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('end', 'six-months')),
    questionnaire_id BIGINT NOT NULL REFERENCES evaluation_questionnaire (id) ON DELETE RESTRICT,
    answered_on {{DATE}} NOT NULL,
    recorded_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (bilan_id, kind)
);

CREATE TABLE evaluation_score (
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    question_key TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (evaluation_id, question_key)
);

-- Bilan content: what the beneficiary wrote in their own words.
CREATE TABLE evaluation_comment (
    evaluation_id BIGINT PRIMARY KEY REFERENCES evaluation (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE quality_register_entry (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'incident')),
    received_on {{DATE}} NOT NULL,
    from_whom TEXT NOT NULL CHECK (length(from_whom) > 0),
    nature TEXT NOT NULL CHECK (length(nature) > 0),
    handling TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    closed_on {{DATE}},
    created_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX quality_register_entry_by_date ON quality_register_entry (received_on);

CREATE TABLE improvement_action (
    id {{ID}},
    raised_on {{DATE}} NOT NULL,
    source TEXT NOT NULL CHECK (length(source) > 0),
    action TEXT NOT NULL CHECK (length(action) > 0),
    owner TEXT NOT NULL CHECK (length(owner) > 0),
    due_on {{DATE}},
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    created_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX improvement_action_by_date ON improvement_action (raised_on);

-- The quality dashboard picks bilans by start or end date and sums the minutes of their sessions done.
CREATE INDEX bilan_by_start ON bilan (start_date);

CREATE INDEX bilan_by_end ON bilan (end_date);

CREATE INDEX session_minutes_by_bilan ON session (bilan_id, status, actual_minutes, planned_minutes);

-- Version 1 of both questionnaires, in our own words (the consultant may reword them: that makes version 2).
INSERT INTO evaluation_questionnaire (kind, number) VALUES ('end', 1);

INSERT INTO evaluation_questionnaire (kind, number) VALUES ('six-months', 1);

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 1, 'q1', 'L''accompagnement a répondu à ce que vous attendiez en commençant le bilan.'
FROM evaluation_questionnaire WHERE kind = 'end' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 2, 'q2', 'Les entretiens vous ont aidé à mieux connaître vos compétences et vos motivations.'
FROM evaluation_questionnaire WHERE kind = 'end' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 3, 'q3', 'Les outils et les exercices proposés étaient utiles et adaptés à votre situation.'
FROM evaluation_questionnaire WHERE kind = 'end' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 4, 'q4', 'Votre consultante ou consultant a été disponible et à votre écoute.'
FROM evaluation_questionnaire WHERE kind = 'end' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 5, 'q5', 'Le document de synthèse rend fidèlement compte de votre parcours et de votre projet.'
FROM evaluation_questionnaire WHERE kind = 'end' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 6, 'q6', 'Vous repartez avec un projet clair et des étapes concrètes pour le mener.'
FROM evaluation_questionnaire WHERE kind = 'end' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 1, 'q1', 'Le projet construit pendant le bilan reste pertinent pour vous aujourd''hui.'
FROM evaluation_questionnaire WHERE kind = 'six-months' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 2, 'q2', 'Vous avez engagé les étapes prévues dans votre plan d''action.'
FROM evaluation_questionnaire WHERE kind = 'six-months' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 3, 'q3', 'Ce que vous avez découvert sur vous pendant le bilan vous sert encore.'
FROM evaluation_questionnaire WHERE kind = 'six-months' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 4, 'q4', 'Votre situation professionnelle évolue dans le sens que vous souhaitiez.'
FROM evaluation_questionnaire WHERE kind = 'six-months' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 5, 'q5', 'Le bilan vous a donné confiance pour conduire vous-même votre parcours.'
FROM evaluation_questionnaire WHERE kind = 'six-months' AND number = 1;

INSERT INTO evaluation_question (questionnaire_id, position, question_key, text)
SELECT id, 6, 'q6', 'Vous recommanderiez ce bilan à une personne de votre entourage.'
FROM evaluation_questionnaire WHERE kind = 'six-months' AND number = 1;
