package org.sharewell.policies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.kernel.NotFound;
import org.sharewell.policies.Reviews;
import org.sharewell.publishing.DocumentId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** When each policy is next reviewed, and recording a review that found nothing to change. */
@RestController
@Tag(name = "Policies")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/v1/policies/{id}/review")
    @Operation(summary = "When the policy is next due for review, and its last \"reviewed, no change\"")
    ReviewView review(@PathVariable UUID id) {
        return reviews.of(new DocumentId(id)).map(ReviewView::of)
                .orElseThrow(() -> new NotFound("This policy has no published version yet, so there is nothing to review."));
    }

    @PostMapping("/api/v1/policies/{id}/review")
    @Operation(summary = "Record \"reviewed, no change\" with a note; the next review is a period from today (admins)")
    ReviewView reviewed(@PathVariable UUID id, @RequestBody Reviewed body) {
        return ReviewView.of(reviews.reviewedWithoutChange(new DocumentId(id), body.note()));
    }

    @PutMapping("/api/v1/policies/{id}/review/period")
    @Operation(summary = "Change how often the policy is reviewed, in months (admins)")
    ReviewView period(@PathVariable UUID id, @RequestBody Period body) {
        return ReviewView.of(reviews.changePeriod(new DocumentId(id), body.months()));
    }

    @GetMapping("/api/v1/policies/overdue")
    @Operation(summary = "Your organisation's policies past their review date, longest overdue first")
    List<ReviewView> overdue() {
        return reviews.overdue().stream().map(ReviewView::of).toList();
    }

    record Reviewed(String note) {
    }

    record Period(int months) {
    }
}
