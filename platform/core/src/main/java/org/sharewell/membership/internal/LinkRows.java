package org.sharewell.membership.internal;

import org.sharewell.membership.Invitation;
import org.sharewell.membership.Link;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.LinkStatus;
import sharewell.db.membership.tables.records.LinkRecord;

import java.time.Instant;

/** Turns stored rows into the module's records. */
final class LinkRows {

    static final LinkStatus ACTIVE = LinkStatus.ACTIVE;

    private LinkRows() {
    }

    static Link toLink(LinkRecord row) {
        return new Link(new LinkId(row.getId()), row.getStatus(), row.getInvitedAt(),
                row.getExpiresAt(), row.getAcceptedAt(), row.getDeclinedAt(),
                row.getEndedAt(), row.getEndedBy());
    }

    static Invitation toInvitation(java.util.UUID id, String umbrellaName, String groupName, String email,
                                   Instant expiresAt) {
        return new Invitation(new LinkId(id), umbrellaName, groupName, email, expiresAt);
    }
}
