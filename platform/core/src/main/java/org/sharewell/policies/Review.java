package org.sharewell.policies;

import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.DocumentId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A policy's review.
 *
 * @param lastReviewedBy who last recorded "reviewed, no change"; null if nobody has yet
 * @param overdue        whether the due date has passed
 */
public record Review(DocumentId policy, String title, int periodMonths, LocalDate dueOn, boolean overdue,
                     @Nullable String lastReviewedBy, @Nullable Instant lastReviewedAt, @Nullable String lastNote) {
}
