package org.sharewell.membership.internal;

import org.sharewell.membership.Invitation;
import org.sharewell.membership.Link;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.Side;
import sharewell.db.membership.tables.records.LinkRecord;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Turns stored rows into the module's records. */
final class LinkRows {

    static final String ACTIVE = LinkStatus.ACTIVE.name();

    private LinkRows() {
    }

    static Link toLink(LinkRecord row) {
        return new Link(new LinkId(row.getId()), LinkStatus.valueOf(row.getStatus()), instant(row.getInvitedAt()),
                instant(row.getExpiresAt()), instant(row.getAcceptedAt()), instant(row.getDeclinedAt()),
                instant(row.getEndedAt()), row.getEndedBy() == null ? null : Side.valueOf(row.getEndedBy()));
    }

    static Invitation toInvitation(java.util.UUID id, String umbrellaName, String groupName, String email,
                                   OffsetDateTime expiresAt) {
        return new Invitation(new LinkId(id), umbrellaName, groupName, email, instant(expiresAt));
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
