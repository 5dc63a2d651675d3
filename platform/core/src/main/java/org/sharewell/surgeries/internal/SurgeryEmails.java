package org.sharewell.surgeries.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.surgeries.Booking;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Map;

/** Every email the surgeries module sends, each with its links built from configuration. */
@Component
class SurgeryEmails {

    private final Letters letters;
    private final Tenants tenants;
    private final TenantAddresses addresses;
    private final SurgeryStore surgeries;

    SurgeryEmails(Letters letters, Tenants tenants, TenantAddresses addresses, SurgeryStore surgeries) {
        this.letters = letters;
        this.tenants = tenants;
        this.addresses = addresses;
        this.surgeries = surgeries;
    }

    /** The booker's confirmation, with their own link and the calendar entry's. */
    void booked(Booking booking, String token) {
        letters.send(new Letter(booking.email(), booking.name(), "surgeries/booked", Map.of(
                "title", booking.occurrence().title(), "when", UkTime.dateAndTime(booking.occurrence().startsAt()),
                "places", places(booking), "group", booking.groupName(), "where", where(booking),
                "calendar", home().resolve("api/v1/public/bookings/" + token + "/calendar").toString(),
                "link", home().resolve("booking/" + token).toString(),
                "until", UkTime.dateAndTime(booking.changeableUntil()))));
    }

    void cancelled(Booking booking) {
        letters.send(new Letter(booking.email(), booking.name(), "surgeries/cancelled", Map.of(
                "title", booking.occurrence().title(), "when", UkTime.dateAndTime(booking.occurrence().startsAt()),
                "places", places(booking), "group", booking.groupName())));
    }

    /** To everyone booked on a date the host cancelled, with the reason and the date's calendar entry, marked cancelled. */
    void dateCancelled(Booking booking, String reason) {
        letters.send(new Letter(booking.email(), booking.name(), "surgeries/date-cancelled", Map.of(
                "title", booking.occurrence().title(), "when", UkTime.dateAndTime(booking.occurrence().startsAt()),
                "group", booking.groupName(), "reason", reason,
                "calendar", home().resolve("api/v1/public/surgery-dates/" + booking.occurrence().id().value() + "/calendar")
                        .toString())));
    }

    private String where(Booking booking) {
        var surgery = surgeries.find(booking.occurrence().surgery(), false).orElseThrow();
        return surgery.venue() != null ? surgery.venue() + ", " + surgery.postcode() : surgery.onlineLink();
    }

    private static String places(Booking booking) {
        return booking.places() == 1 ? "1 place" : booking.places() + " places";
    }

    private URI home() {
        return addresses.homeOf(tenants.findById(TenantScope.required()).orElseThrow().slug());
    }
}
