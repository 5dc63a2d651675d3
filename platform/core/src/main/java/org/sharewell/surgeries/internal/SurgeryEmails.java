package org.sharewell.surgeries.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Attachment;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.surgeries.Booking;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.Surgery;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Every email to a booker, each with its links built from configuration. Those that confirm or change a
 * date carry its calendar entry as an attachment, so a calendar program adds or updates it in one step.
 */
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

    /** The booker's confirmation, with their own link and the calendar entry. */
    void booked(Booking booking, String token) {
        send(booking, "surgeries/booked", true, Map.of("where", where(booking),
                "calendar", home().resolve("api/v1/public/bookings/" + token + "/calendar").toString(),
                "link", link(token), "until", UkTime.dateAndTime(booking.changeableUntil())));
    }

    /** A request the host will decide on: its link, and when the host will have decided by. */
    void requested(Booking booking, String token) {
        send(booking, "surgeries/requested", false, Map.of("link", link(token),
                "decideBy", UkTime.dateAndTime(booking.holdExpiresAt())));
    }

    void declined(Booking booking, String reason) {
        send(booking, "surgeries/declined", false, Map.of("reason", reason));
    }

    void expired(Booking booking) {
        send(booking, "surgeries/expired", false, Map.of());
    }

    void cancelled(Booking booking) {
        send(booking, "surgeries/cancelled", false, Map.of());
    }

    void placesChanged(Booking booking) {
        send(booking, "surgeries/places-changed", false, Map.of());
    }

    void reminder(Booking booking) {
        send(booking, "surgeries/reminder", false, Map.of("where", where(booking)));
    }

    /** To everyone booked on a date the host changed, with what it was and the updated calendar entry. */
    void dateChanged(Booking booking, Instant wasAt, String message) {
        send(booking, "surgeries/date-changed", true, Map.of("was", UkTime.dateAndTime(wasAt), "message", message));
    }

    /** To everyone booked on a date the host cancelled, with the reason and the date's calendar entry, marked cancelled. */
    void dateCancelled(Booking booking, String reason) {
        send(booking, "surgeries/date-cancelled", true, Map.of("reason", reason,
                "calendar", home().resolve("api/v1/public/surgery-dates/" + booking.occurrence().id().value() + "/calendar")
                        .toString()));
    }

    private void send(Booking booking, String template, boolean withCalendar, Map<String, Object> more) {
        var values = new HashMap<String, Object>(more);
        values.put("title", booking.occurrence().title());
        values.put("when", UkTime.dateAndTime(booking.occurrence().startsAt()));
        values.put("places", places(booking.places()));
        values.put("group", booking.groupName());
        letters.send(new Letter(booking.email(), booking.name(), template, values,
                withCalendar ? calendar(surgery(booking.occurrence()), booking.occurrence()) : null));
    }

    static Attachment calendar(Surgery surgery, Occurrence occurrence) {
        return new Attachment("surgery.ics", "text/calendar; charset=UTF-8", SurgeryCalendar.of(surgery, occurrence));
    }

    private Surgery surgery(Occurrence occurrence) {
        return surgeries.find(occurrence.surgery(), false).orElseThrow();
    }

    private String where(Booking booking) {
        var surgery = surgery(booking.occurrence());
        return surgery.venue() != null ? surgery.venue() + ", " + surgery.postcode() : surgery.onlineLink();
    }

    static String places(int places) {
        return places == 1 ? "1 place" : places + " places";
    }

    private String link(String token) {
        return home().resolve("booking/" + token).toString();
    }

    private URI home() {
        return addresses.homeOf(tenants.findById(TenantScope.required()).orElseThrow().slug());
    }
}
