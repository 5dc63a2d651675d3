package org.sharewell.licensing;

import org.sharewell.kernel.UkTime;

import org.sharewell.people.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A licence to post.
 *
 * <p>The expiry date is the <em>last day the licence is valid</em>, as a date in the UK (Europe/London):
 * a licence expiring on 21 November 2027 is valid all that day and no longer from midnight on the 22nd.
 *
 * @param personName        the holder's name as it is now
 * @param state             whether it is valid today
 * @param grantedBy         the coordinator's name as it was then
 * @param expiresOn         its last valid day; null if it does not expire
 * @param revokedAt         null unless revoked
 * @param revokedBy         the coordinator's name as it was then; null unless revoked
 * @param revocationReason  null unless revoked
 */
public record Licence(LicenceId id, PersonId personId, String personName, LicenceState state, Instant grantedAt,
                      String grantedBy, LocalDate expiresOn, Instant revokedAt, String revokedBy,
                      String revocationReason) {

    public boolean valid() {
        return state == LicenceState.VALID;
    }

    /** How long a licence lasts, in plain words: "valid until 21 November 2027" or "valid with no expiry date". */
    public static String validity(LocalDate expiresOn) {
        return expiresOn == null ? "valid with no expiry date" : "valid until " + UkTime.date(expiresOn);
    }
}
