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

--changeset sharewell:accounts-4
--comment: Unconfirmed logins expire; a login changes its address from a link sent to the new one; browser sessions are listed and ended one by one; two-step sign-in with an authenticator app and recovery codes, which an organisation may require of its admins and coordinators.
-- An unconfirmed login stops working at this time unless its address is confirmed first. Logins
-- unconfirmed before this change get the full fortnight from now, not an expiry already past.
ALTER TABLE accounts.account ADD COLUMN confirm_by timestamptz;
CALL tenancy.in_each_organisation($work$
    UPDATE accounts.account SET confirm_by = now() + interval '14 days' WHERE email_confirmed_at IS NULL
$work$);

-- A link to change the address carries the new one: it is written nowhere else until confirmed.
ALTER TABLE accounts.emailed_link ADD COLUMN new_email text CHECK (new_email = lower(new_email) AND new_email LIKE '%_@_%');
ALTER TABLE accounts.emailed_link DROP CONSTRAINT emailed_link_purpose_check;
ALTER TABLE accounts.emailed_link ADD CONSTRAINT emailed_link_purpose_check
    CHECK (purpose IN ('CONFIRM_EMAIL', 'CHOOSE_PASSWORD', 'CHANGE_EMAIL'));
ALTER TABLE accounts.emailed_link ADD CONSTRAINT emailed_link_new_email_only_to_change
    CHECK ((purpose = 'CHANGE_EMAIL') = (new_email IS NOT NULL));

CREATE TABLE accounts.browser_session (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL,
    account_id   uuid        NOT NULL,
    device       text        NOT NULL CHECK (length(device) BETWEEN 1 AND 80),
    signed_in_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts.account (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX browser_session_of_account ON accounts.browser_session (tenant_id, account_id);
COMMENT ON TABLE accounts.browser_session IS 'tenant-owned: each signed-in browser session of a login; a session whose row is gone has been ended.';
CALL tenancy.isolate_by_tenant('accounts.browser_session');
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts.browser_session TO sharewell_app;

CREATE TABLE accounts.second_step (
    tenant_id      uuid        NOT NULL,
    account_id     uuid        NOT NULL,
    secret         bytea       NOT NULL CHECK (length(secret) = 20),
    -- Null while being set up: it counts only once a code from the app has been typed back.
    confirmed_at   timestamptz,
    -- The last time step whose code was accepted, so that a code seen over a shoulder cannot be used again.
    last_used_step bigint      NOT NULL DEFAULT 0,
    failures       integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until   timestamptz,
    PRIMARY KEY (tenant_id, account_id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts.account (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE accounts.second_step IS 'tenant-owned: a login''s authenticator app (the TOTP secret it shares) for two-step sign-in.';
CALL tenancy.isolate_by_tenant('accounts.second_step');
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts.second_step TO sharewell_app;

CREATE TABLE accounts.recovery_code (
    tenant_id  uuid  NOT NULL,
    account_id uuid  NOT NULL,
    code_hash  bytea NOT NULL,
    PRIMARY KEY (tenant_id, account_id, code_hash),
    FOREIGN KEY (tenant_id, account_id) REFERENCES accounts.account (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE accounts.recovery_code IS 'tenant-owned: the unused one-time recovery codes of a login with two-step sign-in, as SHA-256 hashes.';
CALL tenancy.isolate_by_tenant('accounts.recovery_code');
GRANT SELECT, INSERT, DELETE ON accounts.recovery_code TO sharewell_app;

CREATE TABLE accounts.sign_in_rule (
    tenant_id                  uuid    NOT NULL PRIMARY KEY,
    second_step_for_key_roles  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE accounts.sign_in_rule IS 'tenant-owned: how the organisation''s logins must sign in: whether admins and coordinators need two-step sign-in.';
CALL tenancy.isolate_by_tenant('accounts.sign_in_rule');
GRANT SELECT, INSERT, UPDATE ON accounts.sign_in_rule TO sharewell_app;
--rollback DROP TABLE accounts.sign_in_rule, accounts.recovery_code, accounts.second_step, accounts.browser_session; ALTER TABLE accounts.emailed_link DROP CONSTRAINT emailed_link_new_email_only_to_change, DROP COLUMN new_email; ALTER TABLE accounts.account DROP COLUMN confirm_by;

--changeset sharewell:accounts-5
--comment: Signing out everywhere deletes the login's listed browser sessions (accounts.browser_session), so the time it was last done is read by nothing.
ALTER TABLE accounts.account DROP COLUMN signed_out_before;
--rollback ALTER TABLE accounts.account ADD COLUMN signed_out_before timestamptz;
