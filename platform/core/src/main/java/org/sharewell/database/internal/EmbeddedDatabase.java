package org.sharewell.database.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;

/**
 * A real PostgreSQL server run from binaries shipped in a jar, with the Sharewell roles in place.
 *
 * <p>Contract: after {@link #start} the roles {@code sharewell_owner} and {@code sharewell_app} exist
 * with the passwords this object returns, and the server listens on loopback only. A data folder is
 * held under an exclusive file lock for the server's lifetime, so a second Sharewell started on the
 * same folder fails with {@link DatabaseAlreadyInUse} before touching any file of the first.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final FileLock lock;
    private final String ownerPassword = randomPassword();
    private final String appPassword = randomPassword();

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileLock lock) {
        this.postgres = postgres;
        this.lock = lock;
    }

    static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
        FileLock lock = null;
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPort(properties.port())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("timezone", "Europe/London");
            if (properties.keepsData()) {
                Path folder = properties.dataDirectory().toAbsolutePath();
                lock = lockFolder(folder);
                builder.setDataDirectory(folder.resolve("pgdata")).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL keeps its data in {}", folder);
            } else {
                builder.setCleanDataDirectory(true);
                log.info("Embedded PostgreSQL runs on a throwaway data folder: nothing is kept after it stops");
            }
            var database = new EmbeddedDatabase(builder.start(), lock);
            database.createRoles();
            return database;
        } catch (IOException e) {
            release(lock);
            throw new UncheckedIOException("The embedded PostgreSQL server could not start", e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** The JDBC address, deliberately without a user: zonky's own URL names the superuser, which would win. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    String ownerPassword() {
        return ownerPassword;
    }

    String appPassword() {
        return appPassword;
    }

    private void createRoles() {
        try (Connection superuser = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
            var rolesSql = new ClassPathResource("db/roles.sql").getContentAsString(StandardCharsets.UTF_8);
            superuser.createStatement().execute(rolesSql);
            setPassword(superuser, "sharewell_owner", ownerPassword);
            setPassword(superuser, "sharewell_app", appPassword);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The Sharewell database roles could not be created", e);
        }
    }

    private static void setPassword(Connection superuser, String role, String password) throws SQLException {
        // ALTER ROLE takes no bind parameters; format() with %L quotes the literal safely.
        try (PreparedStatement statement = superuser.prepareStatement("SELECT format('ALTER ROLE %I PASSWORD %L', ?, ?)")) {
            statement.setString(1, role);
            statement.setString(2, password);
            try (var result = statement.executeQuery()) {
                result.next();
                superuser.createStatement().execute(result.getString(1));
            }
        }
    }

    private static FileLock lockFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve("sharewell.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new DatabaseAlreadyInUse(folder);
        }
        return lock;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void release(FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Could not release the data folder lock", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            release(lock);
        }
    }
}
