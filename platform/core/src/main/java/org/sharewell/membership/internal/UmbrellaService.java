package org.sharewell.membership.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.membership.Invitation;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.MembershipEvent.SharingSwitched;
import org.sharewell.membership.OnboardingItem;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Side;
import org.sharewell.membership.Umbrella;
import org.sharewell.membership.Umbrellas;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** A member group's umbrella bodies and who may answer for it; see {@link Umbrellas} for the contract. */
@Service
@Transactional
@PreAuthorize(Roles.ADMINS)
class UmbrellaService implements Umbrellas {

    private final LinkStore links;
    private final Tenants tenants;
    private final InvitationAnswers answers;
    private final LinkEndings endings;
    private final MemberProfile profile;
    private final ApplicationEventPublisher events;
    private final OtherPartyLog otherParty;

    UmbrellaService(LinkStore links, Tenants tenants, InvitationAnswers answers, LinkEndings endings,
                    MemberProfile profile, ApplicationEventPublisher events, OtherPartyLog otherParty) {
        this.links = links;
        this.tenants = tenants;
        this.answers = answers;
        this.endings = endings;
        this.profile = profile;
        this.events = events;
        this.otherParty = otherParty;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Umbrella> list() {
        return umbrellasOf(links, tenants);
    }

    /**
     * The bound organisation's umbrella bodies, with their names looked up once for all. Checks no
     * role, so that joining from an invitation email, with nobody signed in yet, can show the result.
     */
    static List<Umbrella> umbrellasOf(LinkStore links, Tenants tenants) {
        var memberships = links.memberships();
        var umbrellas = tenants.findAll(memberships.stream().map(LinkStore.Membership::umbrella).toList());
        return memberships.stream().map(membership -> new Umbrella(membership.link(),
                umbrellas.get(membership.umbrella()), membership.groupName(), membership.sharing())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitation> invitations() {
        return links.invitationsToUs();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Invitation> findInvitation(String token) {
        return links.findOpenInvitation(token);
    }

    @Override
    public Umbrella accept(LinkId invitation, String token) {
        return require(answers.accept(invitation, token, Actor.current()));
    }

    @Override
    public void decline(LinkId invitation, String token) {
        answers.decline(invitation, token, Actor.current());
    }

    @Override
    public Umbrella end(LinkId link) {
        endings.end(link, Side.MEMBER);
        return require(link);
    }

    @Override
    public Umbrella share(LinkId link, SharingKind kind, boolean on) {
        var umbrella = find(link).filter(found -> found.link().isActive())
                .orElseThrow(() -> new NotFound("Your organisation is not a member group of that umbrella body."));
        if (kind == null) {
            throw InvalidInput.of("kind", "Choose which kind of data to share.");
        }
        if (umbrella.sharing().contains(kind) == on) {
            return umbrella;
        }
        links.switchSharing(link, kind, on);
        var me = TenantScope.required();
        var actor = Actor.current();
        String group = tenants.findById(me).orElseThrow().name();
        events.publishEvent(new SharingSwitched(me, Side.MEMBER, link, umbrella.umbrella().name(), kind, on, actor));
        otherParty.record(new SharingSwitched(umbrella.umbrella().id(), Side.UMBRELLA, link, group, kind, on,
                actor.seenFrom(group)));
        return require(link);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OnboardingItem> onboarding() {
        return profile.checklist(TenantScope.required());
    }

    /** Found through the list, which a member group keeps short: it has few umbrella bodies. */
    private Optional<Umbrella> find(LinkId link) {
        return list().stream().filter(umbrella -> umbrella.link().id().equals(link)).findFirst();
    }

    private Umbrella require(LinkId link) {
        return find(link).orElseThrow(() -> new NotFound("Your organisation is not a member group of that umbrella body."));
    }
}
