package org.sharewell.membership;

import org.sharewell.tenancy.Tenant;

import java.util.Set;

/**
 * An umbrella body the current organisation is, or was, a member group of.
 *
 * @param umbrella  the umbrella body's organisation
 * @param groupName the name the umbrella body gave this group when inviting it
 * @param sharing   the kinds of data this group shares with it; empty unless the link is active
 */
public record Umbrella(Link link, Tenant umbrella, String groupName, Set<SharingKind> sharing) {
}
