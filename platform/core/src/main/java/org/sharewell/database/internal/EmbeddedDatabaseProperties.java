package org.sharewell.database.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of the embedded PostgreSQL server used in development and tests.
 *
 * @param enabled       start an embedded server instead of connecting to {@code spring.datasource.url}
 * @param dataDirectory where the data is kept across restarts; empty for a throwaway database that is
 *                      deleted when the application stops (the default, which tests rely on)
 * @param port          the port to listen on, or 0 for any free port
 */
@ConfigurationProperties("sharewell.database.embedded")
record EmbeddedDatabaseProperties(boolean enabled, Path dataDirectory, int port) {

    boolean keepsData() {
        return dataDirectory != null && !dataDirectory.toString().isBlank();
    }
}
