package org.sharewell.licensing.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.LicenceState;
import org.sharewell.people.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** A licence as stored: without its holder's name, and without a state, which depends on the day asked. */
record StoredLicence(LicenceId id, PersonId person, Instant grantedAt, String grantedBy, @Nullable LocalDate expiresOn,
                     @Nullable Instant revokedAt, @Nullable String revokedBy, @Nullable String revocationReason,
                     @Nullable Instant replacedAt) {

    /** Its state on the given day in the UK: valid until the end of its last valid day. */
    LicenceState stateOn(LocalDate today) {
        if (revokedAt != null) {
            return LicenceState.REVOKED;
        }
        return expiresOn != null && expiresOn.isBefore(today) ? LicenceState.EXPIRED : LicenceState.VALID;
    }

    /** Neither revoked nor replaced by a renewal. */
    boolean isCurrent() {
        return revokedAt == null && replacedAt == null;
    }

    Licence toLicence(String holderName, LocalDate today) {
        return new Licence(id, person, holderName, stateOn(today), grantedAt, grantedBy, expiresOn, revokedAt, revokedBy,
                revocationReason);
    }
}
