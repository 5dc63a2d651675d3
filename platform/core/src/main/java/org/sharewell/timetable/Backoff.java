package org.sharewell.timetable;

import java.time.Duration;

/**
 * Pauses after failed attempts: doubling from {@code firstPause} up to {@code longestPause}, and then
 * steady at {@code longestPause} for as long as it takes. Nothing is ever given up on, so a problem
 * that is put right (a mail server back, a bug fixed) is followed by the work within the longest pause.
 */
public record Backoff(Duration firstPause, Duration longestPause) {

    /** What the timetable waits after a job fails, unless the job says otherwise: 30 s, 1 min, … 1 h. */
    public static final Backoff STANDARD = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    /** Enough doublings to pass any sensible longest pause, few enough never to overflow. */
    private static final int MOST_DOUBLINGS = 30;

    /** @throws IllegalArgumentException unless the first pause is above zero and the longest at least as long */
    public Backoff {
        if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("A backoff needs a first pause above zero and a longest pause at least "
                    + "as long, not " + firstPause + " and " + longestPause);
        }
    }

    /** How long to wait after the given number of failed attempts in a row (1 or more) before the next. */
    public Duration after(int failures) {
        int doublings = Math.clamp(failures - 1L, 0, MOST_DOUBLINGS);
        Duration pause = firstPause.multipliedBy(1L << doublings);
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}
