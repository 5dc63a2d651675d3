package org.sharewell.licensing.internal;

import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicenceState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A licence as the REST API shows it; {@code expiresOn} is its last valid day. */
record LicenceView(UUID id, UUID personId, String personName, LicenceState state, Instant grantedAt, String grantedBy,
                   LocalDate expiresOn, Instant revokedAt, String revokedBy, String revocationReason) {

    static LicenceView of(Licence licence) {
        return new LicenceView(licence.id().value(), licence.personId().value(), licence.personName(), licence.state(),
                licence.grantedAt(), licence.grantedBy(), licence.expiresOn(), licence.revokedAt(), licence.revokedBy(),
                licence.revocationReason());
    }
}
