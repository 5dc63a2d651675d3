--liquibase formatted sql
-- Tables of the posting module ("can I post this?"): the check requests people send to their
-- organisation's communications contact, and the answers. Each changeset creates its schema objects,
-- row-level security and grants.

--changeset sharewell:posting-1 splitStatements:false
--comment: Check requests: a draft post sent to the communications contact by the guide, answered signed in or by a single-use emailed link.
CREATE SCHEMA posting;
GRANT USAGE ON SCHEMA posting TO sharewell_app;

-- One draft post someone asked about. The guide's policy version and the answers given to its
-- questions are kept, so the request says which version of the policy sent it. The contact's link
-- is kept only as a hash and emptied once the request is answered, so it works once.
CREATE TABLE posting.check_request (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    document_id     uuid        NOT NULL,
    version         integer     NOT NULL,
    path            text        NOT NULL CHECK (path ~ '^[0-9]{1,2}(\.[0-9]{1,2}){0,19}$'),
    kind            text        NOT NULL CHECK (length(btrim(kind)) BETWEEN 1 AND 200),
    draft           text        NOT NULL CHECK (length(btrim(draft)) BETWEEN 1 AND 5000),
    platform        text        NOT NULL CHECK (length(btrim(platform)) BETWEEN 1 AND 100),
    account         text        NOT NULL CHECK (length(btrim(account)) BETWEEN 1 AND 200),
    deadline        date        NOT NULL,
    requester_id    uuid        NOT NULL,
    requester_name  text        NOT NULL,
    requester_email text        NOT NULL,
    contact_name    text        NOT NULL,
    contact_email   text        NOT NULL,
    token_hash      bytea       UNIQUE,
    link_expires_at timestamptz,
    asked_at        timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'ASKED' CHECK (status IN ('ASKED', 'APPROVED', 'CHANGES_ASKED', 'DECLINED')),
    note            text        CHECK (length(btrim(note)) BETWEEN 1 AND 2000),
    answered_by     text,
    answered_at     timestamptz,
    search          tsvector    GENERATED ALWAYS AS (to_tsvector('english',
                        draft || ' ' || platform || ' ' || account || ' ' || kind || ' ' || requester_name || ' '
                        || coalesce(note, ''))) STORED,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, document_id, version) REFERENCES publishing.version (tenant_id, document_id, number),
    CHECK ((status = 'ASKED') = (answered_at IS NULL)),
    CHECK ((answered_at IS NULL) = (answered_by IS NULL)),
    CHECK (status = 'ASKED' OR note IS NOT NULL)
);
COMMENT ON TABLE posting.check_request IS 'tenant-owned: each draft post sent to the communications contact, and its answer.';
CALL tenancy.isolate_by_tenant('posting.check_request');
CREATE INDEX check_request_search ON posting.check_request USING gin (search);
CREATE INDEX check_request_asked ON posting.check_request (tenant_id, asked_at DESC);
GRANT SELECT, INSERT, UPDATE (token_hash, link_expires_at, status, note, answered_by, answered_at)
    ON posting.check_request TO sharewell_app;
--rollback DROP SCHEMA posting CASCADE;
