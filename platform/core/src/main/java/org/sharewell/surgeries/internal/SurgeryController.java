package org.sharewell.surgeries.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.surgeries.BookingId;
import org.sharewell.surgeries.BookingTerms;
import org.sharewell.surgeries.DateChange;
import org.sharewell.surgeries.NewSurgery;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.Surgeries;
import org.sharewell.surgeries.SurgeryId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The organisation's own surgeries, as their host. */
@RestController
@Tag(name = "Surgeries")
class SurgeryController {

    /** A surgery to create; what is left out takes the usual terms ({@link BookingTerms#usual}). */
    record Creation(String title, @Nullable String offers, @Nullable String venue, @Nullable String postcode,
                    @Nullable String onlineLink, @Nullable String accessibility, LocalDate firstDay, LocalTime starts,
                    LocalTime ends, @Nullable String repeats, int places, @Nullable Boolean open,
                    @Nullable Integer cutOffHours, @Nullable Boolean needsApproval, @Nullable Integer holdHours,
                    @Nullable Integer offerHours, @Nullable List<Integer> reminderHours, @Nullable Boolean clashesSeen) {

        NewSurgery asNew() {
            var usual = BookingTerms.usual();
            return new NewSurgery(title, offers == null ? "" : offers, venue, postcode, onlineLink,
                    accessibility == null ? "" : accessibility, firstDay, starts, ends, repeats, places, open == null || open,
                    new BookingTerms(needsApproval != null && needsApproval, holdHours == null ? usual.holdHours() : holdHours,
                            cutOffHours == null ? usual.cutOffHours() : cutOffHours,
                            offerHours == null ? usual.offerHours() : offerHours,
                            reminderHours == null ? usual.reminderHours() : reminderHours),
                    clashesSeen != null && clashesSeen);
        }
    }

    record Change(LocalDate day, LocalTime starts, LocalTime ends, int places, @Nullable String message) {
    }

    record Decline(String reason) {
    }

    record Cancellation(String reason) {
    }

    private final Surgeries surgeries;

    SurgeryController(Surgeries surgeries) {
        this.surgeries = surgeries;
    }

    @PostMapping("/api/v1/surgeries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a surgery, one-off or repeating by an iCalendar RRULE, and its dates (champions and admins)")
    SurgeryView create(@RequestBody Creation body) {
        return SurgeryView.of(surgeries.create(body.asNew()));
    }

    @PostMapping("/api/v1/surgery-clashes")
    @Operation(summary = "Other public surgeries at the same time as a surgery about to be created, in its postcode area "
            + "or of its umbrella body (champions and admins)")
    List<ClashView> clashes(@RequestBody Creation body) {
        return surgeries.clashes(body.asNew()).stream().map(ClashView::of).toList();
    }

    @PutMapping("/api/v1/surgery-dates/{id}")
    @Operation(summary = "Change one date of a surgery: its day, times and places; everyone booked is told (champions and admins)")
    OccurrenceView change(@PathVariable UUID id, @RequestBody Change body) {
        return OccurrenceView.of(surgeries.change(new OccurrenceId(id), new DateChange(body.day(), body.starts(), body.ends(),
                body.places(), body.message())));
    }

    @GetMapping("/api/v1/surgery-dates/{id}/waiting-list")
    @Operation(summary = "The waiting list of a date, in line order (champions and admins)")
    List<WaitingEntryView> waiting(@PathVariable UUID id) {
        return surgeries.waiting(new OccurrenceId(id)).stream().map(WaitingEntryView::of).toList();
    }

    @PostMapping("/api/v1/surgery-bookings/{id}/approval")
    @Operation(summary = "Approve a booking request (champions and admins)")
    BookingView approve(@PathVariable UUID id) {
        return BookingView.of(surgeries.approve(new BookingId(id)));
    }

    @PostMapping("/api/v1/surgery-bookings/{id}/refusal")
    @Operation(summary = "Decline a booking request, saying why (champions and admins)")
    BookingView decline(@PathVariable UUID id, @RequestBody Decline body) {
        return BookingView.of(surgeries.decline(new BookingId(id), body.reason()));
    }

    @GetMapping("/api/v1/surgeries")
    @Operation(summary = "Your organisation's surgeries, by title")
    Page<SurgeryView> ours(PageRequest page) {
        return surgeries.ours(page).map(SurgeryView::of);
    }

    @GetMapping("/api/v1/surgeries/{id}")
    @Operation(summary = "One of your organisation's surgeries")
    SurgeryView find(@PathVariable UUID id) {
        return SurgeryView.of(surgeries.find(new SurgeryId(id)));
    }

    @GetMapping("/api/v1/surgeries/{id}/occurrences")
    @Operation(summary = "A surgery's dates from today on, with the places left in each")
    List<OccurrenceView> occurrences(@PathVariable UUID id) {
        return surgeries.occurrences(new SurgeryId(id)).stream().map(OccurrenceView::of).toList();
    }

    @GetMapping("/api/v1/surgery-dates/{id}/bookings")
    @Operation(summary = "Who booked a date, in the order they booked (champions and admins)")
    List<BookingView> bookings(@PathVariable UUID id) {
        return surgeries.bookings(new OccurrenceId(id)).stream().map(BookingView::of).toList();
    }

    @PostMapping("/api/v1/surgery-dates/{id}/cancellation")
    @Operation(summary = "Cancel one date of a surgery, telling everyone booked; the other dates stay (champions and admins)")
    OccurrenceView cancel(@PathVariable UUID id, @RequestBody Cancellation body) {
        return OccurrenceView.of(surgeries.cancel(new OccurrenceId(id), body.reason()));
    }

    @GetMapping("/api/v1/surgery-bookers")
    @Operation(summary = "Every booking made with an email address: a booker's personal data (admins)")
    List<BookingView> bookingsBy(@RequestParam String email) {
        return surgeries.bookingsBy(email).stream().map(BookingView::of).toList();
    }

    @DeleteMapping("/api/v1/surgery-bookers")
    @Operation(summary = "Erase a booker's name, email address and notes from every booking made with the address; "
            + "the places and dates stay counted (admins)")
    ErasureView eraseBooker(@RequestParam String email) {
        return new ErasureView(surgeries.eraseBooker(email));
    }
}
