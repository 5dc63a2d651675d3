--liquibase formatted sql

-- Tables of the audit module. Each changeset creates its schema objects, row-level security and grants.

--changeset sharewell:audit-1
--validCheckSum: 1:any
--comment: The audit log: one row per change, written in the same transaction as the change itself.
CREATE SCHEMA audit;
GRANT USAGE ON SCHEMA audit TO sharewell_app;

CREATE TABLE audit.entry (
    tenant_id        uuid        NOT NULL REFERENCES tenancy.tenant (id),
    -- Random rather than a sequence: a shared counter would hint at how busy other tenants are.
    id               uuid        NOT NULL,
    occurred_at      timestamptz NOT NULL,
    -- No foreign key to accounts: an entry must outlive the login that made it, and keeps the
    -- name as it was at the time.
    actor_account_id uuid,
    actor_name       text        NOT NULL CHECK (btrim(actor_name) <> ''),
    -- The AuditArea enum's names. Not an IN list: a new area added in Java must not need a migration.
    area             text        NOT NULL CHECK (area ~ '^[A-Z][A-Z_]{0,39}$'),
    action           text        NOT NULL CHECK (btrim(action) <> ''),
    -- No length limits below: a change must never fail because its description is long.
    subject          text        NOT NULL,
    before_text      text        NOT NULL DEFAULT '',
    after_text       text        NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, id)
);
COMMENT ON TABLE audit.entry IS
    'tenant-owned: the audit log, who changed what and when, with the state before and after. Append-only.';
CALL tenancy.isolate_by_tenant('audit.entry');
-- Newest first is how the log is always read; id breaks ties so paging is stable.
CREATE INDEX entry_newest_first ON audit.entry (tenant_id, occurred_at DESC, id DESC);
-- Append-only: an audit log that could be edited would prove nothing. No UPDATE, DELETE or TRUNCATE.
GRANT SELECT, INSERT ON audit.entry TO sharewell_app;
--rollback DROP SCHEMA audit CASCADE;

--changeset sharewell:audit-2 splitStatements:false
--validCheckSum: 1:any
--comment: Erasure (UK GDPR): a person's name, email and login are replaced in the log, the entries stay.
-- The log stays append-only for the application: it may only run this function, which changes
-- nothing but the erased person's identifying text. SECURITY DEFINER runs it as the table owner,
-- and FORCE ROW LEVEL SECURITY still limits it to the tenant bound to the transaction.
CREATE FUNCTION audit.forget(person_name text, person_email text, account uuid) RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, audit
    AS $$
    WITH forgotten AS (
        UPDATE audit.entry SET
            actor_name = CASE WHEN actor_account_id = account OR actor_name = person_name
                              THEN 'Erased person' ELSE actor_name END,
            actor_account_id = CASE WHEN actor_account_id = account THEN NULL ELSE actor_account_id END,
            subject = replace(replace(subject, person_name, 'Erased person'), coalesce(nullif(person_email, ''), chr(1)), 'erased email'),
            before_text = replace(replace(before_text, person_name, 'Erased person'), coalesce(nullif(person_email, ''), chr(1)), 'erased email'),
            after_text = replace(replace(after_text, person_name, 'Erased person'), coalesce(nullif(person_email, ''), chr(1)), 'erased email')
        WHERE tenant_id = tenancy.current_tenant()
          AND (actor_account_id = account
               OR strpos(actor_name || subject || before_text || after_text, person_name) > 0
               OR (nullif(person_email, '') IS NOT NULL
                   AND strpos(subject || before_text || after_text, person_email) > 0))
        RETURNING 1)
    SELECT count(*)::integer FROM forgotten
    $$;
REVOKE ALL ON FUNCTION audit.forget(text, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit.forget(text, text, uuid) TO sharewell_app;
--rollback DROP FUNCTION audit.forget(text, text, uuid);
