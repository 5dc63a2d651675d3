package org.sharewell.surgeries.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.surgeries.Listing;

/** A directory entry as the REST API shows it. */
record ListingView(OccurrenceView occurrence, String hostName, String hostAddress, @Nullable String venue,
                   @Nullable String postcode, @Nullable String postcodeArea, boolean online) {

    static ListingView of(Listing listing) {
        return new ListingView(OccurrenceView.of(listing.occurrence()), listing.hostName(), listing.hostAddress(),
                listing.venue(), listing.postcode(), listing.postcodeArea(), listing.online());
    }
}
