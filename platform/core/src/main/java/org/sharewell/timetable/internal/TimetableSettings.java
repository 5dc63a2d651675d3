package org.sharewell.timetable.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The timetable's settings, {@code sharewell.timetable.*}.
 *
 * @param pollInterval how often each platform instance looks for due work. Each look is one indexed
 *                     query, whatever the number of organisations; work made due by this instance
 *                     within the interval is looked for at once after its transaction commits, so
 *                     a shorter interval mainly speeds up work made due by other instances
 */
@ConfigurationProperties("sharewell.timetable")
record TimetableSettings(@DefaultValue("1s") Duration pollInterval) {

    TimetableSettings {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("sharewell.timetable.poll-interval must be longer than zero");
        }
    }
}
