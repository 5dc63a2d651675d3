package org.sharewell.database.internal;

import java.nio.file.Path;

/** Thrown when another running Sharewell already uses the embedded database's data folder. */
class DatabaseAlreadyInUse extends RuntimeException {

    private final Path dataDirectory;

    DatabaseAlreadyInUse(Path dataDirectory) {
        super("The data folder " + dataDirectory + " is in use by another running Sharewell.");
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
