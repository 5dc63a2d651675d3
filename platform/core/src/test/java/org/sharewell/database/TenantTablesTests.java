package org.sharewell.database;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the application is either tenant-owned, with row-level security forced and a policy
 * that compares {@code tenant_id} with the bound tenant for both reading and writing, or explicitly
 * marked platform-wide with its own policies. A new table that is neither fails this test.
 */
@IntegrationTest
class TenantTablesTests {

    /** How PostgreSQL prints the one tenant policy, {@code tenant_id = tenancy.current_tenant()}. */
    private static final String TENANT_CHECK = "(tenant_id = tenancy.current_tenant())";

    @Autowired
    DataSource dataSource;

    List<Map<String, Object>> tables() {
        return new JdbcTemplate(dataSource).queryForList("""
                SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                       coalesce(obj_description(c.oid, 'pg_class'), '') AS marking,
                       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS has_tenant_id
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                  AND NOT (n.nspname = 'public' AND c.relname IN ('databasechangelog', 'databasechangeloglock'))
                ORDER BY 1""");
    }

    @Test
    void thereAreTablesToCheck() {
        assertThat(tables()).extracting(row -> row.get("name")).contains("tenancy.tenant", "accounts.account");
    }

    @Test
    void everyTableForcesRowLevelSecurity() {
        assertThat(tables()).allSatisfy(table -> assertThat(table)
                .as("%s must ENABLE and FORCE row level security", table.get("name"))
                .containsEntry("enabled", true).containsEntry("forced", true));
    }

    @Test
    void everyTableIsTenantOwnedWithATenantPolicyOrMarkedPlatformWide() {
        var jdbc = new JdbcTemplate(dataSource);
        for (var table : tables()) {
            String name = (String) table.get("name");
            String marking = (String) table.get("marking");
            if (marking.startsWith("platform-wide:")) {
                assertThat(policies(jdbc, name)).as("%s is platform-wide but has no policy of its own", name).isNotEmpty();
                continue;
            }
            assertThat(marking).as("%s must be marked tenant-owned: or platform-wide: in its comment", name).startsWith("tenant-owned:");
            assertThat(table.get("has_tenant_id")).as("%s needs a tenant_id column", name).isEqualTo(true);
            assertThat(policies(jdbc, name)).as("%s needs one policy checking tenant_id for reading and writing", name)
                    .anySatisfy(policy -> assertThat(policy)
                            .containsEntry("cmd", "ALL")
                            .containsEntry("qual", TENANT_CHECK)
                            .containsEntry("with_check", TENANT_CHECK));
            assertThat(primaryKey(jdbc, name)).as("%s's primary key must begin with tenant_id", name).startsWith("tenant_id");
            assertThat(foreignKeys(jdbc, name)).as("%s's foreign keys must include tenant_id", name)
                    .allSatisfy(columns -> assertThat(columns).contains("tenant_id"));
        }
    }

    /**
     * The policies' function reads the tenant bound to the transaction, and is of the kind PostgreSQL
     * inlines (plain SQL, stable, neither security definer nor with settings of its own), so the
     * planner compares the tenant indexes with the setting itself instead of calling it per row.
     */
    @Test
    void theTenantFunctionReadsTheBoundTenantAndCanBeInlined() {
        var function = new JdbcTemplate(dataSource).queryForMap("""
                SELECT l.lanname AS language, p.provolatile AS volatility, p.prosecdef AS definer,
                       p.proconfig IS NULL AS no_settings, p.prosrc AS body
                FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
                WHERE p.oid = 'tenancy.current_tenant()'::regprocedure""");
        assertThat(function).containsEntry("language", "sql").containsEntry("volatility", "s")
                .containsEntry("definer", false).containsEntry("no_settings", true);
        assertThat(((String) function.get("body")).strip())
                .isEqualTo("SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid");
    }

    @Test
    void theApplicationRoleCannotTouchLiquibaseBookkeeping() {
        var privileges = new JdbcTemplate(dataSource).queryForList(
                "SELECT has_table_privilege('public.databasechangelog', 'SELECT, INSERT, UPDATE, DELETE')", Boolean.class);
        assertThat(privileges).containsExactly(false);
    }

    private static List<Map<String, Object>> policies(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("SELECT cmd, qual, with_check FROM pg_policies WHERE schemaname || '.' || tablename = ?", table);
    }

    private static String primaryKey(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("""
                SELECT string_agg(a.attname, ',' ORDER BY k.ordinality) FROM pg_constraint c
                CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ordinality)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                WHERE c.conrelid = ?::regclass AND c.contype = 'p'""", String.class, table);
    }

    private static List<String> foreignKeys(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("""
                SELECT string_agg(a.attname, ',') FROM pg_constraint c
                CROSS JOIN LATERAL unnest(c.conkey) AS k(attnum)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                WHERE c.conrelid = ?::regclass AND c.contype = 'f' GROUP BY c.oid""", String.class, table);
    }
}
