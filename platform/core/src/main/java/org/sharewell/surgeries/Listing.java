package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

/**
 * One public surgery date in the directory, with its host.
 *
 * @param hostAddress the host's own address on Sharewell, where it is booked
 * @param postcodeArea the letters of the venue's outward code, such as DY; null for one online
 */
public record Listing(Occurrence occurrence, String hostName, String hostAddress, @Nullable String venue,
                      @Nullable String postcode, @Nullable String postcodeArea, boolean online) {
}
