-- Parcours schema, step 13: the week's agenda of a large centre (ten years, a million sessions) read from one index.
-- The agenda reads, for each session of the week, its time, bilan, phase, minutes, status and version: with all of
-- them in the index on the start time, SQLite and PostgreSQL answer from the index alone instead of looking up each
-- session's row (issue 10's "week agenda" figure, docs/performance.md). It replaces the index on the start time
-- alone, whose work it does.
DROP INDEX session_by_time;

CREATE INDEX session_by_time ON session (starts_at, bilan_id, phase, planned_minutes, actual_minutes, status, version);
