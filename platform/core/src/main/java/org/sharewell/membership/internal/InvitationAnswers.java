package org.sharewell.membership.internal;

import org.jooq.exception.IntegrityConstraintViolationException;
import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.MembershipEvent.InvitationAccepted;
import org.sharewell.membership.MembershipEvent.InvitationDeclined;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Answers invitations for the bound organisation, through the database functions that alone may
 * change a link they do not own, and tells both sides' audit logs.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class InvitationAnswers {

    static final String NOT_OPEN = "This invitation has expired, been withdrawn or already been answered, "
            + "or it was sent to an email address that no login of your organisation has confirmed. "
            + "Open the link in the invitation email, or ask the umbrella body to send a new one.";

    private final LinkStore links;
    private final Tenants tenants;
    private final MemberProfile profile;
    private final ApplicationEventPublisher events;
    private final OtherPartyLog otherParty;

    InvitationAnswers(LinkStore links, Tenants tenants, MemberProfile profile, ApplicationEventPublisher events,
                      OtherPartyLog otherParty) {
        this.links = links;
        this.tenants = tenants;
        this.profile = profile;
        this.events = events;
        this.otherParty = otherParty;
    }

    /**
     * Makes the bound organisation a member group of the inviter.
     *
     * @param invitation the invitation's id, or null to find it by its token alone
     * @param token      the token from its link, or null if it was sent to one of the organisation's logins
     * @throws InvalidInput if it is not open, or not the bound organisation's to answer
     * @throws Conflict if the bound organisation already is a member group of the inviter
     */
    LinkId accept(LinkId invitation, String token, Actor actor) {
        Tenant group = organisation(TenantScope.required());
        if (invitation != null && links.sentByUs(invitation)) {
            throw InvalidInput.of("invitation", "This invitation was sent by your own organisation.");
        }
        LinkStore.Answered accepted;
        try {
            accepted = links.accept(invitation, token).orElseThrow(() -> InvalidInput.of("invitation", NOT_OPEN));
        } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
            // The database allows one active link per umbrella body and group.
            throw new Conflict("Your organisation is already a member group of this umbrella body.");
        }
        Tenant umbrella = organisation(accepted.umbrella());
        profile.refresh();
        events.publishEvent(new InvitationAccepted(group.id(), Side.MEMBER, accepted.link(), umbrella.name(), actor));
        otherParty.record(new InvitationAccepted(umbrella.id(), Side.UMBRELLA, accepted.link(), group.name(),
                actor.seenFrom(group.name())));
        return accepted.link();
    }

    /**
     * Declines for the bound organisation or, with none bound, for whoever holds the link.
     *
     * @throws InvalidInput if it is not open, or not the caller's to answer
     */
    void decline(LinkId invitation, String token, Actor actor) {
        Optional<Tenant> group = TenantScope.current().map(this::organisation);
        var declined = links.decline(invitation, token).orElseThrow(() -> InvalidInput.of("invitation", NOT_OPEN));
        Tenant umbrella = organisation(declined.umbrella());
        String groupName = group.map(Tenant::name).orElse(declined.groupName());
        group.ifPresent(own -> events.publishEvent(new InvitationDeclined(own.id(), Side.MEMBER, declined.link(),
                umbrella.name(), actor)));
        otherParty.record(new InvitationDeclined(umbrella.id(), Side.UMBRELLA, declined.link(), groupName,
                group.isPresent() ? actor.seenFrom(groupName) : actor));
    }

    private Tenant organisation(TenantId id) {
        return tenants.findById(id).orElseThrow();
    }
}
