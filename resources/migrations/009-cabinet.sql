-- Parcours schema, step 9: a cabinet on one shared PostgreSQL database.
-- Every beneficiary has an owner: the PostgreSQL login of the consultant who follows them. The row-level security
-- that `parcours-cli cabinet init` installs compares it with the connected role, so that a consultant reads and
-- writes only their own beneficiaries and everything under them. It defaults to current_user rather than
-- session_user: an administrator who works "SET ROLE alice" creates Alice's records, and the policies compare
-- with current_user too. Rows that exist before this step belong to whoever runs it (the administrator), until
-- `parcours-cli cabinet reassign` gives them to a consultant. A solo SQLite database has no owners: NULL.

-- @postgresql
ALTER TABLE client ADD COLUMN consultant TEXT NOT NULL DEFAULT current_user;

-- @sqlite
ALTER TABLE client ADD COLUMN consultant TEXT;

-- The policies look beneficiaries up by owner, and `cabinet list` counts them.
-- @postgresql
CREATE INDEX client_by_consultant ON client (consultant, id);

-- The cabinet's consultants as people know them: the login is the PostgreSQL role, the name is for lists.
-- @postgresql
CREATE TABLE cabinet_consultant (
    login TEXT PRIMARY KEY CHECK (length(login) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    manager BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1
);
