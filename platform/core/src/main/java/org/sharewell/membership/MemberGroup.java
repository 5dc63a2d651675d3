package org.sharewell.membership;

import org.sharewell.tenancy.Tenant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A group an umbrella body invited, as the umbrella body sees it.
 *
 * @param groupName    the name the umbrella body gave the group when inviting it
 * @param invitedEmail where the invitation was sent
 * @param organisation the group's own organisation on Sharewell, once it has accepted (or declined
 *                     while signed in)
 * @param contacts     the group's tenant admins; empty unless the link is active
 * @param onboarding   the group's checklist, every step in order; empty unless the link is active
 * @param sharing      what the group lets the umbrella body see; empty unless the link is active
 */
public record MemberGroup(Link link, String groupName, String invitedEmail, Optional<Tenant> organisation,
                          List<Contact> contacts, List<OnboardingItem> onboarding, Set<SharingKind> sharing) {
}
