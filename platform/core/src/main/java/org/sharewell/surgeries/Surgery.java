package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A surgery as its host set it up.
 *
 * @param postcodeArea the letters of the postcode's outward code, such as DY for Dudley; null online
 * @param open         whether it is on the host's public page and in the directory
 */
public record Surgery(SurgeryId id, String title, String offers, @Nullable String venue, @Nullable String postcode,
                      @Nullable String postcodeArea, @Nullable String onlineLink, String accessibility, LocalDate firstDay,
                      LocalTime starts, LocalTime ends, @Nullable String repeats, int places, boolean open,
                      BookingTerms terms) {

    public int cutOffHours() {
        return terms.cutOffHours();
    }
}
