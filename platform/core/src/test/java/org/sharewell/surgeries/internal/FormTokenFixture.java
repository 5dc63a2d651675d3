package org.sharewell.surgeries.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Booking-form tokens for tests that post forms through the API, signed as the platform signs them. */
public final class FormTokenFixture {

    private FormTokenFixture() {
    }

    /** A token for a form shown a minute ago: old enough to be a person's, young enough to be trusted. */
    public static String shownAMinuteAgo(String key) {
        return FormTokens.token(key.getBytes(StandardCharsets.UTF_8), Instant.now().minusSeconds(60));
    }
}
