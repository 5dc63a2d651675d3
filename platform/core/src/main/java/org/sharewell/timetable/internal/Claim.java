package org.sharewell.timetable.internal;

import java.time.Instant;

/**
 * An entry as it stood when it was locked: enough to tell, after a failed run, whether it is still
 * the same entry (no other instance has run or rescheduled it meanwhile) before recording the failure.
 */
record Claim(int failures, Instant dueAt) {
}
