--liquibase formatted sql
-- Tables of the surgeries module: Social Media Surgeries, each occurrence's places, and the bookings
-- that take them. Each changeset creates its schema objects, row-level security and grants.

--changeset sharewell:surgeries-1 splitStatements:false
--comment: Surgeries and their occurrences, read by anyone where the host made them public; bookings made without an account, never more than the places.
CREATE SCHEMA surgeries;
GRANT USAGE ON SCHEMA surgeries TO sharewell_app;

-- A surgery: one-off, or repeating by an iCalendar RRULE from its first day, at local UK times (so a
-- session at 10:00 stays at 10:00 across a change of the clocks).
CREATE TABLE surgeries.surgery (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL,
    title          text        NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
    offers         text        NOT NULL DEFAULT '' CHECK (length(offers) <= 2000),
    venue          text        CHECK (length(btrim(venue)) BETWEEN 2 AND 200),
    postcode       text        CHECK (postcode ~ '^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$'),
    postcode_area  text        GENERATED ALWAYS AS (substring(postcode FROM '^[A-Z]{1,2}')) STORED,
    online_link    text        CHECK (online_link ~ '^https://' AND length(online_link) <= 500),
    accessibility  text        NOT NULL DEFAULT '' CHECK (length(accessibility) <= 2000),
    first_day      date        NOT NULL,
    starts         time        NOT NULL,
    ends           time        NOT NULL CHECK (ends > starts),
    repeats        text        CHECK (length(repeats) BETWEEN 1 AND 300),
    places         integer     NOT NULL CHECK (places BETWEEN 1 AND 500),
    public         boolean     NOT NULL DEFAULT true,
    cut_off_hours  integer     NOT NULL DEFAULT 24 CHECK (cut_off_hours BETWEEN 0 AND 336),
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK ((venue IS NOT NULL AND postcode IS NOT NULL) OR online_link IS NOT NULL)
);
COMMENT ON TABLE surgeries.surgery IS 'tenant-owned: each Social Media Surgery a host runs, one-off or repeating.';
CALL tenancy.isolate_by_tenant('surgeries.surgery');
-- The public page and directory: anyone reads what a host made public, and nothing else of it.
CREATE POLICY read_public ON surgeries.surgery FOR SELECT TO sharewell_app USING (public);
GRANT SELECT, INSERT, UPDATE (title, offers, venue, postcode, online_link, accessibility, places, public, cut_off_hours)
    ON surgeries.surgery TO sharewell_app;

-- One occurrence, with its places and how many are taken: a booking takes places by one guarded
-- UPDATE (taken + n <= places), so no two bookings can both take the last place.
CREATE TABLE surgeries.occurrence (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    surgery_id uuid        NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    places     integer     NOT NULL CHECK (places BETWEEN 1 AND 500),
    taken      integer     NOT NULL DEFAULT 0,
    status     text        NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    sequence   integer     NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, surgery_id, starts_at),
    FOREIGN KEY (tenant_id, surgery_id) REFERENCES surgeries.surgery (tenant_id, id),
    CHECK (ends_at > starts_at),
    CHECK (taken BETWEEN 0 AND places)
);
COMMENT ON TABLE surgeries.occurrence IS 'tenant-owned: each date of a surgery, with its places and how many are taken.';
CALL tenancy.isolate_by_tenant('surgeries.occurrence');
CREATE POLICY read_public ON surgeries.occurrence FOR SELECT TO sharewell_app
    USING (EXISTS (SELECT 1 FROM surgeries.surgery s
                   WHERE s.tenant_id = occurrence.tenant_id AND s.id = occurrence.surgery_id AND s.public));
CREATE INDEX occurrence_upcoming ON surgeries.occurrence (tenant_id, starts_at);
GRANT SELECT, INSERT, UPDATE (taken, status, sequence, starts_at, ends_at, places) ON surgeries.occurrence TO sharewell_app;

-- A booking, made without an account. Its link (to see or cancel it) is kept only as a hash. The
-- request key makes a form sent twice one booking. Only the host reads bookings: bookers never see
-- each other's details.
CREATE TABLE surgeries.booking (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL,
    occurrence_id   uuid        NOT NULL,
    series_id       uuid,
    request_key     text        NOT NULL CHECK (length(request_key) BETWEEN 8 AND 100),
    name            text        NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    email           text        NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    group_name      text        NOT NULL CHECK (length(btrim(group_name)) BETWEEN 2 AND 200),
    group_kind      text        NOT NULL CHECK (group_kind IN ('VOLUNTARY_GROUP', 'CHARITY', 'COMMUNITY_INTEREST', 'CLUB')),
    needs           text[]      NOT NULL CHECK (cardinality(needs) <= 12),
    need_note       text        NOT NULL DEFAULT '' CHECK (length(need_note) <= 1000),
    help            text        NOT NULL CHECK (help IN ('A_LITTLE', 'SOME', 'A_LOT')),
    places          integer     NOT NULL CHECK (places BETWEEN 1 AND 2),
    status          text        NOT NULL DEFAULT 'CONFIRMED' CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    token_hash      bytea       UNIQUE,
    link_expires_at timestamptz NOT NULL,
    booked_at       timestamptz NOT NULL,
    cancelled_at    timestamptz,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, request_key, occurrence_id),
    FOREIGN KEY (tenant_id, occurrence_id) REFERENCES surgeries.occurrence (tenant_id, id),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
COMMENT ON TABLE surgeries.booking IS 'tenant-owned: each booking of places at an occurrence, made without an account.';
CALL tenancy.isolate_by_tenant('surgeries.booking');
GRANT SELECT, INSERT, UPDATE (status, token_hash, cancelled_at) ON surgeries.booking TO sharewell_app;
--rollback DROP SCHEMA surgeries CASCADE;

--changeset sharewell:surgeries-2 splitStatements:false
--comment: A booker's personal data can be erased: their name, email and note give way, the places and dates stay counted.
GRANT UPDATE (name, email, need_note) ON surgeries.booking TO sharewell_app;
--rollback REVOKE UPDATE (name, email, need_note) ON surgeries.booking FROM sharewell_app;

--changeset sharewell:surgeries-3 splitStatements:false
--comment: Bookings the host approves (holding their places until decided or expired), reminders, changing one date, and a waiting list per date whose offers hold places too.
ALTER TABLE surgeries.surgery
    ADD COLUMN needs_approval boolean   NOT NULL DEFAULT false,
    ADD COLUMN hold_hours     integer   NOT NULL DEFAULT 48 CHECK (hold_hours BETWEEN 1 AND 336),
    ADD COLUMN offer_hours    integer   NOT NULL DEFAULT 48 CHECK (offer_hours BETWEEN 1 AND 336),
    ADD COLUMN reminder_hours integer[] NOT NULL DEFAULT '{48,2}'
        CHECK (cardinality(reminder_hours) <= 4 AND 1 <= ALL (reminder_hours) AND 336 >= ALL (reminder_hours));
GRANT UPDATE (needs_approval, hold_hours, offer_hours, reminder_hours) ON surgeries.surgery TO sharewell_app;

-- The smallest number of hours before the start for which reminders went out: each reminder is sent
-- once, by the job that records this in the same transaction as it queues the emails.
ALTER TABLE surgeries.occurrence ADD COLUMN reminded_hours integer CHECK (reminded_hours >= 0);
GRANT UPDATE (reminded_hours) ON surgeries.occurrence TO sharewell_app;

-- A request awaiting the host holds its places (they are counted in taken) until hold_expires_at.
ALTER TABLE surgeries.booking DROP CONSTRAINT booking_status_check;
ALTER TABLE surgeries.booking
    ADD CONSTRAINT booking_status_check CHECK (status IN ('REQUESTED', 'CONFIRMED', 'DECLINED', 'EXPIRED', 'CANCELLED')),
    ADD COLUMN hold_expires_at timestamptz,
    ADD COLUMN decided_at      timestamptz,
    ADD CONSTRAINT booking_request_holds CHECK (status <> 'REQUESTED' OR hold_expires_at IS NOT NULL);
GRANT UPDATE (places, hold_expires_at, decided_at) ON surgeries.booking TO sharewell_app;
CREATE INDEX booking_email ON surgeries.booking (tenant_id, email);

-- The waiting list of a full date. An offer holds its places (counted in the occurrence's taken)
-- until it is claimed, declined or passes on; one active entry per email address.
CREATE TABLE surgeries.waiting (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL,
    occurrence_id    uuid        NOT NULL,
    name             text        NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    email            text        NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    group_name       text        NOT NULL CHECK (length(btrim(group_name)) BETWEEN 2 AND 200),
    group_kind       text        NOT NULL CHECK (group_kind IN ('VOLUNTARY_GROUP', 'CHARITY', 'COMMUNITY_INTEREST', 'CLUB')),
    needs            text[]      NOT NULL CHECK (cardinality(needs) <= 12),
    need_note        text        NOT NULL DEFAULT '' CHECK (length(need_note) <= 1000),
    help             text        NOT NULL CHECK (help IN ('A_LITTLE', 'SOME', 'A_LOT')),
    places           integer     NOT NULL CHECK (places BETWEEN 1 AND 2),
    status           text        NOT NULL DEFAULT 'WAITING'
                                 CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'LEFT', 'PASSED')),
    token_hash       bytea       UNIQUE,
    joined_at        timestamptz NOT NULL,
    offer_expires_at timestamptz,
    position_told    integer,
    told_free_at     timestamptz,
    left_at          timestamptz,
    booking_id       uuid,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, occurrence_id) REFERENCES surgeries.occurrence (tenant_id, id),
    FOREIGN KEY (tenant_id, booking_id) REFERENCES surgeries.booking (tenant_id, id),
    CHECK ((status = 'OFFERED') = (offer_expires_at IS NOT NULL))
);
COMMENT ON TABLE surgeries.waiting IS 'tenant-owned: the waiting list of each full surgery date, and the offers of freed places.';
CALL tenancy.isolate_by_tenant('surgeries.waiting');
CREATE UNIQUE INDEX waiting_once_per_email ON surgeries.waiting (tenant_id, occurrence_id, email)
    WHERE status IN ('WAITING', 'OFFERED');
CREATE INDEX waiting_in_line ON surgeries.waiting (tenant_id, occurrence_id, joined_at) WHERE status IN ('WAITING', 'OFFERED');
CREATE INDEX waiting_email ON surgeries.waiting (tenant_id, email);
GRANT SELECT, INSERT, UPDATE (status, token_hash, offer_expires_at, position_told, told_free_at, left_at, booking_id,
    name, email, need_note) ON surgeries.waiting TO sharewell_app;
--rollback DROP TABLE surgeries.waiting; ALTER TABLE surgeries.booking DROP COLUMN hold_expires_at, DROP COLUMN decided_at; ALTER TABLE surgeries.occurrence DROP COLUMN reminded_hours; ALTER TABLE surgeries.surgery DROP COLUMN needs_approval, DROP COLUMN hold_hours, DROP COLUMN offer_hours, DROP COLUMN reminder_hours;

--changeset sharewell:surgeries-4 splitStatements:false
--comment: A member group's use of surgeries, seen by its umbrella body only while the group shares it (SURGERIES), and whether the group's people have booked a surgery anywhere (its onboarding step).
-- The surgeries it hosts, and their dates, with consent; never its bookings, which are its bookers' data.
CREATE POLICY umbrella_reads_with_consent ON surgeries.surgery FOR SELECT TO sharewell_app
    USING (membership.shares_with_current_tenant(tenant_id, 'SURGERIES'));
CREATE POLICY umbrella_reads_with_consent ON surgeries.occurrence FOR SELECT TO sharewell_app
    USING (membership.shares_with_current_tenant(tenant_id, 'SURGERIES'));

-- The two functions below run as the owner and look at bookings of every host, and at the people of
-- one organisation, so the owner may read those rows; each function decides what it may tell, and
-- tells only counts, never who booked where.
CREATE POLICY surgeries_functions ON surgeries.booking FOR SELECT TO sharewell_owner USING (true);
CREATE POLICY surgeries_functions ON people.person FOR SELECT TO sharewell_owner USING (true);
CREATE INDEX booking_by_email ON surgeries.booking (email) WHERE status = 'CONFIRMED';

-- Places booked, at any host, with the email addresses of a member group's people: for the group itself,
-- or for an umbrella body the group shares its use of surgeries with; nothing for anyone else.
CREATE FUNCTION surgeries.places_booked_by_people_of(member uuid)
    RETURNS TABLE (places bigint, last_booked_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(sum(b.places), 0), max(b.booked_at)
    FROM surgeries.booking b
    WHERE b.status = 'CONFIRMED'
      AND (places_booked_by_people_of.member = tenancy.current_tenant()
           OR membership.shares_with_current_tenant(places_booked_by_people_of.member, 'SURGERIES'))
      AND b.email IN (SELECT p.email FROM people.person p
                      WHERE p.tenant_id = places_booked_by_people_of.member AND p.email IS NOT NULL)
$$;
REVOKE EXECUTE ON FUNCTION surgeries.places_booked_by_people_of(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION surgeries.places_booked_by_people_of(uuid) TO sharewell_app;
--rollback DROP FUNCTION surgeries.places_booked_by_people_of(uuid); DROP INDEX surgeries.booking_by_email; DROP POLICY surgeries_functions ON people.person; DROP POLICY surgeries_functions ON surgeries.booking; DROP POLICY umbrella_reads_with_consent ON surgeries.occurrence; DROP POLICY umbrella_reads_with_consent ON surgeries.surgery;

--changeset sharewell:surgeries-5 splitStatements:false
--comment: Surgeons, as far as part 1 needs them: who comes to which dates, and each one's calendar feed behind a token they can renew or stop from their own emailed link.
CREATE TABLE surgeries.surgeon (
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL,
    name              text        NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    email             text        NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    -- The feed's address is a secret, kept only as a hash; null while the surgeon has stopped it.
    feed_token_hash   bytea       UNIQUE,
    -- The surgeon's own link, emailed to them, to renew or stop the feed without an account.
    manage_token_hash bytea       UNIQUE,
    added_at          timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);
COMMENT ON TABLE surgeries.surgeon IS 'tenant-owned: the volunteers who help at a host''s surgeries, and their calendar feeds.';
CALL tenancy.isolate_by_tenant('surgeries.surgeon');
GRANT SELECT, INSERT, UPDATE (name, email, feed_token_hash, manage_token_hash) ON surgeries.surgeon TO sharewell_app;

CREATE TABLE surgeries.surgeon_date (
    tenant_id     uuid NOT NULL,
    surgeon_id    uuid NOT NULL,
    occurrence_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, surgeon_id, occurrence_id),
    FOREIGN KEY (tenant_id, surgeon_id) REFERENCES surgeries.surgeon (tenant_id, id),
    FOREIGN KEY (tenant_id, occurrence_id) REFERENCES surgeries.occurrence (tenant_id, id)
);
COMMENT ON TABLE surgeries.surgeon_date IS 'tenant-owned: which dates each surgeon comes to.';
CALL tenancy.isolate_by_tenant('surgeries.surgeon_date');
GRANT SELECT, INSERT, DELETE ON surgeries.surgeon_date TO sharewell_app;
--rollback DROP TABLE surgeries.surgeon_date; DROP TABLE surgeries.surgeon;
