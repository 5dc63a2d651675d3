-- The two database roles Sharewell needs. Run once per database by a superuser or the DBA
-- (the embedded development database runs it on every start; it is idempotent).
--
--   sharewell_owner  owns the schemas and runs Liquibase. Used only for migrations.
--   sharewell_app    what the running application connects as. It owns nothing, cannot bypass
--                    row-level security and gets only the table privileges each changelog grants.
--
-- Passwords are not set here: set them from your secret store, e.g.
--   ALTER ROLE sharewell_app PASSWORD '...';
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sharewell_owner') THEN
        CREATE ROLE sharewell_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sharewell_app') THEN
        CREATE ROLE sharewell_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;
    END IF;
    -- Roles created by an older script may have drifted: restate what matters for isolation.
    ALTER ROLE sharewell_app NOSUPERUSER NOBYPASSRLS;
    ALTER ROLE sharewell_owner NOSUPERUSER NOBYPASSRLS;
    EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO sharewell_owner', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO sharewell_app', current_database());
END
$$;

-- Liquibase keeps its bookkeeping tables in the public schema; the application never sees them.
GRANT USAGE, CREATE ON SCHEMA public TO sharewell_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
