/**
 * Member groups of umbrella bodies. An infrastructure body (such as a CVS) invites a local group by
 * email; the group joins by creating its own organisation or by linking the one it already has, or
 * declines; either side can end the link later, and its history is kept.
 *
 * <p>While linked, the umbrella body sees the group's name, contacts and onboarding checklist, and
 * more only where the group has switched sharing on for that kind of data ({@link
 * org.sharewell.membership.SharingKind}). PostgreSQL enforces this: see the membership changelog
 * for the policies and for how future tables use {@code membership.shares_with_current_tenant}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
@NullMarked
package org.sharewell.membership;

import org.jspecify.annotations.NullMarked;
