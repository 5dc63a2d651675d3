package org.sharewell.surgeries.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.surgeries.MemberGroupSurgeryUse;

import java.time.Instant;

/** A member group's use of surgeries as the REST API shows it to its umbrella body: counts only. */
record MemberGroupSurgeryUseView(String groupName, int surgeriesHosted, int datesToCome, long placesBooked,
                                 @Nullable Instant lastBookedAt) {

    static MemberGroupSurgeryUseView of(MemberGroupSurgeryUse use) {
        return new MemberGroupSurgeryUseView(use.groupName(), use.surgeriesHosted(), use.datesToCome(), use.placesBooked(),
                use.lastBookedAt());
    }
}
