package org.sharewell.database;

import org.junit.jupiter.api.Test;
import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production configuration against a PostgreSQL server the platform did not start: a DBA has
 * run roles.sql and set passwords (here the tests' own server, {@link OneServerPerTestRun}, hands
 * over a database so prepared), and the platform gets addresses and secrets from the environment.
 */
@SpringBootTest
@ActiveProfiles("production")
class ExternalDatabaseTests {

    static final OneServerPerTestRun.Database database = OneServerPerTestRun.newDatabase();

    @Autowired
    DataSource dataSource;
    @Autowired
    SignUp signUp;
    @Autowired
    Tenants tenants;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry environment) {
        environment.add("SHAREWELL_DATABASE_URL", database::url);
        environment.add("SHAREWELL_DATABASE_PASSWORD", database::appPassword);
        environment.add("SHAREWELL_MIGRATION_PASSWORD", database::ownerPassword);
        environment.add("SHAREWELL_PUBLIC_ADDRESS", () -> "https://sharewell.example/");
    }

    @Test
    void migratesAsTheOwnerAndRunsAsTheApplicationRole() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("sharewell_app");
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE schemaname = 'tenancy' AND tablename = 'tenant'",
                String.class)).isEqualTo("sharewell_owner");

        signUp.signUp(new SignUpForm("External database group", "external-db", TenantKind.LOCAL_GROUP, "Ed",
                "ed@external-db.example", "heron biscuit quarry 61"));
        assertThat(tenants.findBySlug(new Slug("external-db"))).isPresent();
    }
}
