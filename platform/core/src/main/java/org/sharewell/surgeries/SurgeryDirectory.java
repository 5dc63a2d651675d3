package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The public directory of every host's public surgeries, as socialmediasurgery.com had: for anyone, at
 * any address, with nobody signed in. Only what a host made public is in it (PostgreSQL decides), and
 * no booking or booker ever is.
 */
public interface SurgeryDirectory {

    int MOST_DAYS = 366;

    /**
     * The public surgery dates from one day to another (UK days, both included), soonest first: in one
     * postcode area (its letters, such as DY for Dudley), or everywhere, online ones included.
     *
     * @throws org.sharewell.kernel.InvalidInput for an area that is not one or two letters, or days
     *         out of order, in the past or more than {@value #MOST_DAYS} days apart
     */
    List<Listing> search(@Nullable String postcodeArea, LocalDate from, LocalDate to);
}
