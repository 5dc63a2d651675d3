package org.sharewell.membership.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.Link;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.membership.tables.records.LinkRecord;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.jooq.impl.DSL.multiset;
import static sharewell.db.membership.Routines.acceptInvitation;
import static sharewell.db.membership.Routines.declineInvitation;
import static sharewell.db.membership.Routines.endLink;
import static sharewell.db.membership.Routines.invitationsToCurrentTenant;
import static sharewell.db.membership.Routines.openInvitation;
import static sharewell.db.membership.Routines.sharesWithCurrentTenant;
import static sharewell.db.membership.Tables.LINK;
import static sharewell.db.membership.Tables.SHARING;

/**
 * Links between umbrella bodies and member groups, their invitations and sharing switches, under
 * row-level security for the bound organisation. Every change of a link's state goes through the
 * database functions that alone may make it (see the membership changelog); nothing here decides
 * who may see what: PostgreSQL does.
 */
@Component
class LinkStore {

    /** One link as the umbrella body that owns it sees it. */
    record Owned(Link link, String groupName, String invitedEmail, Optional<TenantId> member) {
    }

    /** One link as its member group sees it, with the group's own sharing switches. */
    record Membership(Link link, TenantId umbrella, String groupName, Set<SharingKind> sharing) {
    }

    /** What a database function reports of the link it changed. */
    record Answered(LinkId link, TenantId umbrella, String groupName) {
    }

    /** What ending a link changed: both sides (the member is empty for a withdrawn invitation), and its status before. */
    record Ended(TenantId umbrella, Optional<TenantId> member, LinkStatus was) {
    }

    private final DSLContext db;

    LinkStore(DSLContext db) {
        this.db = db;
    }

    void insertInvitation(LinkId id, String groupName, String email, String token, Instant expiresAt) {
        db.insertInto(LINK)
                .set(LINK.TENANT_ID, TenantScope.required().value())
                .set(LINK.ID, id.value())
                .set(LINK.GROUP_NAME, groupName)
                .set(LINK.INVITED_EMAIL, email)
                .set(LINK.TOKEN_HASH, SecretTokens.hash(token))
                .set(LINK.EXPIRES_AT, expiresAt)
                .execute();
    }

    boolean hasOpenInvitationTo(String email) {
        return db.fetchExists(LINK, LINK.TENANT_ID.eq(TenantScope.required().value()), LINK.INVITED_EMAIL.eq(email),
                LINK.STATUS.eq(LinkStatus.INVITED));
    }

    /** The bound umbrella body's links, newest invitation first; all of them, or the one with the id. */
    List<Owned> owned(Optional<LinkId> only) {
        Condition condition = only.map(id -> LINK.ID.eq(id.value())).orElse(DSL.noCondition());
        return db.selectFrom(LINK).where(LINK.TENANT_ID.eq(TenantScope.required().value()), condition)
                .orderBy(LINK.INVITED_AT.desc(), LINK.ID)
                .fetch(row -> new Owned(toLink(row), row.getGroupName(), row.getInvitedEmail(),
                        Optional.ofNullable(row.getMemberTenantId()).map(TenantId::new)));
    }

    /**
     * Asks the database, for each active link given, which kinds its member shares with the bound
     * umbrella body: the member's switches are its own rows, which only this function may consult.
     */
    Map<LinkId, Set<SharingKind>> sharedWithUs(List<Owned> links) {
        var active = links.stream().filter(owned -> owned.link().isActive()).map(owned -> owned.link().id().value()).toList();
        if (active.isEmpty()) {
            return Map.of();
        }
        var kinds = SharingKind.values();
        var fields = new java.util.ArrayList<Field<?>>(List.of(LINK.ID));
        for (SharingKind kind : kinds) {
            fields.add(sharesWithCurrentTenant(LINK.MEMBER_TENANT_ID, DSL.val(kind.name())));
        }
        var sharing = new HashMap<LinkId, Set<SharingKind>>();
        db.select(fields).from(LINK).where(LINK.ID.in(active)).forEach(row -> {
            var shared = EnumSet.noneOf(SharingKind.class);
            for (int i = 0; i < kinds.length; i++) {
                if (Boolean.TRUE.equals(row.get(i + 1, Boolean.class))) {
                    shared.add(kinds[i]);
                }
            }
            sharing.put(new LinkId(row.get(LINK.ID)), shared);
        });
        return sharing;
    }

    /** The bound organisation's links as a member group, newest invitation first, each with its sharing switches. */
    List<Membership> memberships() {
        Field<Set<SharingKind>> sharing = multiset(DSL.select(SHARING.KIND).from(SHARING)
                .where(SHARING.TENANT_ID.eq(LINK.MEMBER_TENANT_ID), SHARING.LINK_ID.eq(LINK.ID)))
                .convertFrom(rows -> {
                    var kinds = EnumSet.noneOf(SharingKind.class);
                    rows.forEach((Record1<SharingKind> kind) -> kinds.add(kind.value1()));
                    return kinds;
                });
        return db.select(LINK, sharing).from(LINK).where(LINK.MEMBER_TENANT_ID.eq(TenantScope.required().value()))
                .orderBy(LINK.INVITED_AT.desc(), LINK.ID)
                .fetch(row -> new Membership(toLink(row.value1()), new TenantId(row.value1().getTenantId()),
                        row.value1().getGroupName(), row.value1().getStatus() == LinkStatus.ACTIVE ? row.value2() : Set.of()));
    }

    boolean isActiveMember() {
        return db.fetchExists(LINK, LINK.MEMBER_TENANT_ID.eq(TenantScope.required().value()),
                LINK.STATUS.eq(LinkStatus.ACTIVE));
    }

    boolean sentByUs(LinkId link) {
        return db.fetchExists(LINK, LINK.ID.eq(link.value()), LINK.TENANT_ID.eq(TenantScope.required().value()));
    }

    /** The open invitation behind a link's token, through the function that may look across organisations. */
    Optional<Invitation> findOpenInvitation(String token) {
        byte[] hash = SecretTokens.hash(token);
        return hash == null ? Optional.empty() : db.selectFrom(openInvitation(hash)).fetchOptional(row -> new Invitation(
                new LinkId(row.getLinkId()), row.getUmbrellaName(), row.getGroupName(), row.getInvitedEmail(),
                row.getExpiresAt()));
    }

    /** Open invitations sent to the email address of one of the bound organisation's logins. */
    List<Invitation> invitationsToUs() {
        return db.selectFrom(invitationsToCurrentTenant()).fetch(row -> new Invitation(new LinkId(row.getLinkId()),
                row.getUmbrellaName(), row.getGroupName(), row.getInvitedEmail(), row.getExpiresAt()));
    }

    /** Accepts for the bound organisation; empty when it is not open or not the bound organisation's to answer. */
    Optional<Answered> accept(LinkId invitation, String token) {
        return db.selectFrom(acceptInvitation(idOf(invitation), SecretTokens.hash(token))).fetchOptional(row ->
                new Answered(new LinkId(row.getLinkId()), new TenantId(row.getUmbrellaId()), ""));
    }

    /** Declines for the bound organisation, or for whoever holds the link when none is bound. */
    Optional<Answered> decline(LinkId invitation, String token) {
        return db.selectFrom(declineInvitation(idOf(invitation), SecretTokens.hash(token))).fetchOptional(row ->
                new Answered(new LinkId(row.getLinkId()), new TenantId(row.getUmbrellaId()), row.getGroupName()));
    }

    /** The link, if the bound organisation is the given side of it. */
    Optional<Owned> ownSide(LinkId link, Side side) {
        UUID me = TenantScope.required().value();
        return db.selectFrom(LINK).where(LINK.ID.eq(link.value()),
                        side == Side.UMBRELLA ? LINK.TENANT_ID.eq(me) : LINK.MEMBER_TENANT_ID.eq(me))
                .fetchOptional(row -> new Owned(toLink(row), row.getGroupName(), row.getInvitedEmail(),
                        Optional.ofNullable(row.getMemberTenantId()).map(TenantId::new)));
    }

    /** Ends the link or withdraws the invitation as the bound organisation; empty when it may not. */
    Optional<Ended> end(LinkId link) {
        return db.selectFrom(endLink(link.value())).fetchOptional(row -> new Ended(new TenantId(row.getUmbrella()),
                Optional.ofNullable(row.getMember()).map(TenantId::new), LinkStatus.valueOf(row.getWas())));
    }

    void switchSharing(LinkId link, SharingKind kind, boolean on) {
        if (on) {
            db.insertInto(SHARING).set(SHARING.TENANT_ID, TenantScope.required().value()).set(SHARING.LINK_ID, link.value())
                    .set(SHARING.KIND, kind).execute();
        } else {
            db.deleteFrom(SHARING).where(SHARING.LINK_ID.eq(link.value()), SHARING.KIND.eq(kind)).execute();
        }
    }

    private static UUID idOf(LinkId invitation) {
        return invitation == null ? null : invitation.value();
    }

    private static Link toLink(LinkRecord row) {
        return new Link(new LinkId(row.getId()), row.getStatus(), row.getInvitedAt(), row.getExpiresAt(),
                row.getAcceptedAt(), row.getDeclinedAt(), row.getEndedAt(), row.getEndedBy());
    }
}
