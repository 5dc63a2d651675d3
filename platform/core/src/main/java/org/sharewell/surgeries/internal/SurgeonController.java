package org.sharewell.surgeries.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.surgeries.Surgeons;
import org.sharewell.surgeries.SurgeryId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Surgeons: signed up by the host, and their calendar feeds, which they renew or stop by their own link. */
@RestController
@Tag(name = "Surgeries")
class SurgeonController {

    record NewSurgeon(String name, String email) {
    }

    record FeedAddress(String feed) {
    }

    private final Surgeons surgeons;

    SurgeonController(Surgeons surgeons) {
        this.surgeons = surgeons;
    }

    @PostMapping("/api/v1/surgeries/{id}/surgeons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign a surgeon up for every date of a surgery still to come; they are emailed their calendar feed "
            + "(champions and admins)")
    SurgeonView add(@PathVariable UUID id, @RequestBody NewSurgeon body) {
        return SurgeonView.of(surgeons.add(new SurgeryId(id), body.name(), body.email()));
    }

    @GetMapping("/api/v1/surgeons")
    @Operation(summary = "Your organisation's surgeons, with their dates to come (champions and admins)")
    List<SurgeonView> ours() {
        return surgeons.ours().stream().map(SurgeonView::of).toList();
    }

    @GetMapping("/api/v1/public/surgeon-calendars/{token}")
    @Operation(summary = "A surgeon's calendar feed (iCalendar) of their sessions, behind the token only they have")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(PublicSurgeryController.CALENDAR)
                .header("Content-Disposition", "inline; filename=\"sessions.ics\"").body(surgeons.feed(token));
    }

    @GetMapping("/api/v1/public/surgeons/{token}")
    @Operation(summary = "What a surgeon's own emailed link shows: their dates, and whether their feed is on")
    SurgeonView byLink(@PathVariable String token) {
        return SurgeonView.of(surgeons.byLink(token));
    }

    @PostMapping("/api/v1/public/surgeons/{token}/feed-renewal")
    @Operation(summary = "Give a surgeon's feed a new address, from their own link; the old one stops working")
    FeedAddress renew(@PathVariable String token) {
        return new FeedAddress(surgeons.renewFeed(token));
    }

    @PostMapping("/api/v1/public/surgeons/{token}/feed-stop")
    @Operation(summary = "Stop a surgeon's feed, from their own link")
    SurgeonView stop(@PathVariable String token) {
        return SurgeonView.of(surgeons.stopFeed(token));
    }
}
