package org.sharewell.timetable.internal;

import org.awaitility.core.ConditionFactory;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Waiting for the timekeeper: often polled, with a deadline generous enough for a busy machine. */
final class Eventually {

    private Eventually() {
    }

    static ConditionFactory eventually() {
        return await().pollInSameThread().pollInterval(Duration.ofMillis(25)).atMost(Duration.ofSeconds(30));
    }
}
