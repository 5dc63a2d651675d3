package org.sharewell.membership.internal;

import org.sharewell.membership.Contact;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.MemberGroup;
import org.sharewell.membership.OnboardingItem;
import org.sharewell.membership.OnboardingStep;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Side;
import org.sharewell.membership.Umbrella;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantKind;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** How the REST API shows the module's records: plain values, addresses as seen from the request. */
final class ApiViews {

    private ApiViews() {
    }

    record Organisation(String name, String slug, TenantKind kind, URI address) {
        static Organisation of(Tenant tenant, TenantAddresses addresses) {
            return new Organisation(tenant.name(), tenant.slug().value(), tenant.kind(), addresses.homeOf(tenant.slug()));
        }
    }

    record Step(OnboardingStep step, String description, boolean done, Instant doneAt, boolean tracked) {
        static List<Step> of(List<OnboardingItem> items) {
            return items.stream().map(item -> new Step(item.step(), item.step().description(), item.done(),
                    item.doneAt(), item.tracked())).toList();
        }
    }

    record MemberGroupView(UUID id, String groupName, String invitedEmail, LinkStatus status, Instant invitedAt,
                           Instant invitationExpiresAt, Instant since, Instant declinedAt, Instant endedAt,
                           Side endedBy, Organisation organisation, List<Contact> contacts, List<Step> onboarding,
                           Set<SharingKind> sharing) {
        static MemberGroupView of(MemberGroup group, TenantAddresses addresses) {
            var link = group.link();
            return new MemberGroupView(link.id().value(), group.groupName(), group.invitedEmail(), link.status(),
                    link.invitedAt(), link.invitationExpiresAt(), link.since(), link.declinedAt(), link.endedAt(),
                    link.endedBy(), group.organisation().map(tenant -> Organisation.of(tenant, addresses)).orElse(null),
                    group.contacts(), Step.of(group.onboarding()), group.sharing());
        }
    }

    record UmbrellaView(UUID id, Organisation umbrella, String groupName, LinkStatus status, Instant invitedAt,
                        Instant since, Instant declinedAt, Instant endedAt, Side endedBy, Set<SharingKind> sharing) {
        static UmbrellaView of(Umbrella umbrella, TenantAddresses addresses) {
            var link = umbrella.link();
            return new UmbrellaView(link.id().value(), Organisation.of(umbrella.umbrella(), addresses),
                    umbrella.groupName(), link.status(), link.invitedAt(), link.since(), link.declinedAt(),
                    link.endedAt(), link.endedBy(), umbrella.sharing());
        }
    }

    record InvitationView(UUID id, String umbrellaName, String groupName, String email, Instant expiresAt) {
        static InvitationView of(Invitation invitation) {
            return new InvitationView(invitation.id().value(), invitation.umbrellaName(), invitation.groupName(),
                    invitation.email(), invitation.expiresAt());
        }
    }
}
