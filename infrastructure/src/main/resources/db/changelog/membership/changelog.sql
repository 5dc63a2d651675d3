--liquibase formatted sql

-- Tables of the membership module. Each changeset creates its schema objects, row-level security and grants.

--changeset sharewell:membership-1
--validCheckSum: 1:any
--comment: Member groups of umbrella bodies: invitations, links, consent to share, contacts and onboarding.
--
-- How the two sides of a link see each other
-- -------------------------------------------
-- A link is owned by the umbrella body (tenant_id) and names its member group (member_tenant_id).
-- Everything the member group publishes to its umbrellas (contacts, onboarding, and whatever
-- future modules share) stays in rows the MEMBER owns (tenant_id = member), and each such table
-- adds one extra, read-only policy for the umbrella next to its tenant policy:
--
--   * needing only a live link (names, contacts, the onboarding checklist):
--       CREATE POLICY umbrella_reads_while_linked ON <table> FOR SELECT TO sharewell_app
--           USING (membership.linked_to_current_tenant(tenant_id));
--   * needing the member's consent for one kind of data (POLICY, SURGERIES or SKILLS):
--       CREATE POLICY umbrella_reads_with_consent ON <table> FOR SELECT TO sharewell_app
--           USING (membership.shares_with_current_tenant(tenant_id, 'POLICY'));
--
-- Both functions read the bound tenant themselves, so the umbrella can never name someone else's
-- umbrella, and they answer false the moment the link ends or the member switches the kind off.
-- The policies are for sharewell_app only: the functions run as the owner, and a policy that
-- applied to the owner too would call them again from inside themselves.
--
-- Changes of a link's state never go through plain UPDATEs: the application role may only SELECT
-- and INSERT links. Column grants cannot tell the two sides apart (the same role acts for both),
-- so they could not stop an umbrella from setting member_tenant_id to any tenant it likes, or
-- from reviving a link its member ended. The SECURITY DEFINER functions below are the only ways
-- to accept, decline or end, and each allows exactly one transition, for the side entitled to it.
CREATE SCHEMA membership;
GRANT USAGE ON SCHEMA membership TO sharewell_app;

CREATE TABLE membership.link (
    tenant_id        uuid        NOT NULL REFERENCES tenancy.tenant (id),
    id               uuid        NOT NULL UNIQUE,
    group_name       text        NOT NULL CHECK (length(btrim(group_name)) BETWEEN 2 AND 120),
    invited_email    text        NOT NULL CHECK (invited_email = lower(invited_email) AND invited_email LIKE '%_@_%'),
    token_hash       bytea       NOT NULL UNIQUE,
    invited_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    status           text        NOT NULL DEFAULT 'INVITED' CHECK (status IN ('INVITED', 'ACTIVE', 'DECLINED', 'ENDED')),
    -- The member group's own tenant, known from acceptance (or from a decline made while signed in).
    member_tenant_id uuid        REFERENCES tenancy.tenant (id),
    accepted_at      timestamptz,
    declined_at      timestamptz,
    ended_at         timestamptz,
    ended_by         text        CHECK (ended_by IN ('UMBRELLA', 'MEMBER')),
    PRIMARY KEY (tenant_id, id),
    -- What the member's own rows (sharing) refer to: the link seen from the member's side.
    UNIQUE (member_tenant_id, id),
    CHECK (member_tenant_id <> tenant_id),
    CHECK (status <> 'ACTIVE' OR (member_tenant_id IS NOT NULL AND accepted_at IS NOT NULL AND ended_at IS NULL)),
    CHECK ((status = 'DECLINED') = (declined_at IS NOT NULL)),
    CHECK ((status = 'ENDED') = (ended_at IS NOT NULL AND ended_by IS NOT NULL))
);
COMMENT ON TABLE membership.link IS
    'tenant-owned: an umbrella body''s invitations to local groups and its links with them, kept after they end. '
    'The member group may read the rows that name it; changes go through the membership functions only.';
CALL tenancy.isolate_by_tenant('membership.link');
CREATE POLICY member_reads_its_links ON membership.link FOR SELECT TO sharewell_app
    USING (member_tenant_id = tenancy.current_tenant());
-- A new row can only be an open invitation, from an infrastructure body: it can never claim a member.
CREATE POLICY only_open_invitations_from_umbrellas ON membership.link AS RESTRICTIVE FOR INSERT TO sharewell_app
    WITH CHECK (status = 'INVITED' AND member_tenant_id IS NULL AND accepted_at IS NULL AND declined_at IS NULL
                AND ended_at IS NULL AND ended_by IS NULL
                AND EXISTS (SELECT 1 FROM tenancy.tenant t WHERE t.id = link.tenant_id AND t.kind = 'INFRASTRUCTURE_BODY'));
-- The functions below run as the owner and look across tenants; each decides for itself what it may touch.
CREATE POLICY membership_functions ON membership.link TO sharewell_owner USING (true) WITH CHECK (true);
CREATE UNIQUE INDEX link_one_active_per_pair ON membership.link (tenant_id, member_tenant_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX link_one_open_invitation_per_email ON membership.link (tenant_id, invited_email) WHERE status = 'INVITED';
GRANT SELECT, INSERT ON membership.link TO sharewell_app;

CREATE TABLE membership.sharing (
    tenant_id      uuid        NOT NULL REFERENCES tenancy.tenant (id),
    link_id        uuid        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('POLICY', 'SURGERIES', 'SKILLS')),
    switched_on_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, link_id, kind),
    FOREIGN KEY (tenant_id, link_id) REFERENCES membership.link (member_tenant_id, id)
);
COMMENT ON TABLE membership.sharing IS
    'tenant-owned: which kinds of data a member group lets one of its umbrella bodies see. A row is a switch '
    'that is on; there is none until the member group switches it on, and it is deleted when switched off.';
CALL tenancy.isolate_by_tenant('membership.sharing');
CREATE POLICY only_for_active_links ON membership.sharing AS RESTRICTIVE FOR INSERT TO sharewell_app
    WITH CHECK (EXISTS (SELECT 1 FROM membership.link l
                        WHERE l.member_tenant_id = sharing.tenant_id AND l.id = sharing.link_id AND l.status = 'ACTIVE'));
CREATE POLICY membership_functions ON membership.sharing TO sharewell_owner USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, DELETE ON membership.sharing TO sharewell_app;

CREATE TABLE membership.contact (
    tenant_id uuid NOT NULL REFERENCES tenancy.tenant (id),
    person_id uuid NOT NULL,
    full_name text NOT NULL,
    email     text,
    PRIMARY KEY (tenant_id, person_id)
);
COMMENT ON TABLE membership.contact IS
    'tenant-owned: a member group''s tenant admins as its umbrella bodies see them (name and email), '
    'written by the group''s own work whenever something changes there.';
CALL tenancy.isolate_by_tenant('membership.contact');
GRANT SELECT, INSERT, DELETE ON membership.contact TO sharewell_app;

CREATE TABLE membership.onboarding_step (
    tenant_id uuid        NOT NULL REFERENCES tenancy.tenant (id),
    step      text        NOT NULL CHECK (step IN ('FIRST_ADMIN', 'POLICY_ADOPTED', 'PLATFORMS_CHOSEN', 'FIRST_SURGERY_BOOKED')),
    done_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, step)
);
COMMENT ON TABLE membership.onboarding_step IS
    'tenant-owned: the onboarding steps a member group has done, and since when. Once done, a step stays done.';
CALL tenancy.isolate_by_tenant('membership.onboarding_step');
GRANT SELECT, INSERT ON membership.onboarding_step TO sharewell_app;
--rollback DROP SCHEMA membership CASCADE;

--changeset sharewell:membership-2 splitStatements:false
--validCheckSum: 1:any
--comment: The functions through which umbrella bodies and member groups see and change what they share.
-- Every function: owned by sharewell_owner (Liquibase runs as it), a fixed search_path so nobody can
-- slip in look-alike objects, EXECUTE only for those named.

-- Whether an ACTIVE link joins the member group to the bound tenant as its umbrella body.
CREATE FUNCTION membership.linked_to_current_tenant(member uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM membership.link l
                   WHERE l.tenant_id = tenancy.current_tenant()
                     AND l.member_tenant_id = linked_to_current_tenant.member AND l.status = 'ACTIVE')
$$;

-- Whether the member group shares this kind of data with the bound tenant: an ACTIVE link between
-- them, with that kind switched on by the member. False for every other tenant, and at once when
-- the member switches it off or either side ends the link.
CREATE FUNCTION membership.shares_with_current_tenant(member uuid, kind text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM membership.link l
                   JOIN membership.sharing s ON s.tenant_id = l.member_tenant_id AND s.link_id = l.id
                   WHERE l.tenant_id = tenancy.current_tenant()
                     AND l.member_tenant_id = shares_with_current_tenant.member AND l.status = 'ACTIVE'
                     AND s.kind = shares_with_current_tenant.kind)
$$;

CREATE POLICY umbrella_reads_while_linked ON membership.contact FOR SELECT TO sharewell_app
    USING (membership.linked_to_current_tenant(tenant_id));
CREATE POLICY umbrella_reads_while_linked ON membership.onboarding_step FOR SELECT TO sharewell_app
    USING (membership.linked_to_current_tenant(tenant_id));

-- An open invitation, for whoever holds the link from its email: only what the join page shows.
CREATE FUNCTION membership.open_invitation(token_hash bytea)
    RETURNS TABLE (link_id uuid, umbrella_name text, group_name text, invited_email text, expires_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.id, t.name, l.group_name, l.invited_email, l.expires_at
    FROM membership.link l JOIN tenancy.tenant t ON t.id = l.tenant_id
    WHERE l.token_hash = open_invitation.token_hash AND l.status = 'INVITED' AND l.expires_at > now()
$$;

-- Open invitations sent to the email address of one of the bound tenant's active logins (the
-- accounts table's own row-level security limits the logins to the bound tenant's).
CREATE FUNCTION membership.invitations_to_current_tenant()
    RETURNS TABLE (link_id uuid, umbrella_name text, group_name text, invited_email text, expires_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.id, t.name, l.group_name, l.invited_email, l.expires_at
    FROM membership.link l JOIN tenancy.tenant t ON t.id = l.tenant_id
    WHERE l.status = 'INVITED' AND l.expires_at > now()
      AND l.tenant_id IS DISTINCT FROM tenancy.current_tenant()
      AND l.invited_email IN (SELECT a.email FROM accounts.account a WHERE a.active)
    ORDER BY l.invited_at DESC
$$;

-- The id of the open invitation the caller may answer: named by its token (and, if given, its id),
-- or by its id alone when it was sent to one of the bound tenant's logins. Internal: no EXECUTE grant.
CREATE FUNCTION membership.answerable_invitation(link uuid, token_hash bytea) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.id FROM membership.link l
    WHERE l.status = 'INVITED' AND l.expires_at > now()
      AND ((answerable_invitation.token_hash IS NOT NULL AND l.token_hash = answerable_invitation.token_hash
            AND (answerable_invitation.link IS NULL OR l.id = answerable_invitation.link))
        OR (answerable_invitation.link IS NOT NULL AND l.id = answerable_invitation.link
            AND l.invited_email IN (SELECT a.email FROM accounts.account a WHERE a.active)))
$$;

-- The bound tenant accepts an invitation and becomes the umbrella's member group from now on.
-- Returns nothing when there is no such open invitation for it, or it is the inviter itself.
CREATE FUNCTION membership.accept_invitation(link uuid, token_hash bytea)
    RETURNS TABLE (link_id uuid, umbrella_id uuid)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    UPDATE membership.link l
    SET status = 'ACTIVE', accepted_at = now(),
        member_tenant_id = tenancy.current_tenant()
    WHERE l.id = membership.answerable_invitation(accept_invitation.link, accept_invitation.token_hash)
      AND tenancy.current_tenant() IS NOT NULL
      AND l.tenant_id <> tenancy.current_tenant()
    RETURNING l.id, l.tenant_id
$$;

-- An invitation is declined, by a signed-in tenant (then recorded as the group) or, on the join
-- page, by whoever holds its link.
CREATE FUNCTION membership.decline_invitation(link uuid, token_hash bytea)
    RETURNS TABLE (link_id uuid, umbrella_id uuid, group_name text)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    UPDATE membership.link l
    SET status = 'DECLINED', declined_at = now(),
        member_tenant_id = tenancy.current_tenant()
    WHERE l.id = membership.answerable_invitation(decline_invitation.link, decline_invitation.token_hash)
      AND l.tenant_id IS DISTINCT FROM tenancy.current_tenant()
    RETURNING l.id, l.tenant_id, l.group_name
$$;

-- Either side ends an active link; the umbrella may also withdraw an open invitation. Every
-- sharing switch of the link goes off with it. Returns nothing when the bound tenant may not.
CREATE FUNCTION membership.end_link(link uuid)
    RETURNS TABLE (umbrella uuid, member uuid, side text, was text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    bound  uuid := tenancy.current_tenant();
    ending membership.link;
BEGIN
    SELECT * INTO ending FROM membership.link l
    WHERE l.id = end_link.link
      AND ((l.tenant_id = bound AND l.status IN ('INVITED', 'ACTIVE'))
        OR (l.member_tenant_id = bound AND l.status = 'ACTIVE'))
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    UPDATE membership.link l
    SET status = 'ENDED', ended_at = now(), ended_by = CASE WHEN ending.tenant_id = bound THEN 'UMBRELLA' ELSE 'MEMBER' END
    WHERE l.tenant_id = ending.tenant_id AND l.id = ending.id;
    DELETE FROM membership.sharing s WHERE s.tenant_id = ending.member_tenant_id AND s.link_id = ending.id;
    RETURN QUERY SELECT ending.tenant_id, ending.member_tenant_id,
                        CASE WHEN ending.tenant_id = bound THEN 'UMBRELLA' ELSE 'MEMBER' END, ending.status;
END
$$;

REVOKE EXECUTE ON FUNCTION membership.linked_to_current_tenant(uuid), membership.shares_with_current_tenant(uuid, text),
    membership.open_invitation(bytea), membership.invitations_to_current_tenant(), membership.answerable_invitation(uuid, bytea),
    membership.accept_invitation(uuid, bytea), membership.decline_invitation(uuid, bytea), membership.end_link(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION membership.linked_to_current_tenant(uuid), membership.shares_with_current_tenant(uuid, text),
    membership.open_invitation(bytea), membership.invitations_to_current_tenant(),
    membership.accept_invitation(uuid, bytea), membership.decline_invitation(uuid, bytea), membership.end_link(uuid) TO sharewell_app;
--rollback DROP FUNCTION membership.end_link(uuid), membership.decline_invitation(uuid, bytea), membership.accept_invitation(uuid, bytea),
--rollback     membership.answerable_invitation(uuid, bytea), membership.invitations_to_current_tenant(), membership.open_invitation(bytea),
--rollback     membership.shares_with_current_tenant(uuid, text), membership.linked_to_current_tenant(uuid) CASCADE;

--changeset sharewell:membership-3
--comment: A member reads the links that name it through the same function as every tenant policy.
-- New databases have it already (membership-1 says so); this brings older ones into line.
ALTER POLICY member_reads_its_links ON membership.link
    USING (member_tenant_id = tenancy.current_tenant());
--rollback ALTER POLICY member_reads_its_links ON membership.link USING (member_tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

--changeset sharewell:membership-4 splitStatements:false
--comment: An invitation is shown to, and may be answered by id by, only a login whose address is confirmed: typing an address at sign-up proves nothing.
CREATE OR REPLACE FUNCTION membership.invitations_to_current_tenant()
    RETURNS TABLE (link_id uuid, umbrella_name text, group_name text, invited_email text, expires_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.id, t.name, l.group_name, l.invited_email, l.expires_at
    FROM membership.link l JOIN tenancy.tenant t ON t.id = l.tenant_id
    WHERE l.status = 'INVITED' AND l.expires_at > now()
      AND l.tenant_id IS DISTINCT FROM tenancy.current_tenant()
      AND l.invited_email IN (SELECT a.email FROM accounts.account a WHERE a.active AND a.email_confirmed_at IS NOT NULL)
    ORDER BY l.invited_at DESC
$$;

CREATE OR REPLACE FUNCTION membership.answerable_invitation(link uuid, token_hash bytea) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT l.id FROM membership.link l
    WHERE l.status = 'INVITED' AND l.expires_at > now()
      AND ((answerable_invitation.token_hash IS NOT NULL AND l.token_hash = answerable_invitation.token_hash
            AND (answerable_invitation.link IS NULL OR l.id = answerable_invitation.link))
        OR (answerable_invitation.link IS NOT NULL AND l.id = answerable_invitation.link
            AND l.invited_email IN (SELECT a.email FROM accounts.account a
                                    WHERE a.active AND a.email_confirmed_at IS NOT NULL)))
$$;
--rollback SELECT 1;

--changeset sharewell:membership-5 splitStatements:false
--comment: Whether the bound tenant is an active member group of an umbrella body: for what an umbrella publishes to its member groups (policy templates, and later the library).
-- The reading side of linked_to_current_tenant. Reads the bound tenant itself, so a tenant can only
-- ever ask about its own membership; false at once when either side ends the link.
CREATE FUNCTION membership.current_tenant_is_member_of(umbrella uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM membership.link l
                   WHERE l.tenant_id = current_tenant_is_member_of.umbrella
                     AND l.member_tenant_id = tenancy.current_tenant() AND l.status = 'ACTIVE')
$$;
REVOKE EXECUTE ON FUNCTION membership.current_tenant_is_member_of(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION membership.current_tenant_is_member_of(uuid) TO sharewell_app;
--rollback DROP FUNCTION membership.current_tenant_is_member_of(uuid);

--changeset sharewell:membership-6 splitStatements:false
--comment: Whether another organisation is in the same umbrella family as the bound tenant: for warning a surgery's host of a clash with a surgery of the same umbrella body.
-- True when one is the other's umbrella body, or both are member groups of one umbrella body, by
-- ACTIVE links. It answers yes or no about one named organisation, never lists anyone's members.
CREATE FUNCTION membership.in_umbrella_family_of_current_tenant(other uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM membership.link l
                   WHERE l.status = 'ACTIVE'
                     AND ((l.tenant_id = tenancy.current_tenant() AND l.member_tenant_id = in_umbrella_family_of_current_tenant.other)
                       OR (l.tenant_id = in_umbrella_family_of_current_tenant.other AND l.member_tenant_id = tenancy.current_tenant())))
        OR EXISTS (SELECT 1 FROM membership.link mine JOIN membership.link theirs
                       ON theirs.tenant_id = mine.tenant_id AND theirs.status = 'ACTIVE'
                   WHERE mine.status = 'ACTIVE' AND mine.member_tenant_id = tenancy.current_tenant()
                     AND theirs.member_tenant_id = in_umbrella_family_of_current_tenant.other)
$$;
REVOKE EXECUTE ON FUNCTION membership.in_umbrella_family_of_current_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION membership.in_umbrella_family_of_current_tenant(uuid) TO sharewell_app;
--rollback DROP FUNCTION membership.in_umbrella_family_of_current_tenant(uuid);
