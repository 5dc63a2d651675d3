--liquibase formatted sql

--changeset sharewell:tenancy-1
--comment: The tenant registry and each tenant's branding.
CREATE SCHEMA tenancy;
GRANT USAGE ON SCHEMA tenancy TO sharewell_app;

CREATE TABLE tenancy.tenant (
    id         uuid        NOT NULL PRIMARY KEY,
    slug       text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 120),
    kind       text        NOT NULL CHECK (kind IN ('INFRASTRUCTURE_BODY', 'LOCAL_GROUP')),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE tenancy.tenant IS
    'platform-wide: the tenant registry. Every tenant''s slug, name and kind are public (they appear in '
    'web addresses), so all rows are readable; a row may be updated only while its own tenant is bound.';
ALTER TABLE tenancy.tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY platform_wide_read ON tenancy.tenant FOR SELECT USING (true);
CREATE POLICY platform_wide_register ON tenancy.tenant FOR INSERT
    WITH CHECK (true);
CREATE POLICY own_tenant_update ON tenancy.tenant FOR UPDATE
    USING (id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE (name) ON tenancy.tenant TO sharewell_app;

CREATE TABLE tenancy.branding (
    tenant_id         uuid        NOT NULL PRIMARY KEY REFERENCES tenancy.tenant (id),
    primary_colour    text        CHECK (primary_colour ~ '^#[0-9a-f]{6}$'),
    logo              bytea       CHECK (octet_length(logo) <= 524288),
    logo_content_type text        CHECK (logo_content_type IN ('image/png', 'image/jpeg')),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((logo IS NULL) = (logo_content_type IS NULL))
);
COMMENT ON TABLE tenancy.branding IS 'tenant-owned: the logo and colour a tenant''s pages show.';
ALTER TABLE tenancy.branding ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.branding FORCE ROW LEVEL SECURITY;
-- The tenant policy every tenant-owned table repeats. NULLIF because a custom setting that was
-- never set in this transaction reads back as '' and ''::uuid would fail; NULL never equals a
-- tenant_id, so with no tenant bound no row is visible and no write passes (failing closed).
CREATE POLICY tenant_isolation ON tenancy.branding
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON tenancy.branding TO sharewell_app;
--rollback DROP SCHEMA tenancy CASCADE;

--changeset sharewell:tenancy-2 splitStatements:false
--comment: One SQL function for the tenant bound to the transaction, and the one way a new table is isolated by it.
-- Every tenant-owned table's policy compares tenant_id with this function rather than spelling
-- the setting out again. It is written so that PostgreSQL inlines it (LANGUAGE sql, STABLE, one
-- SELECT, neither SECURITY DEFINER nor SET): the planner then sees the same expression as before,
-- compares the tenant index with it, and runs no function call per row. A policy calling a function
-- it cannot inline (plpgsql, SECURITY DEFINER) is evaluated as an opaque filter and can make a
-- query several times slower (docs/performance.md shows the plans).
-- NULLIF because a custom setting that was never set in this transaction reads back as '' and
-- ''::uuid would fail; NULL never equals a tenant_id, so with no tenant bound no row is visible and
-- no write passes (failing closed).
CREATE FUNCTION tenancy.current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid
$$;
GRANT EXECUTE ON FUNCTION tenancy.current_tenant() TO sharewell_app;

-- How every new tenant-owned table is isolated: row-level security on, also for the table's owner,
-- and the one tenant_isolation policy for reading and writing alike. Run by the owner role, which
-- runs the migrations; the application role may not call it.
CREATE PROCEDURE tenancy.isolate_by_tenant(target regclass)
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = tenancy.current_tenant()) '
                   'WITH CHECK (tenant_id = tenancy.current_tenant())', target);
END
$$;
REVOKE EXECUTE ON PROCEDURE tenancy.isolate_by_tenant(regclass) FROM PUBLIC;

-- Databases made before this changeset spelled the setting out in each table's policy: point every
-- tenant_isolation policy at the function instead (on a new database this finds the branding table only).
DO $$
DECLARE
    isolated record;
BEGIN
    FOR isolated IN SELECT schemaname, tablename FROM pg_policies WHERE policyname = 'tenant_isolation' LOOP
        EXECUTE format('ALTER POLICY tenant_isolation ON %I.%I USING (tenant_id = tenancy.current_tenant()) '
                       'WITH CHECK (tenant_id = tenancy.current_tenant())', isolated.schemaname, isolated.tablename);
    END LOOP;
    ALTER POLICY own_tenant_update ON tenancy.tenant
        USING (id = tenancy.current_tenant()) WITH CHECK (id = tenancy.current_tenant());
END
$$;
--rollback DROP PROCEDURE tenancy.isolate_by_tenant(regclass); DROP FUNCTION tenancy.current_tenant() CASCADE;

--changeset sharewell:tenancy-3 splitStatements:false
--comment: One way for a migration to do work in every organisation, for a module that starts owing work to organisations made before it.
-- Row-level security is forced on the owner too, so a migration sees an organisation's rows only with
-- it bound: each is bound in turn, as its own work would be, and the work writes only its own rows
-- (naming the organisation as tenancy.current_tenant()). Rather than open a lasting owner policy for a
-- one-off migration. Only migrations call it: the application role may not.
CREATE PROCEDURE tenancy.in_each_organisation(work text)
    LANGUAGE plpgsql
AS $$
DECLARE
    organisation uuid;
BEGIN
    FOR organisation IN SELECT id FROM tenancy.tenant LOOP
        PERFORM set_config('app.tenant_id', organisation::text, true);
        EXECUTE work;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
REVOKE EXECUTE ON PROCEDURE tenancy.in_each_organisation(text) FROM PUBLIC;
--rollback DROP PROCEDURE tenancy.in_each_organisation(text);

--changeset sharewell:tenancy-4 splitStatements:false
--comment: The Sharewell operator, an organisation of its own kind, which publishes to every organisation; there is at most one.
ALTER TABLE tenancy.tenant DROP CONSTRAINT tenant_kind_check;
ALTER TABLE tenancy.tenant ADD CONSTRAINT tenant_kind_check CHECK (kind IN ('INFRASTRUCTURE_BODY', 'LOCAL_GROUP', 'OPERATOR'));
CREATE UNIQUE INDEX tenant_one_operator ON tenancy.tenant (kind) WHERE kind = 'OPERATOR';

-- Whether the bound tenant is the operator: for the policies that let only the operator publish to
-- every organisation. Inlinable like current_tenant (the registry is readable by everyone anyway).
CREATE FUNCTION tenancy.current_tenant_is_operator() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT EXISTS (SELECT 1 FROM tenancy.tenant t WHERE t.id = tenancy.current_tenant() AND t.kind = 'OPERATOR')
$$;
GRANT EXECUTE ON FUNCTION tenancy.current_tenant_is_operator() TO sharewell_app;
--rollback DROP FUNCTION tenancy.current_tenant_is_operator();
--rollback DROP INDEX tenancy.tenant_one_operator;
--rollback ALTER TABLE tenancy.tenant DROP CONSTRAINT tenant_kind_check;
--rollback ALTER TABLE tenancy.tenant ADD CONSTRAINT tenant_kind_check CHECK (kind IN ('INFRASTRUCTURE_BODY', 'LOCAL_GROUP'));
