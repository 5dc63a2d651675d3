--liquibase formatted sql

--changeset sharewell:people-1
--validCheckSum: 1:any
--comment: The people of each organisation, their levels of trust and key roles, and invitations to log in.
CREATE SCHEMA people;
GRANT USAGE ON SCHEMA people TO sharewell_app;

CREATE TABLE people.person (
    tenant_id            uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id                   uuid        NOT NULL,
    full_name            text        NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 120),
    email                text        CHECK (email = lower(email) AND email LIKE '%_@_%'),
    kind                 text        NOT NULL CHECK (kind IN ('STAFF', 'TRUSTEE', 'VOLUNTEER', 'MEMBER')),
    volunteer_term       text        CHECK (volunteer_term IN ('LONG_SERVING', 'SHORT_TERM')),
    volunteering_ends_on date,
    level                text        NOT NULL DEFAULT 'EVERYONE'
                                     CHECK (level IN ('EVERYONE', 'LICENSED_POSTER', 'ACCOUNT_MANAGER')),
    account_id           uuid,
    active               boolean     NOT NULL DEFAULT true,
    erased_at            timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email),
    UNIQUE (tenant_id, account_id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts.account (tenant_id, id),
    -- Only volunteers have a term, and only short-term volunteers an end date.
    CHECK ((kind = 'VOLUNTEER') = (volunteer_term IS NOT NULL)),
    CHECK ((volunteer_term IS NOT DISTINCT FROM 'SHORT_TERM') = (volunteering_ends_on IS NOT NULL))
);
COMMENT ON TABLE people.person IS 'tenant-owned: staff, trustees, volunteers and members of one organisation.';
CALL tenancy.isolate_by_tenant('people.person');
GRANT SELECT, INSERT, UPDATE ON people.person TO sharewell_app;

CREATE TABLE people.key_role (
    tenant_id  uuid        NOT NULL,
    person_id  uuid        NOT NULL,
    role       text        NOT NULL CHECK (role IN ('CHAMPION', 'ACCOUNT_COORDINATOR', 'TECHNICAL_SUPPORT', 'TENANT_ADMIN')),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, person_id, role),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people.person (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE people.key_role IS 'tenant-owned: the key roles each person holds (a person may hold several).';
CALL tenancy.isolate_by_tenant('people.key_role');
GRANT SELECT, INSERT, DELETE ON people.key_role TO sharewell_app;

CREATE TABLE people.invitation (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL,
    person_id   uuid        NOT NULL,
    token_hash  bytea       NOT NULL UNIQUE,
    invited_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people.person (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE people.invitation IS 'tenant-owned: invitations to create a login, stored as SHA-256 hashes of their links.';
CALL tenancy.isolate_by_tenant('people.invitation');
GRANT SELECT, INSERT, UPDATE, DELETE ON people.invitation TO sharewell_app;
--rollback DROP SCHEMA people CASCADE;
