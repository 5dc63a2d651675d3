--liquibase formatted sql
-- Tables of the policies module: who is asked to read each version of a policy, and who has.
-- Each changeset creates its schema objects, row-level security and grants.

--changeset sharewell:policies-1 splitStatements:false
--comment: Acknowledgements: each person asked to read a substantive version of a policy, by a single-use emailed link or signed in.
CREATE SCHEMA policies;
GRANT USAGE ON SCHEMA policies TO sharewell_app;

-- Which kinds of people a policy applies to; a policy with no row applies to staff, trustees and volunteers.
CREATE TABLE policies.readers (
    tenant_id   uuid   NOT NULL,
    document_id uuid   NOT NULL,
    kinds       text[] NOT NULL CHECK (cardinality(kinds) BETWEEN 1 AND 4
                                       AND kinds <@ ARRAY['STAFF', 'TRUSTEE', 'VOLUNTEER', 'MEMBER']),
    PRIMARY KEY (tenant_id, document_id),
    FOREIGN KEY (tenant_id, document_id) REFERENCES publishing.document (tenant_id, id)
);
COMMENT ON TABLE policies.readers IS 'tenant-owned: the kinds of people each policy applies to.';
CALL tenancy.isolate_by_tenant('policies.readers');
GRANT SELECT, INSERT, UPDATE, DELETE ON policies.readers TO sharewell_app;

-- One person asked to read one version. The emailed link's token is kept only as a hash, replaced by
-- each reminder's new link and emptied once used, so a link works once and only the newest works.
CREATE TABLE policies.acknowledgement (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    document_id     uuid        NOT NULL,
    version         integer     NOT NULL,
    person_id       uuid        NOT NULL,
    person_name     text        NOT NULL,
    title           text        NOT NULL,
    person_kind     text        NOT NULL CHECK (person_kind IN ('STAFF', 'TRUSTEE', 'VOLUNTEER', 'MEMBER')),
    email           text,
    token_hash      bytea       UNIQUE,
    link_expires_at timestamptz,
    asked_at        timestamptz NOT NULL,
    due_on          date        NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text,
    reminders       integer     NOT NULL DEFAULT 0 CHECK (reminders >= 0),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, document_id, version, person_id),
    FOREIGN KEY (tenant_id, document_id, version) REFERENCES publishing.version (tenant_id, document_id, number),
    CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
COMMENT ON TABLE policies.acknowledgement IS 'tenant-owned: who was asked to read each version of a policy, and when they did.';
CALL tenancy.isolate_by_tenant('policies.acknowledgement');
GRANT SELECT, INSERT, UPDATE (token_hash, link_expires_at, acknowledged_at, acknowledged_by, reminders)
    ON policies.acknowledgement TO sharewell_app;
--rollback DROP SCHEMA policies CASCADE;

--changeset sharewell:policies-2 splitStatements:false
--comment: Reviews: each policy's review period and next review date, and every "reviewed, no change" with who, when and a note.
CREATE TABLE policies.review (
    tenant_id     uuid    NOT NULL,
    document_id   uuid    NOT NULL,
    period_months integer NOT NULL DEFAULT 12 CHECK (period_months BETWEEN 1 AND 36),
    due_on        date    NOT NULL,
    PRIMARY KEY (tenant_id, document_id),
    FOREIGN KEY (tenant_id, document_id) REFERENCES publishing.document (tenant_id, id)
);
COMMENT ON TABLE policies.review IS 'tenant-owned: when each policy is next due for review.';
CALL tenancy.isolate_by_tenant('policies.review');
GRANT SELECT, INSERT, UPDATE ON policies.review TO sharewell_app;

CREATE TABLE policies.reviewed (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    document_id uuid        NOT NULL,
    version     integer     NOT NULL,
    reviewed_by text        NOT NULL,
    reviewed_at timestamptz NOT NULL,
    note        text        NOT NULL CHECK (length(btrim(note)) BETWEEN 3 AND 1000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, document_id) REFERENCES publishing.document (tenant_id, id)
);
COMMENT ON TABLE policies.reviewed IS 'tenant-owned: each review that found nothing to change, kept for good.';
CALL tenancy.isolate_by_tenant('policies.reviewed');
GRANT SELECT, INSERT ON policies.reviewed TO sharewell_app;
--rollback DROP TABLE policies.reviewed; DROP TABLE policies.review;

--changeset sharewell:policies-3 splitStatements:false
--comment: An umbrella body sees, for each member group that shares its policy with it, when the policy is next reviewed and who has read it: what sharing POLICY says it shares ("Social media policy and who has acknowledged it").
CREATE POLICY umbrella_reads_shared_policies ON policies.review FOR SELECT TO sharewell_app
    USING (membership.shares_with_current_tenant(tenant_id, 'POLICY'));
CREATE POLICY umbrella_reads_shared_policies ON policies.acknowledgement FOR SELECT TO sharewell_app
    USING (membership.shares_with_current_tenant(tenant_id, 'POLICY'));
--rollback DROP POLICY umbrella_reads_shared_policies ON policies.acknowledgement; DROP POLICY umbrella_reads_shared_policies ON policies.review;
