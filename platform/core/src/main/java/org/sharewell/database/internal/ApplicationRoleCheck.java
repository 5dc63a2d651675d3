package org.sharewell.database.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Refuses to start when the application's database role could bypass row-level security (a
 * superuser, a role with BYPASSRLS, or the owner of the tables): isolation would silently be off.
 */
class ApplicationRoleCheck implements InitializingBean {

    private final JdbcTemplate jdbc;

    ApplicationRoleCheck(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        var role = jdbc.queryForMap("""
                SELECT current_user AS name, rolsuper OR rolbypassrls AS bypasses,
                       EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                               WHERE c.relowner = r.oid AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                                 AND c.relkind = 'r') AS owns_tables
                FROM pg_roles r WHERE r.rolname = current_user""");
        if (Boolean.TRUE.equals(role.get("bypasses")) || Boolean.TRUE.equals(role.get("owns_tables"))) {
            throw new IllegalStateException("Sharewell is connected to PostgreSQL as '" + role.get("name")
                    + "', a role that can bypass row-level security. Connect as the application role "
                    + "(sharewell_app); see infrastructure/deploy/README.md.");
        }
    }
}
