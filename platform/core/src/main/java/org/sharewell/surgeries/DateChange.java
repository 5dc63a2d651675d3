package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A change to one date of a surgery, leaving the others as they are: its day and UK times, and its places.
 *
 * @param message what the host tells everyone booked about the change; may be empty
 */
public record DateChange(LocalDate day, LocalTime starts, LocalTime ends, int places, @Nullable String message) {
}
