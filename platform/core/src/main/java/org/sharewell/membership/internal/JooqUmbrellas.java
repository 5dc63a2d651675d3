package org.sharewell.membership.internal;

import org.sharewell.kernel.Roles;

import org.sharewell.audit.Actor;

import org.jooq.DSLContext;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.OnboardingItem;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.MembershipEvent.SharingSwitched;
import org.sharewell.membership.Side;
import org.sharewell.membership.Umbrella;
import org.sharewell.membership.Umbrellas;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.membership.Routines.invitationsToCurrentTenant;
import static sharewell.db.membership.Tables.SHARING;

@Service
@Transactional
@PreAuthorize(Roles.ADMINS)
class JooqUmbrellas implements Umbrellas {

    private final DSLContext db;
    private final Tenants tenants;
    private final Affiliations affiliations;
    private final InvitationAnswers answers;
    private final LinkEndings endings;
    private final Checklist checklist;
    private final ApplicationEventPublisher events;
    private final OtherSide otherSide;

    JooqUmbrellas(DSLContext db, Tenants tenants, Affiliations affiliations, InvitationAnswers answers,
                  LinkEndings endings, Checklist checklist, ApplicationEventPublisher events, OtherSide otherSide) {
        this.db = db;
        this.tenants = tenants;
        this.affiliations = affiliations;
        this.answers = answers;
        this.endings = endings;
        this.checklist = checklist;
        this.events = events;
        this.otherSide = otherSide;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Umbrella> list() {
        return affiliations.list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitation> invitations() {
        return db.selectFrom(invitationsToCurrentTenant()).fetch(row -> LinkRows.toInvitation(row.getLinkId(),
                row.getUmbrellaName(), row.getGroupName(), row.getInvitedEmail(), row.getExpiresAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Invitation> findInvitation(String token) {
        return JooqMemberInvitations.open(db, token);
    }

    @Override
    public Umbrella accept(LinkId invitation, String token) {
        var link = answers.accept(invitation, token, Actor.current());
        return find(link).orElseThrow();
    }

    @Override
    public void decline(LinkId invitation, String token) {
        answers.decline(invitation, token, Actor.current());
    }

    @Override
    public void end(LinkId link) {
        endings.end(link, Side.MEMBER);
    }

    @Override
    public void share(LinkId link, SharingKind kind, boolean on) {
        var umbrella = find(link).filter(found -> found.link().isActive())
                .orElseThrow(() -> new NotFound("Your organisation is not a member group of that umbrella body."));
        if (kind == null) {
            throw InvalidInput.of("kind", "Choose which kind of data to share.");
        }
        if (umbrella.sharing().contains(kind) == on) {
            return;
        }
        UUID me = TenantScope.required().value();
        if (on) {
            db.insertInto(SHARING).set(SHARING.TENANT_ID, me).set(SHARING.LINK_ID, link.value())
                    .set(SHARING.KIND, kind).execute();
        } else {
            db.deleteFrom(SHARING).where(SHARING.LINK_ID.eq(link.value()), SHARING.KIND.eq(kind)).execute();
        }
        var actor = Actor.current();
        String group = tenants.findById(new TenantId(me)).orElseThrow().name();
        events.publishEvent(new SharingSwitched(new TenantId(me), Side.MEMBER, link, umbrella.umbrella().name(), kind, on, actor));
        otherSide.tell(new SharingSwitched(umbrella.umbrella().id(), Side.UMBRELLA, link, group, kind, on,
                actor.seenFrom(group)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OnboardingItem> onboarding() {
        return checklist.of(TenantScope.required().value());
    }

    private Optional<Umbrella> find(LinkId link) {
        return affiliations.find(link);
    }
}
