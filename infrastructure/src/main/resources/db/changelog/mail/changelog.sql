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

--changeset sharewell:mail-3 splitStatements:false
--validCheckSum: 1:any
--comment: Email is sent, and old sent email deleted, as timed work on the timetable instead of in rounds of every organisation; entries are made for the work already owed.
-- The timetable now says when each email is next tried (next_attempt_at stays, as its record), so
-- nothing looks for due email here any more.
DROP INDEX mail.outbox_due;
-- Job names as SendEmailJob.NAME and SentEmailRetentionJob.NAME declare them. Each unsent email
-- keeps its next attempt; each organisation with sent email gets a retention run at once, which
-- works out from the platform's keep-sent-for when the next one is due. Outbox rows are visible only
-- with their organisation bound, so the entries are made in each organisation in turn.
CALL tenancy.in_each_organisation($work$
    INSERT INTO timetable.entry (tenant_id, job, subject, due_at, scheduled_at)
    SELECT o.tenant_id, 'mail.send', o.id, o.next_attempt_at, o.queued_at FROM mail.outbox o
    WHERE o.sent_at IS NULL
    ON CONFLICT DO NOTHING;
    INSERT INTO timetable.entry (tenant_id, job, subject, due_at, scheduled_at)
    SELECT tenancy.current_tenant(), 'mail.delete-sent', tenancy.current_tenant(), now(), now()
    WHERE EXISTS (SELECT 1 FROM mail.outbox o WHERE o.sent_at IS NOT NULL)
    ON CONFLICT DO NOTHING
$work$);
--rollback CREATE INDEX outbox_due ON mail.outbox (tenant_id, next_attempt_at) WHERE sent_at IS NULL;

--changeset sharewell:mail-4
--comment: An email may carry an HTML alternative of its text, which mail programs show so that its lines wrap on any screen.
-- Written from the same words as body, so it is erased and kept for as long as body is.
ALTER TABLE mail.outbox ADD COLUMN html_body text CHECK (length(html_body) <= 300000);
--rollback ALTER TABLE mail.outbox DROP COLUMN html_body;

--changeset sharewell:mail-5
--comment: An email may carry one text attachment written by Sharewell, such as a calendar entry (.ics) with a booking's confirmation.
-- Erased and kept for as long as the body is: it is part of the same email.
ALTER TABLE mail.outbox
    ADD COLUMN attachment_name text CHECK (attachment_name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    ADD COLUMN attachment_type text CHECK (length(attachment_type) <= 100),
    ADD COLUMN attachment      text CHECK (length(attachment) <= 1000000),
    ADD CONSTRAINT outbox_attachment_whole
        CHECK ((attachment_name IS NULL) = (attachment IS NULL) AND (attachment_name IS NULL) = (attachment_type IS NULL));
--rollback ALTER TABLE mail.outbox DROP COLUMN attachment_name, DROP COLUMN attachment_type, DROP COLUMN attachment;
