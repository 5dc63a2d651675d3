package org.sharewell.membership;

import java.time.Instant;

/**
 * An open invitation, as the group it was sent to sees it.
 *
 * @param umbrellaName the name of the umbrella body that sent it
 * @param groupName    the name the umbrella body gave the group
 * @param email        the address it was sent to
 * @param expiresAt    when its link stops working
 */
public record Invitation(LinkId id, String umbrellaName, String groupName, String email, Instant expiresAt) {
}
