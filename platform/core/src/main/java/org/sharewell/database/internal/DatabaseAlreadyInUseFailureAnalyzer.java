package org.sharewell.database.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start against the same data folder into a plain message instead of a stack trace. */
class DatabaseAlreadyInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseAlreadyInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseAlreadyInUse cause) {
        return new FailureAnalysis(
                "Sharewell is already running and using the data in " + cause.dataDirectory() + ".",
                "Use the Sharewell that is already running, or stop it first (press Ctrl-C in its window) "
                        + "and start again. Nothing was changed.",
                cause);
    }
}
