package org.sharewell.timetable.internal;

import org.sharewell.timetable.JobName;

import java.time.Duration;

/** What the timetable records about a failed run: pure, so it is tested on its own. */
final class TimetableRules {

    /** The column's limit. */
    static final int LONGEST_PROBLEM = 500;

    private TimetableRules() {
    }

    /**
     * The problem as the failure states it: the first line of its message, which for the platform's
     * own exceptions is written in plain words; never a stack trace or a class name.
     */
    static String problemOf(Throwable failure) {
        String message = failure.getMessage();
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return "The work stopped with a problem it did not describe; the platform's log has the details.";
        }
        return line.length() > LONGEST_PROBLEM ? line.substring(0, LONGEST_PROBLEM - 1) + "…" : line;
    }

    static String noSuchJob(JobName job) {
        return "This version of Sharewell has no job called '" + job + "'. The entry is kept for one that has.";
    }

    /** A job's own pause, never below zero, so a careless job cannot make the time run backwards. */
    static Duration checkedPause(Duration pause) {
        return pause.isNegative() ? Duration.ZERO : pause;
    }
}
