package org.sharewell.surgeries.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.surgeries.Surgery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A surgery as the REST API shows it. */
record SurgeryView(UUID id, String title, String offers, @Nullable String venue, @Nullable String postcode,
                   @Nullable String postcodeArea, @Nullable String onlineLink, String accessibility, LocalDate firstDay,
                   LocalTime starts, LocalTime ends, @Nullable String repeats, int places, boolean open, int cutOffHours,
                   boolean needsApproval, int holdHours, int offerHours, List<Integer> reminderHours) {

    static SurgeryView of(Surgery surgery) {
        return new SurgeryView(surgery.id().value(), surgery.title(), surgery.offers(), surgery.venue(), surgery.postcode(),
                surgery.postcodeArea(), surgery.onlineLink(), surgery.accessibility(), surgery.firstDay(), surgery.starts(),
                surgery.ends(), surgery.repeats(), surgery.places(), surgery.open(), surgery.cutOffHours(),
                surgery.terms().needsApproval(), surgery.terms().holdHours(), surgery.terms().offerHours(),
                surgery.terms().reminderHours());
    }
}
