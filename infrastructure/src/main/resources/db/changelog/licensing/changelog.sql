--liquibase formatted sql

-- Tables of the licensing module. Each changeset creates its schema objects, row-level security and grants.

--changeset sharewell:licensing-1
--validCheckSum: 1:any
--comment: Licences to post: the training each organisation requires, applications, training records, licences and expiry notices.
CREATE SCHEMA licensing;
GRANT USAGE ON SCHEMA licensing TO sharewell_app;

CREATE TABLE licensing.training_item (
    tenant_id   uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id          uuid        NOT NULL,
    sort_order  integer     NOT NULL CHECK (sort_order >= 0),
    title       text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 100),
    description text        NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    -- Taken off the list. Kept, not deleted, so that training already recorded against it keeps its title.
    retired_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
COMMENT ON TABLE licensing.training_item IS 'tenant-owned: the training an organisation requires before it grants a licence to post.';
CALL tenancy.isolate_by_tenant('licensing.training_item');
GRANT SELECT, INSERT, UPDATE (sort_order, title, description, retired_at) ON licensing.training_item TO sharewell_app;

CREATE TABLE licensing.application (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    person_id      uuid        NOT NULL,
    status         text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'GRANTED', 'DECLINED')),
    applied_at     timestamptz NOT NULL,
    decided_at     timestamptz,
    -- The decider's name as it was then, for the page; the audit log keeps who it was.
    decided_by     text,
    decline_reason text        CHECK (length(btrim(decline_reason)) BETWEEN 1 AND 500),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people.person (tenant_id, id),
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK ((decided_at IS NULL) = (decided_by IS NULL)),
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
COMMENT ON TABLE licensing.application IS 'tenant-owned: applications for a licence to post and the decisions on them.';
CALL tenancy.isolate_by_tenant('licensing.application');
-- A person has at most one application waiting for a decision, even when two requests race.
CREATE UNIQUE INDEX application_one_pending ON licensing.application (tenant_id, person_id) WHERE status = 'PENDING';
CREATE INDEX application_by_status ON licensing.application (tenant_id, status, applied_at);
GRANT SELECT, INSERT, UPDATE (status, decided_at, decided_by, decline_reason) ON licensing.application TO sharewell_app;

CREATE TABLE licensing.training_record (
    tenant_id      uuid        NOT NULL,
    application_id uuid        NOT NULL,
    item_id        uuid        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    recorded_by    text        NOT NULL,
    PRIMARY KEY (tenant_id, application_id, item_id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES licensing.application (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES licensing.training_item (tenant_id, id)
);
COMMENT ON TABLE licensing.training_record IS 'tenant-owned: which required training a champion recorded as done for an application.';
CALL tenancy.isolate_by_tenant('licensing.training_record');
GRANT SELECT, INSERT, DELETE ON licensing.training_record TO sharewell_app;

CREATE TABLE licensing.licence (
    tenant_id          uuid        NOT NULL,
    id                 uuid        NOT NULL,
    person_id          uuid        NOT NULL,
    application_id     uuid        NOT NULL,
    granted_at         timestamptz NOT NULL,
    granted_by         text        NOT NULL,
    -- The last day the licence is valid, in the UK; NULL when it does not expire.
    expires_on         date,
    revoked_at         timestamptz,
    revoked_by         text,
    revocation_reason  text        CHECK (length(btrim(revocation_reason)) BETWEEN 1 AND 500),
    -- Set when a later licence for the same person took its place.
    replaced_at        timestamptz,
    -- Set once, when Sharewell announced that it had expired.
    expiry_recorded_at timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, application_id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES people.person (tenant_id, id),
    FOREIGN KEY (tenant_id, application_id) REFERENCES licensing.application (tenant_id, id),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
    CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
COMMENT ON TABLE licensing.licence IS 'tenant-owned: licences to post, granted, revoked or expired.';
CALL tenancy.isolate_by_tenant('licensing.licence');
-- A person's current licence is the one neither revoked nor replaced; there is at most one.
CREATE UNIQUE INDEX licence_one_current ON licensing.licence (tenant_id, person_id)
    WHERE revoked_at IS NULL AND replaced_at IS NULL;
CREATE INDEX licence_expiring ON licensing.licence (tenant_id, expires_on)
    WHERE revoked_at IS NULL AND replaced_at IS NULL;
GRANT SELECT, INSERT, UPDATE (revoked_at, revoked_by, revocation_reason, replaced_at, expiry_recorded_at)
    ON licensing.licence TO sharewell_app;

CREATE TABLE licensing.expiry_notice (
    tenant_id   uuid        NOT NULL,
    licence_id  uuid        NOT NULL,
    -- Which notice: the one due this many days before the licence expires.
    days_before integer     NOT NULL CHECK (days_before > 0),
    queued_at   timestamptz NOT NULL,
    -- The key is what makes each notice go once, even with two platform instances checking at once.
    PRIMARY KEY (tenant_id, licence_id, days_before),
    FOREIGN KEY (tenant_id, licence_id) REFERENCES licensing.licence (tenant_id, id)
);
COMMENT ON TABLE licensing.expiry_notice IS 'tenant-owned: the expiry notices already emailed for each licence.';
CALL tenancy.isolate_by_tenant('licensing.expiry_notice');
GRANT SELECT, INSERT ON licensing.expiry_notice TO sharewell_app;
--rollback DROP SCHEMA licensing CASCADE;

--changeset sharewell:licensing-2 splitStatements:false
--validCheckSum: 1:any
--comment: The default training, written once for both new and existing organisations.
-- The training every new organisation starts with, for the tenant bound to the transaction. One
-- place for the wording: the platform calls it when an organisation registers, and the changeset
-- below for the organisations that were there before licensing.
CREATE FUNCTION licensing.add_default_training() RETURNS void LANGUAGE sql AS $$
    INSERT INTO licensing.training_item (tenant_id, id, sort_order, title, description)
    SELECT tenancy.current_tenant(), gen_random_uuid(), item.sort_order, item.title, item.description
    FROM (VALUES
        (0, 'Read the social media policy',
            'Read your organisation''s social media policy and talk through anything unclear with a champion.'),
        (1, 'Privacy and safeguarding online',
            'What never to share: personal details, photos of children or adults at risk without consent, '
            || 'and how to report a worry.'),
        (2, 'Posting for the organisation: tone and approvals',
            'How to write in the organisation''s voice, what needs approval before it goes out, and how to '
            || 'handle comments and complaints.')
    ) AS item (sort_order, title, description);
$$;
GRANT EXECUTE ON FUNCTION licensing.add_default_training() TO sharewell_app;
--rollback DROP FUNCTION licensing.add_default_training();

--changeset sharewell:licensing-3 splitStatements:false
--validCheckSum: 1:any
--comment: Organisations registered before licensing existed get the default training too.
CALL tenancy.in_each_organisation('SELECT licensing.add_default_training()');
--rollback SELECT 1;

--changeset sharewell:licensing-4
--comment: Who decided, recorded training, granted or revoked is kept by login as well as by name, so that erasing that person can find and remove their name here too.
-- Not a foreign key: a login may be erased while these records, anonymised, remain as history.
ALTER TABLE licensing.application ADD COLUMN decided_by_account uuid;
ALTER TABLE licensing.training_record ADD COLUMN recorded_by_account uuid;
ALTER TABLE licensing.licence ADD COLUMN granted_by_account uuid, ADD COLUMN revoked_by_account uuid;
CREATE INDEX application_decided_by ON licensing.application (tenant_id, decided_by_account);
CREATE INDEX training_record_recorded_by ON licensing.training_record (tenant_id, recorded_by_account);
CREATE INDEX licence_granted_by ON licensing.licence (tenant_id, granted_by_account);
CREATE INDEX licence_revoked_by ON licensing.licence (tenant_id, revoked_by_account);
GRANT UPDATE (decided_by_account) ON licensing.application TO sharewell_app;
GRANT UPDATE (recorded_by, recorded_by_account) ON licensing.training_record TO sharewell_app;
GRANT UPDATE (granted_by, granted_by_account, revoked_by_account) ON licensing.licence TO sharewell_app;
--rollback ALTER TABLE licensing.licence DROP COLUMN revoked_by_account, DROP COLUMN granted_by_account; ALTER TABLE licensing.training_record DROP COLUMN recorded_by_account; ALTER TABLE licensing.application DROP COLUMN decided_by_account;

--changeset sharewell:licensing-5 splitStatements:false
--validCheckSum: 1:any
--comment: A licence's expiry notices and lapse are timed work on the timetable instead of a check of every organisation every hour; entries are made for the licences already granted.
-- Job name as LicenceExpiryJob.NAME declares it. Every current licence with an expiry date whose
-- expiry is not yet recorded is looked at once, at once: the job works out what is owed today (as
-- the hourly check did) and when it is next due. Licences are visible only with their organisation
-- bound, so the entries are made in each organisation in turn.
CALL tenancy.in_each_organisation($work$
    INSERT INTO timetable.entry (tenant_id, job, subject, due_at, scheduled_at)
    SELECT l.tenant_id, 'licensing.expiry', l.id, now(), now() FROM licensing.licence l
    WHERE l.expires_on IS NOT NULL AND l.revoked_at IS NULL AND l.replaced_at IS NULL
      AND l.expiry_recorded_at IS NULL
    ON CONFLICT DO NOTHING
$work$);
--rollback SELECT 1;
