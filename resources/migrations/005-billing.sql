-- Parcours schema, step 5: billing. Everything here is administrative proof (accounting documents are kept ten
-- years): none of it is bilan content, and the destruction of the content never touches it. Invoices and credit
-- notes carry a copy of what they print (seller, buyer, beneficiary, mentions), so they read the same whatever
-- becomes of the settings or of the beneficiary's record. Amounts are whole cents.

-- Who pays a bilan: the CPF co-payment exemption and the trainee's status for the BPF (frame F-1).
CREATE TABLE funding_plan (
    bilan_id BIGINT PRIMARY KEY REFERENCES bilan (id) ON DELETE CASCADE,
    copayment_exempt {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    trainee_status TEXT CHECK (trainee_status IS NULL
                               OR trainee_status IN ('employee', 'job-seeker', 'individual', 'other')),
    version INTEGER NOT NULL DEFAULT 1
);

-- The funders of a plan, in order: a fixed amount, or a share (basis points) of what the fixed amounts leave.
CREATE TABLE funding_share (
    bilan_id BIGINT NOT NULL REFERENCES funding_plan (bilan_id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    funder TEXT NOT NULL CHECK (funder IN ('cpf', 'employer', 'opco', 'france-travail', 'personal', 'other')),
    name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    fixed_cents BIGINT CHECK (fixed_cents IS NULL OR fixed_cents >= 0),
    basis_points INTEGER NOT NULL DEFAULT 0 CHECK (basis_points BETWEEN 0 AND 10000),
    PRIMARY KEY (bilan_id, position)
);

-- The last number given in each series and financial year. Its row is updated in the transaction that stores the
-- document, which holds it until the commit: numbers without gaps, never twice.
CREATE TABLE billing_counter (
    series TEXT NOT NULL CHECK (series IN ('invoice', 'credit-note')),
    fiscal_year INTEGER NOT NULL,
    last_number INTEGER NOT NULL DEFAULT 0 CHECK (last_number >= 0),
    PRIMARY KEY (series, fiscal_year)
);

-- Invoices and credit notes, as issued: rows are only ever added (no version: never edited, never deleted).
CREATE TABLE invoice (
    id {{ID}},
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit-note')),
    number TEXT NOT NULL UNIQUE,
    fiscal_year INTEGER NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    bilan_id BIGINT NOT NULL REFERENCES bilan (id) ON DELETE RESTRICT,
    corrects_id BIGINT REFERENCES invoice (id) ON DELETE RESTRICT,
    issued_on {{DATE}} NOT NULL,
    due_on {{DATE}},
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    total_cents BIGINT NOT NULL CHECK (total_cents >= 0),
    copayment_cents BIGINT NOT NULL DEFAULT 0 CHECK (copayment_cents >= 0),
    funder TEXT NOT NULL CHECK (funder IN ('cpf', 'employer', 'opco', 'france-travail', 'personal', 'other')),
    buyer_name TEXT NOT NULL,
    buyer_address TEXT NOT NULL DEFAULT '',
    beneficiary TEXT NOT NULL,
    period_start {{DATE}},
    period_end {{DATE}},
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    seller_name TEXT NOT NULL,
    seller_address TEXT NOT NULL,
    seller_siret TEXT NOT NULL,
    seller_declaration TEXT NOT NULL DEFAULT '',
    vat_mention TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT '',
    bank_details TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    created_at {{DATETIME}} NOT NULL,
    UNIQUE (kind, fiscal_year, sequence),
    CHECK ((kind = 'credit-note') = (corrects_id IS NOT NULL))
);

CREATE INDEX invoice_by_bilan ON invoice (bilan_id);
CREATE INDEX invoice_by_correction ON invoice (corrects_id);

-- An issued document is never changed nor deleted: corrections are credit notes.
-- @sqlite
CREATE TRIGGER invoice_never_changes BEFORE UPDATE ON invoice BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is never changed: issue a credit note');
END;

-- @sqlite
CREATE TRIGGER invoice_never_deleted BEFORE DELETE ON invoice BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is never deleted: issue a credit note');
END;

-- @postgresql
CREATE FUNCTION parcours_invoice_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an issued invoice is never changed nor deleted: issue a credit note';
END;
$$;

-- @postgresql
CREATE TRIGGER invoice_is_final BEFORE UPDATE OR DELETE ON invoice
    FOR EACH ROW EXECUTE FUNCTION parcours_invoice_is_final();

-- Payments received against an invoice. A payment recorded by mistake may be removed while its year is open.
CREATE TABLE payment (
    id {{ID}},
    invoice_id BIGINT NOT NULL REFERENCES invoice (id) ON DELETE RESTRICT,
    paid_on {{DATE}} NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    method TEXT NOT NULL CHECK (method IN ('transfer', 'cheque', 'card', 'cash', 'other')),
    reference TEXT NOT NULL DEFAULT '',
    created_at {{DATETIME}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX payment_by_invoice ON payment (invoice_id);

-- Financial years closed by the consultant: no document or payment may be dated in them any more.
CREATE TABLE financial_year_closure (
    fiscal_year INTEGER PRIMARY KEY,
    closed_on {{DATE}} NOT NULL
);
