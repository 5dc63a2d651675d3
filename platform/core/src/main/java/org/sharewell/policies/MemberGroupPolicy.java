package org.sharewell.policies;

import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.Adoption;

import java.time.LocalDate;

/**
 * A member group's policy adopted from an umbrella body's template, with how it stands.
 *
 * @param reviewDue    when it is next due for review; null before it is published
 * @param askedVersion the version its people are asked to read now; null before anyone was asked
 * @param acknowledged how many of them have read that version
 * @param readers      how many were asked to
 */
public record MemberGroupPolicy(Adoption adoption, @Nullable LocalDate reviewDue, @Nullable Integer askedVersion,
                                int acknowledged, int readers) {

    /** The share who have read it, as a whole percentage (as {@link AcknowledgementStatus#percentage()}); 0 when nobody was asked. */
    public int percentage() {
        return readers == 0 ? 0 : (int) Math.round(100.0 * acknowledged / readers);
    }
}
