package org.sharewell.publishing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * Another organisation's document adopted from one of ours, as far as that organisation lets us see
 * it (a member group that shares its policy status with its umbrella body).
 *
 * @param organisationName the adopter's name
 * @param latestVersion    the number of its newest published version; null before its first
 * @param publishedAt      when that version was published; null before the first
 * @param tookIn           our version whose changes it has taken in or declined
 * @param ourNewest        our newest version: it is {@code ourNewest - tookIn} versions behind
 * @param declined         the changes of ours it declined, with its reasons
 */
public record Adoption(DocumentRef document, String organisationName, String title, @Nullable Integer latestVersion,
                       @Nullable Instant publishedAt, int tookIn, int ourNewest, List<Declined> declined) {

    public int versionsBehind() {
        return Math.max(0, ourNewest - tookIn);
    }

    /** One of our changes that the adopter declined. */
    public record Declined(int version, int amendment, String text, String reason, String decidedBy, Instant decidedAt) {
    }
}
