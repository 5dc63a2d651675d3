package org.sharewell.membership;

import java.time.Instant;

/**
 * The story of one invitation: when it was sent and answered, and whether and when the link ended.
 *
 * @param invitationExpiresAt when the invitation's link stops working if nobody answers it
 * @param since               when the group accepted; null unless it did
 * @param declinedAt          when the group declined; null unless it did
 * @param endedAt             when the link ended or the invitation was withdrawn; null until then
 * @param endedBy             which side ended it; null until then
 */
public record Link(LinkId id, LinkStatus status, Instant invitedAt, Instant invitationExpiresAt, Instant since,
                   Instant declinedAt, Instant endedAt, Side endedBy) {

    public boolean isActive() {
        return status == LinkStatus.ACTIVE;
    }

    /** An invitation still waiting for an answer whose link no longer works. */
    public boolean invitationExpired(Instant now) {
        return status == LinkStatus.INVITED && !invitationExpiresAt.isAfter(now);
    }
}
