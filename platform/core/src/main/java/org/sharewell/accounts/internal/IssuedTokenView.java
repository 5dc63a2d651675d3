package org.sharewell.accounts.internal;

import org.sharewell.accounts.IssuedToken;

import java.time.Instant;
import java.util.UUID;

/** An API token as listed: its id and label, never the token itself. */
record IssuedTokenView(UUID id, String label, Instant createdAt, Instant expiresAt) {

    static IssuedTokenView of(IssuedToken token) {
        return new IssuedTokenView(token.id().value(), token.label(), token.createdAt(), token.expiresAt());
    }
}
