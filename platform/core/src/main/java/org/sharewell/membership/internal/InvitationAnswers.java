package org.sharewell.membership.internal;

import org.sharewell.kernel.SecretTokens;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sharewell.audit.Actor;
import org.sharewell.membership.MembershipEvent.InvitationAccepted;
import org.sharewell.membership.MembershipEvent.InvitationDeclined;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

import static sharewell.db.membership.Routines.acceptInvitation;
import static sharewell.db.membership.Routines.declineInvitation;
import static sharewell.db.membership.Tables.LINK;

/**
 * Answers invitations for the bound organisation, through the database functions that alone may
 * change a link they do not own, and tells both sides' audit logs.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class InvitationAnswers {

    static final String NOT_OPEN = "This invitation has expired, been withdrawn or already been answered, "
            + "or it was sent to an email address that is not one of your organisation's logins. "
            + "Ask the umbrella body to send a new one.";

    private final DSLContext db;
    private final Tenants tenants;
    private final Publishing publishing;
    private final ApplicationEventPublisher events;
    private final OtherSide otherSide;

    InvitationAnswers(DSLContext db, Tenants tenants, Publishing publishing, ApplicationEventPublisher events,
                      OtherSide otherSide) {
        this.db = db;
        this.tenants = tenants;
        this.publishing = publishing;
        this.events = events;
        this.otherSide = otherSide;
    }

    /**
     * Makes the bound organisation a member group of the inviter.
     *
     * @param invitation the invitation's id, or null to find it by its token alone
     * @param token      the token from its link, or null if it was sent to one of the organisation's logins
     * @throws InvalidInput if it is not open, or not the bound organisation's to answer
     */
    LinkId accept(LinkId invitation, String token, Actor actor) {
        Tenant group = organisation(TenantScope.required().value());
        if (invitation != null && db.fetchExists(LINK, LINK.ID.eq(invitation.value()), LINK.TENANT_ID.eq(group.id().value()))) {
            throw InvalidInput.of("invitation", "This invitation was sent by your own organisation.");
        }
        var accepted = call(() -> db.selectFrom(acceptInvitation(idOf(invitation), SecretTokens.hash(token)))
                .fetchOptional()).orElseThrow(() -> InvalidInput.of("invitation", NOT_OPEN));
        var link = new LinkId(accepted.getLinkId());
        Tenant umbrella = organisation(accepted.getUmbrellaId());
        publishing.refresh();
        events.publishEvent(new InvitationAccepted(group.id(), Side.MEMBER, link, umbrella.name(), actor));
        otherSide.tell(new InvitationAccepted(umbrella.id(), Side.UMBRELLA, link, group.name(),
                actor.seenFrom(group.name())));
        return link;
    }

    /**
     * Declines for the bound organisation or, with none bound, for whoever holds the link.
     *
     * @throws InvalidInput if it is not open, or not the caller's to answer
     */
    void decline(LinkId invitation, String token, Actor actor) {
        Optional<Tenant> group = TenantScope.current().map(id -> organisation(id.value()));
        var declined = db.selectFrom(declineInvitation(idOf(invitation), SecretTokens.hash(token))).fetchOptional()
                .orElseThrow(() -> InvalidInput.of("invitation", NOT_OPEN));
        var link = new LinkId(declined.getLinkId());
        Tenant umbrella = organisation(declined.getUmbrellaId());
        String groupName = group.map(Tenant::name).orElse(declined.getGroupName());
        group.ifPresent(own -> events.publishEvent(new InvitationDeclined(own.id(), Side.MEMBER, link, umbrella.name(), actor)));
        otherSide.tell(new InvitationDeclined(umbrella.id(), Side.UMBRELLA, link, groupName,
                group.isPresent() ? actor.seenFrom(groupName) : actor));
    }

    private Tenant organisation(UUID id) {
        return tenants.findById(new TenantId(id)).orElseThrow();
    }

    private static UUID idOf(LinkId invitation) {
        return invitation == null ? null : invitation.value();
    }

    private static <T> T call(java.util.function.Supplier<T> acceptance) {
        try {
            return acceptance.get();
        } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
            // The database allows one active link per umbrella body and group.
            throw new Conflict("Your organisation is already a member group of this umbrella body.");
        }
    }
}
