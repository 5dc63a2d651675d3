package org.sharewell.policies;

import org.sharewell.publishing.DocumentId;

import java.util.List;
import java.util.Optional;

/**
 * When each of the organisation's policies is next reviewed. Publishing a substantive version sets the
 * next review a review period later (12 months unless changed); so does recording "reviewed, no change";
 * a minor version does not. Admins are emailed {@value #FIRST_NOTICE_DAYS} and {@value #LAST_NOTICE_DAYS}
 * days before, and an overdue policy is flagged on their dashboard.
 */
public interface Reviews {

    int FIRST_NOTICE_DAYS = 30;
    int LAST_NOTICE_DAYS = 7;

    /** The policy's review; empty before its first version. Anyone signed in. */
    Optional<Review> of(DocumentId policy);

    /**
     * Records that the policy was reviewed and nothing needs changing, and restarts the clock. Admins.
     * Publishes {@link PoliciesEvent.PolicyReviewed}.
     *
     * @throws org.sharewell.kernel.InvalidInput for a note of fewer than 3 or more than 1,000 characters
     * @throws org.sharewell.kernel.NotFound before the policy's first version
     */
    Review reviewedWithoutChange(DocumentId policy, String note);

    /**
     * Changes how often the policy is reviewed, from its last review or substantive version. Admins.
     *
     * @throws org.sharewell.kernel.InvalidInput for a period other than 1 to 36 months
     */
    Review changePeriod(DocumentId policy, int months);

    /** The organisation's policies past their review date, longest overdue first. Anyone signed in. */
    List<Review> overdue();
}
