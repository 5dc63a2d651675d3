--liquibase formatted sql

-- Tables of the timetable module. Each changeset creates its schema objects, row-level security and grants.

--changeset sharewell:timetable-1 splitStatements:false
--comment: The timetable: when each piece of every module's timed work is next due, per organisation, and the one function through which the platform finds what is due across organisations.
--
-- Why one table and one function
-- ------------------------------
-- Timed work (sending an email, deleting old sent email, a licence's expiry notices) used to be
-- found by visiting every organisation in turn, a transaction each, on every round: the platform's
-- idle cost grew with the number of organisations. Here each piece of work owed is one row, so
-- finding what is due is one range scan of entry_due, whatever the number of organisations.
--
-- Rows stay tenant-owned like every other table: a job runs in a transaction bound to the row's
-- tenant and sees only that organisation's rows. The application role cannot see other tenants'
-- entries, so the one crossing is timetable.due_work below, which returns no more than which job is
-- due for what, and for whom, so that the platform can bind that tenant and claim the row under
-- row-level security as usual.
CREATE SCHEMA timetable;
GRANT USAGE ON SCHEMA timetable TO sharewell_app;

CREATE TABLE timetable.entry (
    tenant_id    uuid        NOT NULL REFERENCES tenancy.tenant (id),
    -- The job's name, a constant its module declares, such as 'mail.send'.
    job          text        NOT NULL CHECK (length(job) <= 100 AND job ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
    -- What the work is about (an email, a licence, the organisation itself): the job knows which.
    subject      uuid        NOT NULL,
    due_at       timestamptz NOT NULL,
    -- Failed runs since the work was last scheduled afresh, and why the latest failed, in plain
    -- words, for whoever looks after the platform. A failed run is retried, never dropped.
    failures     integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_problem text        CHECK (length(last_problem) <= 500),
    -- When the work was first owed, to tell how long it has been waiting.
    scheduled_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, job, subject)
);
COMMENT ON TABLE timetable.entry IS
    'tenant-owned: timed work owed to an organisation, one row per job and subject, due at a time; '
    'deleted in the transaction that does the work.';
CALL tenancy.isolate_by_tenant('timetable.entry');
-- What is due now, across all organisations: the start of this index, up to now().
CREATE INDEX entry_due ON timetable.entry (due_at);
-- For timetable.due_work only, which runs as the owner: reading, never writing, every tenant's
-- entries. Only the owner, and the owner is used only for migrations and by that function.
CREATE POLICY due_work_reads_every_tenant ON timetable.entry FOR SELECT TO sharewell_owner USING (true);
GRANT SELECT, INSERT, DELETE, UPDATE (due_at, failures, last_problem) ON timetable.entry TO sharewell_app;

-- The due entries of every organisation, earliest first: who, which job and about what, nothing
-- more, and at most 500 at a time. Due by the database's clock, so a caller cannot look ahead.
-- Owned by sharewell_owner, a fixed search_path so nobody can slip in look-alike objects, EXECUTE
-- only for the application role.
CREATE FUNCTION timetable.due_work(most integer)
    RETURNS TABLE (tenant_id uuid, job text, subject uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT e.tenant_id, e.job, e.subject FROM timetable.entry e
    WHERE e.due_at <= now()
    ORDER BY e.due_at
    LIMIT least(greatest(due_work.most, 1), 500)
$$;
REVOKE EXECUTE ON FUNCTION timetable.due_work(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION timetable.due_work(integer) TO sharewell_app;
--rollback DROP SCHEMA timetable CASCADE;
