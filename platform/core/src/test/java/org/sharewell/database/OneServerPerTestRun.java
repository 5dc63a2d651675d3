package org.sharewell.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server for all the Spring test contexts of a test run, each context with
 * a fresh, empty database of its own on it.
 *
 * <p>Every distinct test configuration (the whole platform, each module test) starts its own
 * application context, and each would otherwise start its own throwaway server: several seconds
 * apiece, almost all of it {@code initdb}. Here the server is started once per JVM, and a context
 * that would have started one gets a new database on it instead, connected to exactly as production
 * connects to an external server: Liquibase as {@code sharewell_owner}, the platform as
 * {@code sharewell_app} (the roles of {@code db/roles.sql}). Contexts see nothing of one another, so a
 * context's background work (the postman, say) never touches another's rows.
 *
 * <p>Contexts that do not use the embedded database (the production profile) are left alone. The
 * embedded server of development is still started by the packaged platform in the browser tests.
 * Registered in {@code META-INF/spring.factories} of the test classes.
 */
public final class OneServerPerTestRun implements ContextCustomizerFactory {

    /**
     * A new, empty database on the server, handed over as a DBA would hand one over: {@code roles.sql}
     * run and the two roles' passwords set. For a test that connects as production does.
     */
    public static Database newDatabase() {
        return new Database(Server.INSTANCE.newDatabase(), Server.INSTANCE.ownerPassword, Server.INSTANCE.appPassword);
    }

    /** Where the database is, and the passwords of {@code sharewell_owner} and {@code sharewell_app}. */
    public record Database(String url, String ownerPassword, String appPassword) {
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new FreshDatabase();
    }

    /** Points a context at a new database on the shared server. The same for every context, so it splits no cache keys. */
    static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            var environment = context.getEnvironment();
            boolean embedded = environment.getProperty("sharewell.database.embedded.enabled", Boolean.class, true);
            boolean keepsData = !environment.getProperty("sharewell.database.embedded.data-directory", "").isBlank();
            if (!embedded || keepsData) {
                return;
            }
            var database = newDatabase();
            environment.getPropertySources().addFirst(new MapPropertySource("one-server-per-test-run", Map.of(
                    "sharewell.database.embedded.enabled", "false",
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", "sharewell_app",
                    "spring.datasource.password", database.appPassword(),
                    "spring.liquibase.url", database.url(),
                    "spring.liquibase.user", "sharewell_owner",
                    "spring.liquibase.password", database.ownerPassword())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }

    /** The server, started on first use and stopped by the embedded server's own hook when the JVM ends. */
    private static final class Server {

        static final Server INSTANCE = new Server();

        final EmbeddedPostgres postgres;
        final String ownerPassword = UUID.randomUUID().toString();
        final String appPassword = UUID.randomUUID().toString();
        private final AtomicInteger databases = new AtomicInteger();

        private Server() {
            try {
                // As the platform's own embedded server is set up (EmbeddedDatabase): loopback only, UK time.
                postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("timezone", "Europe/London")
                        .start();
                try (Connection superuser = connect("postgres")) {
                    runRolesScript(superuser);
                    superuser.createStatement().execute("ALTER ROLE sharewell_owner PASSWORD '" + ownerPassword + "'");
                    superuser.createStatement().execute("ALTER ROLE sharewell_app PASSWORD '" + appPassword + "'");
                }
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("The tests' PostgreSQL server could not start", e);
            }
        }

        /** Creates an empty database with the roles' grants (roles.sql grants on the current database) and gives its address. */
        synchronized String newDatabase() {
            String name = "sharewell_" + databases.incrementAndGet();
            try (Connection superuser = connect("postgres")) {
                superuser.createStatement().execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database " + name, e);
            }
            try (Connection superuser = connect(name)) {
                runRolesScript(superuser);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not grant the roles their rights on " + name, e);
            }
            return url(name);
        }

        private String url(String database) {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
        }

        private Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(url(database), "postgres", "");
        }

        private static void runRolesScript(Connection superuser) throws SQLException, IOException {
            superuser.createStatement().execute(new ClassPathResource("db/roles.sql").getContentAsString(StandardCharsets.UTF_8));
        }
    }
}
