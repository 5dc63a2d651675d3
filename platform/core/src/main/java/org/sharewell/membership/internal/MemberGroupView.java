package org.sharewell.membership.internal;

import org.sharewell.membership.Contact;
import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.MemberGroup;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.TenantAddresses;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An invited group as its umbrella body's REST API shows it. */
record MemberGroupView(UUID id, String groupName, String invitedEmail, LinkStatus status, Instant invitedAt,
                       Instant invitationExpiresAt, Instant since, Instant declinedAt, Instant endedAt,
                       Side endedBy, OrganisationView organisation, List<Contact> contacts, List<StepView> onboarding,
                       Set<SharingKind> sharing) {

    static MemberGroupView of(MemberGroup group, TenantAddresses addresses) {
        var link = group.link();
        return new MemberGroupView(link.id().value(), group.groupName(), group.invitedEmail(), link.status(),
                link.invitedAt(), link.invitationExpiresAt(), link.since(), link.declinedAt(), link.endedAt(),
                link.endedBy(), group.organisation().map(tenant -> OrganisationView.of(tenant, addresses)).orElse(null),
                group.contacts(), StepView.of(group.onboarding()), group.sharing());
    }
}
