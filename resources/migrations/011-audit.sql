-- Parcours schema, step 11: the audit log (issue 7, protection): who read bilan content, exported, printed, deleted,
-- destroyed or restored which record, and when. Ids only: no name, no note, no content. Each entry carries the hash
-- of the one before it, so an edited, removed or moved entry is found by `parcours-cli audit verify`
-- (docs/protection.md).

-- One entry: `seq` follows the last one without a gap, `done_at` is UTC ("YYYY-MM-DDTHH:MM:SSZ"), `what` a fixed
-- key written by Parcours ("synthesis", "backup"…), `bilan_id` the bilan the record belongs to (0 when none), so
-- that the entries about a bilan are found even once its sessions are gone. No foreign key: an entry outlives
-- what it names.
CREATE TABLE audit_entry (
    seq BIGINT PRIMARY KEY,
    done_at TEXT NOT NULL CHECK (length(done_at) = 20),
    who TEXT NOT NULL DEFAULT '' CHECK (length(who) <= 200),
    operation TEXT NOT NULL CHECK (operation IN ('read-content', 'export', 'print', 'delete', 'destroy', 'restore',
        'purge')),
    record_kind TEXT NOT NULL CHECK (record_kind IN ('none', 'client', 'bilan', 'session', 'journal')),
    record_id BIGINT NOT NULL DEFAULT 0,
    bilan_id BIGINT NOT NULL DEFAULT 0,
    what TEXT NOT NULL DEFAULT '' CHECK (length(what) <= 40),
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL CHECK (length(hash) = 64)
);

CREATE INDEX audit_entry_by_bilan ON audit_entry (bilan_id, seq);

CREATE INDEX audit_entry_by_time ON audit_entry (done_at);

-- One row: where the chain starts (the last entry purged: seq, hash, its time, when the purge ran) and where it
-- ends (the last entry written), so that removing the newest entries is found too.
CREATE TABLE audit_anchor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL DEFAULT 0,
    hash TEXT NOT NULL DEFAULT '',
    last_at TEXT NOT NULL DEFAULT '',
    purged_at TEXT NOT NULL DEFAULT '',
    head_seq BIGINT NOT NULL DEFAULT 0,
    head_hash TEXT NOT NULL DEFAULT ''
);

INSERT INTO audit_anchor (id) VALUES (1);

-- Append-only: an entry is never changed; it is deleted only once the anchor has moved past it (the purge).
-- @sqlite
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- @sqlite
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
WHEN OLD.seq > (SELECT seq FROM audit_anchor WHERE id = 1) BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- @sqlite
CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry
WHEN NEW.seq <> (SELECT head_seq + 1 FROM audit_anchor WHERE id = 1)
    OR NEW.prev_hash <> (SELECT head_hash FROM audit_anchor WHERE id = 1) BEGIN
    SELECT RAISE(ABORT, 'an audit entry must follow the last one');
END;

-- @sqlite
CREATE TRIGGER audit_entry_head AFTER INSERT ON audit_entry BEGIN
    UPDATE audit_anchor SET head_seq = NEW.seq, head_hash = NEW.hash WHERE id = 1;
END;

-- @sqlite
CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor
WHEN NEW.seq < OLD.seq OR NEW.head_seq < OLD.head_seq OR NEW.id <> OLD.id BEGIN
    SELECT RAISE(ABORT, 'the audit anchor only moves forward');
END;

-- @sqlite
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor BEGIN
    SELECT RAISE(ABORT, 'the audit anchor cannot be deleted');
END;

-- PostgreSQL: the same rules in trigger functions. They run as the tables' owner (SECURITY DEFINER), so that a
-- consultant of a cabinet, who may only INSERT and SELECT entries, moves the head without any right on the anchor.
-- @postgresql
CREATE FUNCTION parcours_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.seq <= (SELECT seq FROM audit_anchor WHERE id = 1) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END $$;

-- @postgresql
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION parcours_audit_guard();

-- @postgresql
CREATE FUNCTION parcours_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    head RECORD;
BEGIN
    SELECT head_seq, head_hash INTO head FROM audit_anchor WHERE id = 1;
    IF NEW.seq <> head.head_seq + 1 OR NEW.prev_hash <> head.head_hash THEN
        RAISE EXCEPTION 'an audit entry must follow the last one';
    END IF;
    UPDATE audit_anchor SET head_seq = NEW.seq, head_hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END $$;

-- @postgresql
CREATE TRIGGER audit_entry_chain BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION parcours_audit_chain();

-- @postgresql
CREATE FUNCTION parcours_audit_anchor_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.seq < OLD.seq OR NEW.head_seq < OLD.head_seq OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION 'the audit anchor only moves forward';
    END IF;
    RETURN NEW;
END $$;

-- @postgresql
CREATE TRIGGER audit_anchor_forward BEFORE UPDATE OR DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION parcours_audit_anchor_guard();

-- The purge (PostgreSQL): entries done before `cutoff` go, the anchor moving to the last of them first. It runs
-- as the owner so that any consultant's start-up may purge; the cutoff is never later than twelve months ago by
-- the server's clock, so nobody can purge recent entries through it. Returns the number of entries purged.
-- @postgresql
CREATE FUNCTION parcours_audit_purge(cutoff TEXT, purged_at TEXT) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    anchor RECORD;
    limit_at TEXT := LEAST(cutoff, to_char((now() AT TIME ZONE 'UTC') - interval '12 months', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    last_seq BIGINT;
    tail_entry RECORD;
    gone BIGINT;
BEGIN
    SELECT * INTO anchor FROM audit_anchor WHERE id = 1 FOR UPDATE;
    SELECT COALESCE((SELECT min(seq) FROM audit_entry WHERE done_at >= limit_at) - 1, anchor.head_seq) INTO last_seq;
    IF last_seq <= anchor.seq THEN
        RETURN 0;
    END IF;
    SELECT seq, hash, done_at INTO tail_entry FROM audit_entry WHERE seq = last_seq;
    UPDATE audit_anchor SET seq = tail_entry.seq, hash = tail_entry.hash, last_at = tail_entry.done_at, purged_at = parcours_audit_purge.purged_at
        WHERE id = 1;
    DELETE FROM audit_entry WHERE seq <= last_seq;
    GET DIAGNOSTICS gone = ROW_COUNT;
    RETURN gone;
END $$;
