package org.sharewell.surgeries.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sharewell.surgeries.FormProof;
import org.sharewell.surgeries.GroupKind;
import org.sharewell.surgeries.HelpWanted;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.Need;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.SurgeryBookings;
import org.sharewell.surgeries.SurgeryId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A host's public surgeries, and booking them without an account, at the host's own address. */
@RestController
@Tag(name = "Surgeries")
class PublicSurgeryController {

    /** A booking form; {@code website} is the trap field people never see, and {@code formToken} came with the form. */
    record Booking(String requestKey, String name, String email, String groupName, GroupKind groupKind,
                   @Nullable Boolean voluntary, @Nullable Set<Need> needs, @Nullable String needNote, HelpWanted help,
                   @Nullable Integer places, @Nullable String formToken, @Nullable String website) {

        NewBooking asNew() {
            return new NewBooking(requestKey, name, email, groupName, groupKind, voluntary != null && voluntary, needs,
                    needNote == null ? "" : needNote, help, places == null ? 1 : places, new FormProof(formToken, website));
        }
    }

    record FormToken(String formToken) {
    }

    record PlacesChange(int places) {
    }

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final SurgeryBookings bookings;

    PublicSurgeryController(SurgeryBookings bookings) {
        this.bookings = bookings;
    }

    @GetMapping("/api/v1/public/surgery-dates")
    @Operation(summary = "The host's public surgery dates still to come, with the places left in each")
    List<OccurrenceView> upcoming() {
        return bookings.upcoming().stream().map(OccurrenceView::of).toList();
    }

    @GetMapping("/api/v1/public/booking-forms")
    @Operation(summary = "Start a booking form: the token to send back with it",
            description = "A form sent back within seconds of this, or after 12 hours, is taken for a machine's.")
    FormToken form() {
        return new FormToken(bookings.formToken());
    }

    @GetMapping("/api/v1/public/surgery-calendar")
    @Operation(summary = "The host's calendar feed (iCalendar) of its public surgery dates, cancelled ones marked so")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(CALENDAR).header("Content-Disposition", "inline; filename=\"surgeries.ics\"")
                .body(bookings.feed());
    }

    @PostMapping("/api/v1/public/surgery-dates/{id}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book places at a surgery date, without an account",
            description = "The same requestKey sent twice makes one booking. A full date is refused with 409.")
    BookingView book(@PathVariable UUID id, @RequestBody Booking body) {
        return BookingView.of(bookings.book(new OccurrenceId(id), body.asNew()));
    }

    @PostMapping("/api/v1/public/surgeries/{id}/series-bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book the same places at every date of a surgery still to come, all or none")
    List<BookingView> bookSeries(@PathVariable UUID id, @RequestBody Booking body) {
        return bookings.bookSeries(new SurgeryId(id), body.asNew()).stream().map(BookingView::of).toList();
    }

    @GetMapping("/api/v1/public/bookings/{token}")
    @Operation(summary = "What a booker's emailed link shows: their booking")
    BookingView byLink(@PathVariable String token) {
        return BookingView.of(bookings.byLink(token));
    }

    @GetMapping("/api/v1/public/bookings/{token}/calendar")
    @Operation(summary = "The booking's calendar entry (iCalendar)")
    ResponseEntity<String> calendar(@PathVariable String token) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"surgery.ics\"").body(bookings.calendar(token));
    }

    @GetMapping("/api/v1/public/surgery-dates/{id}/calendar")
    @Operation(summary = "A public surgery date's calendar entry (iCalendar), marked cancelled if it is")
    ResponseEntity<String> dateCalendar(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"surgery.ics\"")
                .body(bookings.calendar(new OccurrenceId(id)));
    }

    @PutMapping("/api/v1/public/bookings/{token}/places")
    @Operation(summary = "Change the number of places of a booking from its emailed link")
    BookingView changePlaces(@PathVariable String token, @RequestBody PlacesChange body) {
        return BookingView.of(bookings.changePlaces(token, body.places()));
    }

    @PostMapping("/api/v1/public/bookings/{token}/cancellation")
    @Operation(summary = "Cancel a booking from its emailed link, which then stops working")
    BookingView cancel(@PathVariable String token) {
        return BookingView.of(bookings.cancelByLink(token));
    }
}
