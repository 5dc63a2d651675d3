package org.sharewell.accounts.internal;

import java.time.Instant;

/** A token just issued, as the API shows it once and never again. */
record TokenView(String token, String tokenType, Instant expiresAt) {
}
