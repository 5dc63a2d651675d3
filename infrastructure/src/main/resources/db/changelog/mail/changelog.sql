--liquibase formatted sql

--changeset sharewell:mail-1
--validCheckSum: 1:any
--comment: The outbox: email queued in the sender's transaction and sent over SMTP by the postman.
CREATE SCHEMA mail;
GRANT USAGE ON SCHEMA mail TO sharewell_app;

CREATE TABLE mail.outbox (
    tenant_id       uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id              uuid        NOT NULL,
    recipient       text        NOT NULL CHECK (length(recipient) <= 254 AND recipient ~ '^[^@\s]+@[^@\s]+$'),
    subject         text        NOT NULL CHECK (length(subject) <= 200 AND subject ~ '\S' AND subject !~ '[\r\n]'),
    body            text        NOT NULL CHECK (length(body) <= 100000 AND body ~ '\S'),
    -- Fixed when queued, so every attempt carries the same Message-ID and receivers can spot a repeat.
    message_id      text        NOT NULL CHECK (message_id ~ '^<[^<>@\s]+@[^<>@\s]+>$'),
    queued_at       timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    sent_at         timestamptz,
    last_problem    text        CHECK (length(last_problem) <= 500),
    PRIMARY KEY (tenant_id, id),
    CHECK (sent_at IS NULL OR attempts >= 1)
);
COMMENT ON TABLE mail.outbox IS
    'tenant-owned: email a tenant''s work has queued, and how its delivery over SMTP is going.';
CALL tenancy.isolate_by_tenant('mail.outbox');
-- What the postman looks for on every round: the tenant's unsent email that is due.
CREATE INDEX outbox_due ON mail.outbox (tenant_id, next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_recent ON mail.outbox (tenant_id, queued_at DESC);
-- No DELETE: no email is lost. Only the delivery columns change once queued; what was queued never does.
GRANT SELECT, INSERT, UPDATE (attempts, next_attempt_at, sent_at, last_problem) ON mail.outbox TO sharewell_app;
--rollback DROP SCHEMA mail CASCADE;

--changeset sharewell:mail-2
--comment: Email is deleted, but only once it is of no more use: sent email after the retention period, and all email to a person whose data is erased.
-- Delivery still loses nothing: the postman never deletes unsent email, and erasure only removes
-- email addressed to someone the organisation has been asked to forget.
CREATE INDEX outbox_sent ON mail.outbox (tenant_id, sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_recipient ON mail.outbox (tenant_id, lower(recipient));
GRANT DELETE ON mail.outbox TO sharewell_app;
--rollback REVOKE DELETE ON mail.outbox FROM sharewell_app; DROP INDEX mail.outbox_recipient; DROP INDEX mail.outbox_sent;
