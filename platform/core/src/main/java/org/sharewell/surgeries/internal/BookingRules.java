package org.sharewell.surgeries.internal;

import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.surgeries.NewBooking;

import java.util.LinkedHashMap;
import java.util.Locale;

/** What a booking must hold. Pure: unit-tested on its own. */
final class BookingRules {

    static final String NOT_VOLUNTARY = "Surgeries are free help for voluntary and community groups, so we cannot book a "
            + "place for a business or a political campaign. The host may know of other help near you.";

    private BookingRules() {
    }

    /** @throws InvalidInput field by field */
    static void check(NewBooking booking) {
        var problems = new LinkedHashMap<String, String>();
        if (booking.requestKey() == null || booking.requestKey().length() < 8 || booking.requestKey().length() > 100) {
            problems.put("requestKey", "Open the booking form again and send it from there.");
        }
        if (booking.name() == null || booking.name().strip().length() < 2 || booking.name().strip().length() > 200) {
            problems.put("name", "Write your name.");
        }
        EmailAddresses.problemWith(booking.email()).ifPresent(problem -> problems.put("email", problem));
        if (booking.groupName() == null || booking.groupName().strip().length() < 2 || booking.groupName().strip().length() > 200) {
            problems.put("groupName", "Write your group's name.");
        }
        if (booking.groupKind() == null) {
            problems.put("groupKind", "Say what kind of group it is.");
        }
        if (!booking.voluntary()) {
            problems.put("voluntary", NOT_VOLUNTARY);
        }
        if (booking.needNote() != null && booking.needNote().length() > 1000) {
            problems.put("needNote", "Use at most 1,000 characters; this has "
                    + String.format(Locale.UK, "%,d", booking.needNote().length()) + ".");
        }
        if (booking.needs().isEmpty() && (booking.needNote() == null || booking.needNote().isBlank())) {
            problems.put("needs", "Say what you would like help with.");
        }
        if (booking.help() == null) {
            problems.put("help", "Say how much help you think you need.");
        }
        if (booking.places() < 1 || booking.places() > 2) {
            problems.put("places", "Book 1 place, or 2 if two of you are coming.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
