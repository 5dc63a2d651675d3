package org.sharewell.surgeries;

import java.time.Instant;

/**
 * Another public surgery at the same time as one about to be created, in the same postcode area or
 * of the same umbrella body, so that the host can choose another time or go ahead knowingly.
 *
 * @param why "in the same postcode area (DY)" or "of the same umbrella body"
 */
public record Clash(String title, String host, Instant startsAt, Instant endsAt, String why) {
}
