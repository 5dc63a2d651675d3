--liquibase formatted sql

--changeset sharewell:accounts-1
--validCheckSum: 1:any
--comment: Logins and API tokens.
CREATE SCHEMA accounts;
GRANT USAGE ON SCHEMA accounts TO sharewell_app;

CREATE TABLE accounts.account (
    tenant_id     uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id            uuid        NOT NULL,
    email         text        NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    display_name  text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 120),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);
COMMENT ON TABLE accounts.account IS 'tenant-owned: the people who can log in to a tenant.';
CALL tenancy.isolate_by_tenant('accounts.account');
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts.account TO sharewell_app;

CREATE TABLE accounts.api_token (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    account_id uuid        NOT NULL,
    token_hash bytea       NOT NULL UNIQUE,
    label      text        NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 80),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts.account (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE accounts.api_token IS 'tenant-owned: bearer tokens for the REST API, stored as SHA-256 hashes.';
CALL tenancy.isolate_by_tenant('accounts.api_token');
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts.api_token TO sharewell_app;
--rollback DROP SCHEMA accounts CASCADE;

--changeset sharewell:accounts-2
--comment: What a login may do now follows from the person's key roles and level (people module), worked out on every request.
ALTER TABLE accounts.account DROP COLUMN role;
--rollback ALTER TABLE accounts.account ADD COLUMN role text NOT NULL DEFAULT 'MEMBER';

--changeset sharewell:accounts-3
--comment: An email address is proof of nothing until its owner follows a link sent to it; a forgotten password is replaced from such a link too.
-- Logins made before this are unconfirmed: nothing ever proved their addresses. Each can ask for a link.
ALTER TABLE accounts.account ADD COLUMN email_confirmed_at timestamptz;
-- Every browser session signed in before this time is over: set by "sign out everywhere", a new
-- password from an emailed link, and deactivation.
ALTER TABLE accounts.account ADD COLUMN signed_out_before timestamptz;

CREATE TABLE accounts.emailed_link (
    tenant_id  uuid        NOT NULL,
    account_id uuid        NOT NULL,
    purpose    text        NOT NULL CHECK (purpose IN ('CONFIRM_EMAIL', 'CHOOSE_PASSWORD')),
    token_hash bytea       NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, account_id, purpose),
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts.account (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE accounts.emailed_link IS 'tenant-owned: the one open link (as a SHA-256 hash) of each purpose emailed to a login: to confirm its address, or to choose a new password.';
CALL tenancy.isolate_by_tenant('accounts.emailed_link');
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts.emailed_link TO sharewell_app;
--rollback DROP TABLE accounts.emailed_link; ALTER TABLE accounts.account DROP COLUMN email_confirmed_at, DROP COLUMN signed_out_before;
