package org.sharewell.membership.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.NotFound;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.MembershipEvent.MembershipEnded;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Ends links, from either side, through the database function that alone may, and tells both sides' logs. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class LinkEndings {

    private final LinkStore links;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final OtherPartyLog otherParty;

    LinkEndings(LinkStore links, Tenants tenants, ApplicationEventPublisher events, OtherPartyLog otherParty) {
        this.links = links;
        this.tenants = tenants;
        this.events = events;
        this.otherParty = otherParty;
    }

    /**
     * Ends the link, or withdraws the invitation, as the bound organisation on the given side.
     *
     * @throws NotFound if the bound organisation has nothing of the kind to end on that side
     */
    void end(LinkId id, Side side) {
        TenantId me = TenantScope.required();
        var own = links.ownSide(id, side);
        var ended = own.flatMap(link -> links.end(id)).orElseThrow(() -> new NotFound(side == Side.UMBRELLA
                ? "There is no open invitation or member group with that id in your organisation."
                : "Your organisation is not a member group of that umbrella body."));
        var actor = Actor.current();
        String umbrella = name(ended.umbrella());
        String member = ended.member().map(this::name).orElse(own.get().groupName());
        boolean byUmbrella = side == Side.UMBRELLA;
        events.publishEvent(new MembershipEnded(me, side, id, byUmbrella ? member : umbrella, side, ended.was(), actor));
        ended.member().ifPresent(memberId -> otherParty.record(new MembershipEnded(byUmbrella ? memberId : ended.umbrella(),
                byUmbrella ? Side.MEMBER : Side.UMBRELLA, id, byUmbrella ? umbrella : member, side, ended.was(),
                actor.seenFrom(byUmbrella ? umbrella : member))));
    }

    private String name(TenantId tenant) {
        return tenants.findById(tenant).orElseThrow().name();
    }
}
