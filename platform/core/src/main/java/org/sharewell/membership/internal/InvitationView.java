package org.sharewell.membership.internal;

import org.sharewell.membership.Invitation;

import java.time.Instant;
import java.util.UUID;

/** An open invitation to be a member group, as the REST API shows it. */
record InvitationView(UUID id, String umbrellaName, String groupName, String email, Instant expiresAt) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(invitation.id().value(), invitation.umbrellaName(), invitation.groupName(),
                invitation.email(), invitation.expiresAt());
    }
}
