package org.sharewell.surgeries.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.SurgeryWaitingList;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The waiting lists of full surgery dates, joined without an account, at the host's own address. */
@RestController
@Tag(name = "Surgeries")
class WaitingListController {

    private final SurgeryWaitingList waiting;

    WaitingListController(SurgeryWaitingList waiting) {
        this.waiting = waiting;
    }

    @PostMapping("/api/v1/public/surgery-dates/{id}/waiting-list")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Join the waiting list of a full surgery date, without an account",
            description = "One entry per email address: joining again answers the entry already there. The same form as a booking.")
    WaitingEntryView join(@PathVariable UUID id, @RequestBody PublicSurgeryController.Booking body) {
        return WaitingEntryView.of(waiting.join(new OccurrenceId(id), body.asNew()));
    }

    @GetMapping("/api/v1/public/waiting/{token}")
    @Operation(summary = "What a waiting-list link shows: the place in line, or the offer")
    WaitingEntryView byLink(@PathVariable String token) {
        return WaitingEntryView.of(waiting.byLink(token));
    }

    @PostMapping("/api/v1/public/waiting/{token}/claim")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Take an offered place, or in the last two hours a free one: the booking made")
    BookingView claim(@PathVariable String token) {
        return BookingView.of(waiting.claim(token));
    }

    @PostMapping("/api/v1/public/waiting/{token}/departure")
    @Operation(summary = "Leave the waiting list, declining any offer, which goes to the next in line")
    WaitingEntryView leave(@PathVariable String token) {
        return WaitingEntryView.of(waiting.leave(token));
    }
}
