package org.sharewell.policies.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.policies.Review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A policy's review, as the REST API shows it. */
record ReviewView(UUID policy, String title, int periodMonths, LocalDate dueOn, boolean overdue, @Nullable String lastReviewedBy,
                  @Nullable Instant lastReviewedAt, @Nullable String lastNote) {

    static ReviewView of(Review review) {
        return new ReviewView(review.policy().value(), review.title(), review.periodMonths(), review.dueOn(), review.overdue(),
                review.lastReviewedBy(), review.lastReviewedAt(), review.lastNote());
    }
}
