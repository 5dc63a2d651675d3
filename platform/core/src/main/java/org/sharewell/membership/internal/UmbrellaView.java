package org.sharewell.membership.internal;

import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Side;
import org.sharewell.membership.Umbrella;
import org.sharewell.tenancy.TenantAddresses;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An umbrella body as its member group's REST API shows it. */
record UmbrellaView(UUID id, OrganisationView umbrella, String groupName, LinkStatus status, Instant invitedAt,
                    Instant since, Instant declinedAt, Instant endedAt, Side endedBy, Set<SharingKind> sharing) {

    static UmbrellaView of(Umbrella umbrella, TenantAddresses addresses) {
        var link = umbrella.link();
        return new UmbrellaView(link.id().value(), OrganisationView.of(umbrella.umbrella(), addresses),
                umbrella.groupName(), link.status(), link.invitedAt(), link.since(), link.declinedAt(),
                link.endedAt(), link.endedBy(), umbrella.sharing());
    }
}
