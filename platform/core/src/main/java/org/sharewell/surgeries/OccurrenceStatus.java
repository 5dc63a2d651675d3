package org.sharewell.surgeries;

/** Whether an occurrence of a surgery takes place. */
public enum OccurrenceStatus {
    SCHEDULED, CANCELLED
}
