package org.sharewell.surgeries;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One member group's use of surgeries, as its umbrella body sees it.
 *
 * @param surgeriesHosted the surgeries the group runs itself
 * @param datesToCome     the dates of those still to come
 * @param placesBooked    places its people (by their email addresses) have booked at any host
 * @param lastBookedAt    when they last booked; null if never
 */
public record MemberGroupSurgeryUse(String groupName, int surgeriesHosted, int datesToCome, long placesBooked,
                                    @Nullable Instant lastBookedAt) {
}
