package org.sharewell.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production configuration against a PostgreSQL server the platform did not start: a DBA has
 * run roles.sql and set passwords, and the platform gets addresses and secrets from the environment.
 *
 * <p>The context is closed after these tests, and the server only with it: a cached context left
 * running on a stopped server holds up the next test while its scheduled work waits for connections.
 */
@SpringBootTest
@ActiveProfiles("production")
@DirtiesContext
class ExternalDatabaseTests {

    static final EmbeddedPostgres server = startServerLikeADba();

    @Autowired
    DataSource dataSource;
    @Autowired
    SignUp signUp;
    @Autowired
    Tenants tenants;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry environment) {
        environment.add("SHAREWELL_DATABASE_URL", () -> "jdbc:postgresql://localhost:" + server.getPort() + "/postgres");
        environment.add("SHAREWELL_DATABASE_PASSWORD", () -> "app-secret-from-the-environment");
        environment.add("SHAREWELL_MIGRATION_PASSWORD", () -> "owner-secret-from-the-environment");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedWithTheContext {

        /** The server outlives everything that uses it: beans are destroyed after the context's work has stopped. */
        @Bean(destroyMethod = "close")
        EmbeddedPostgres standInServer() {
            return server;
        }
    }

    @Test
    void migratesAsTheOwnerAndRunsAsTheApplicationRole() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("sharewell_app");
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE schemaname = 'tenancy' AND tablename = 'tenant'",
                String.class)).isEqualTo("sharewell_owner");

        signUp.signUp(new SignUpForm("External database group", "external-db", TenantKind.LOCAL_GROUP, "Ed",
                "ed@external-db.example", "correct horse battery staple"));
        assertThat(tenants.findBySlug(new Slug("external-db"))).isPresent();
    }

    private static EmbeddedPostgres startServerLikeADba() {
        try {
            var postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
            try (var dba = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "")) {
                dba.createStatement().execute(new ClassPathResource("db/roles.sql").getContentAsString(StandardCharsets.UTF_8));
                dba.createStatement().execute("ALTER ROLE sharewell_owner PASSWORD 'owner-secret-from-the-environment'");
                dba.createStatement().execute("ALTER ROLE sharewell_app PASSWORD 'app-secret-from-the-environment'");
            }
            return postgres;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the stand-in external PostgreSQL", e);
        }
    }
}
