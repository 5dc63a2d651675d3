package org.sharewell.membership.internal;

import org.sharewell.membership.LinkStatus;

import org.sharewell.audit.Actor;

import org.jooq.DSLContext;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.MembershipEvent.MembershipEnded;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

import static sharewell.db.membership.Routines.endLink;
import static sharewell.db.membership.Tables.LINK;

/** Ends links, from either side, through the database function that alone may, and tells both sides' logs. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class LinkEndings {

    private final DSLContext db;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final OtherSide otherSide;

    LinkEndings(DSLContext db, Tenants tenants, ApplicationEventPublisher events, OtherSide otherSide) {
        this.db = db;
        this.tenants = tenants;
        this.events = events;
        this.otherSide = otherSide;
    }

    /**
     * Ends the link, or withdraws the invitation, as the bound organisation on the given side.
     *
     * @throws NotFound if the bound organisation has nothing of the kind to end on that side
     */
    void end(LinkId id, Side side) {
        UUID me = TenantScope.required().value();
        var own = db.selectFrom(LINK).where(LINK.ID.eq(id.value()),
                side == Side.UMBRELLA ? LINK.TENANT_ID.eq(me) : LINK.MEMBER_TENANT_ID.eq(me)).fetchOptional();
        var ended = own.flatMap(row -> db.selectFrom(endLink(id.value())).fetchOptional())
                .orElseThrow(() -> new NotFound(side == Side.UMBRELLA
                        ? "There is no open invitation or member group with that id in your organisation."
                        : "Your organisation is not a member group of that umbrella body."));
        var was = LinkStatus.valueOf(ended.getWas());
        var actor = Actor.current();
        String umbrella = name(ended.getUmbrella());
        String member = ended.getMember() == null ? own.get().getGroupName() : name(ended.getMember());
        boolean byUmbrella = side == Side.UMBRELLA;
        events.publishEvent(new MembershipEnded(new TenantId(me), side, id, byUmbrella ? member : umbrella, side, was, actor));
        if (ended.getMember() != null) {
            var other = byUmbrella ? ended.getMember() : ended.getUmbrella();
            otherSide.tell(new MembershipEnded(new TenantId(other), byUmbrella ? Side.MEMBER : Side.UMBRELLA, id,
                    byUmbrella ? umbrella : member, side, was, actor.seenFrom(byUmbrella ? umbrella : member)));
        }
    }

    private String name(UUID tenant) {
        return tenants.findById(new TenantId(tenant)).orElseThrow().name();
    }
}
