--liquibase formatted sql
-- Tables of the publishing module: versioned Markdown documents, published to an audience and adopted
-- by other organisations (policy templates now; the library's sheets and the platform catalogue later).
-- Each changeset creates its schema objects, row-level security and grants.

--changeset sharewell:publishing-1 splitStatements:false
--comment: Documents, their immutable versions, the publisher's draft, each organisation's placeholder answers and its decisions on upstream changes.
CREATE SCHEMA publishing;
GRANT USAGE ON SCHEMA publishing TO sharewell_app;

-- A document belongs to its publisher. One adopted from another organisation's names it (the source)
-- and the source's version that its text last took in: the base of the next three-way merge.
CREATE TABLE publishing.document (
    tenant_id          uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id                 uuid        NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('POLICY')),
    audience           text        NOT NULL CHECK (audience IN ('EVERY_ORGANISATION', 'MEMBER_GROUPS', 'OWN_ORGANISATION')),
    title              text        NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
    latest_version     integer     CHECK (latest_version >= 1),
    source_tenant_id   uuid,
    source_document_id uuid,
    source_version     integer,
    created_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (num_nulls(source_tenant_id, source_document_id, source_version) IN (0, 3)),
    CHECK (source_tenant_id IS DISTINCT FROM tenant_id)
);
COMMENT ON TABLE publishing.document IS
    'tenant-owned: the publisher''s documents. Once published, read by their audience through the read_by_* policies.';
CALL tenancy.isolate_by_tenant('publishing.document');
-- Only the operator publishes to every organisation; an umbrella body to its member groups.
CREATE POLICY only_the_operator_publishes_to_everyone ON publishing.document AS RESTRICTIVE FOR INSERT TO sharewell_app
    WITH CHECK (audience <> 'EVERY_ORGANISATION' OR tenancy.current_tenant_is_operator());
CREATE POLICY only_the_operator_changes_to_everyone ON publishing.document AS RESTRICTIVE FOR UPDATE TO sharewell_app
    USING (true) WITH CHECK (audience <> 'EVERY_ORGANISATION' OR tenancy.current_tenant_is_operator());
-- One policy for each audience; a draft never published is read by nobody else.
CREATE POLICY read_by_every_organisation ON publishing.document FOR SELECT TO sharewell_app
    USING (audience = 'EVERY_ORGANISATION' AND latest_version IS NOT NULL);
CREATE POLICY read_by_member_groups ON publishing.document FOR SELECT TO sharewell_app
    USING (audience = 'MEMBER_GROUPS' AND latest_version IS NOT NULL AND membership.current_tenant_is_member_of(tenant_id));
-- An umbrella body sees the policies of the member groups that share POLICY with it (their status).
CREATE POLICY umbrella_reads_shared_policies ON publishing.document FOR SELECT TO sharewell_app
    USING (kind = 'POLICY' AND membership.shares_with_current_tenant(tenant_id, 'POLICY'));
GRANT SELECT, INSERT, UPDATE (title, audience, latest_version, source_version) ON publishing.document TO sharewell_app;

-- A published version: never changed or deleted (the application role may only add one). The body
-- keeps the placeholders, for merging; the filled text is what readers read, with the answers of the day.
CREATE TABLE publishing.version (
    tenant_id      uuid        NOT NULL,
    document_id    uuid        NOT NULL,
    number         integer     NOT NULL CHECK (number >= 1),
    title          text        NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
    body           text        NOT NULL CHECK (length(body) <= 200000),
    filled         text        NOT NULL CHECK (length(filled) <= 400000),
    change         text        NOT NULL CHECK (change IN ('MINOR', 'SUBSTANTIVE')),
    summary        text        NOT NULL CHECK (length(btrim(summary)) BETWEEN 1 AND 500),
    published_by   text        NOT NULL,
    published_at   timestamptz NOT NULL DEFAULT now(),
    source_version integer,
    PRIMARY KEY (tenant_id, document_id, number),
    FOREIGN KEY (tenant_id, document_id) REFERENCES publishing.document (tenant_id, id)
);
COMMENT ON TABLE publishing.version IS
    'tenant-owned: published versions, immutable. Read by whoever may read their document (readable_with_its_document).';
CALL tenancy.isolate_by_tenant('publishing.version');
-- The subquery runs under the document's own policies, so a version is readable exactly where its
-- document is: one rule, never a second copy of the audiences to keep in step.
CREATE POLICY readable_with_its_document ON publishing.version FOR SELECT TO sharewell_app
    USING (EXISTS (SELECT 1 FROM publishing.document d WHERE d.tenant_id = version.tenant_id AND d.id = version.document_id));
GRANT SELECT, INSERT ON publishing.version TO sharewell_app;

-- The text being worked on before the next version: the publisher's alone.
CREATE TABLE publishing.draft (
    tenant_id   uuid        NOT NULL,
    document_id uuid        NOT NULL,
    title       text        NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
    body        text        NOT NULL CHECK (length(body) <= 200000),
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, document_id),
    FOREIGN KEY (tenant_id, document_id) REFERENCES publishing.document (tenant_id, id)
);
COMMENT ON TABLE publishing.draft IS 'tenant-owned: the working text of each document.';
CALL tenancy.isolate_by_tenant('publishing.draft');
GRANT SELECT, INSERT, UPDATE, DELETE ON publishing.draft TO sharewell_app;

-- An organisation's answers to placeholders ({{communications_contact}} and so on): one set for all
-- its documents, kept apart from their text so that filling them in never causes a merge conflict.
CREATE TABLE publishing.answer (
    tenant_id   uuid        NOT NULL REFERENCES tenancy.tenant (id),
    placeholder text        NOT NULL CHECK (placeholder ~ '^[a-z][a-z_]{1,40}$'),
    value       text        NOT NULL CHECK (length(btrim(value)) BETWEEN 1 AND 500),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, placeholder)
);
COMMENT ON TABLE publishing.answer IS 'tenant-owned: what each placeholder stands for in this organisation''s documents.';
CALL tenancy.isolate_by_tenant('publishing.answer');
GRANT SELECT, INSERT, UPDATE, DELETE ON publishing.answer TO sharewell_app;

-- What an adopter decided about each change of an upstream version: taken as it was, taken with its
-- own edits, or declined with a reason (so the document is up to date without it).
CREATE TABLE publishing.upstream_decision (
    tenant_id        uuid        NOT NULL,
    document_id      uuid        NOT NULL,
    upstream_version integer     NOT NULL,
    change_number    integer     NOT NULL CHECK (change_number >= 1),
    decision         text        NOT NULL CHECK (decision IN ('TAKEN', 'EDITED', 'DECLINED')),
    upstream_text    text        NOT NULL CHECK (length(upstream_text) <= 200000),
    reason           text        CHECK (length(btrim(reason)) BETWEEN 3 AND 1000),
    decided_by       text        NOT NULL,
    decided_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, document_id, upstream_version, change_number),
    FOREIGN KEY (tenant_id, document_id) REFERENCES publishing.document (tenant_id, id),
    CHECK (decision <> 'DECLINED' OR reason IS NOT NULL)
);
COMMENT ON TABLE publishing.upstream_decision IS
    'tenant-owned: each upstream change taken, edited or declined (with the reason). Read by umbrella bodies the group shares POLICY with.';
CALL tenancy.isolate_by_tenant('publishing.upstream_decision');
CREATE POLICY umbrella_reads_shared_decisions ON publishing.upstream_decision FOR SELECT TO sharewell_app
    USING (membership.shares_with_current_tenant(tenant_id, 'POLICY'));
GRANT SELECT, INSERT ON publishing.upstream_decision TO sharewell_app;
--rollback DROP SCHEMA publishing CASCADE;
