-- Parcours schema, step 11: reserved for the audit log, written on another branch (011-audit.sql). This
-- placeholder keeps the steps in sequence on the issue7f branch only: delete it when merging 011-audit.sql.
SELECT 1;
