package org.sharewell.licensing;

import java.time.Instant;

/**
 * One piece of required training on an application, and whether a champion recorded it as done.
 *
 * @param recordedAt when it was recorded; null while it is still to do
 * @param recordedBy who recorded it, by name as it was then; null while it is still to do
 */
public record TrainingProgress(TrainingItem item, Instant recordedAt, String recordedBy) {

    public boolean done() {
        return recordedAt != null;
    }
}
