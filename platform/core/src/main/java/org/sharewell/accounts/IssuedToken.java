package org.sharewell.accounts;

import java.time.Instant;

/** An API token a login made, described without the secret itself (which is shown once, when made). */
public record IssuedToken(ApiTokenId id, String label, Instant createdAt, Instant expiresAt) {
}
