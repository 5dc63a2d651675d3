package org.sharewell.membership.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.MemberGroup;
import org.sharewell.membership.MemberGroups;
import org.sharewell.membership.MembershipEvent.MemberGroupInvited;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An umbrella body's member groups and who may follow them; see {@link MemberGroups} for the contract. */
@Service
@Transactional
@PreAuthorize(Roles.ADMINS)
class MemberGroupService implements MemberGroups {

    private final LinkStore links;
    private final MemberProfileStore profiles;
    private final MemberProfile profile;
    private final LinkEndings endings;
    private final Tenants tenants;
    private final MembershipEmails emails;
    private final TenantAddresses addresses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberGroupService(LinkStore links, MemberProfileStore profiles, MemberProfile profile, LinkEndings endings,
                       Tenants tenants, MembershipEmails emails, TenantAddresses addresses,
                       ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.profiles = profiles;
        this.profile = profile;
        this.endings = endings;
        this.tenants = tenants;
        this.emails = emails;
        this.addresses = addresses;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public MemberGroup invite(String groupName, String email) {
        var umbrella = tenants.findById(TenantScope.required()).orElseThrow();
        MembershipRules.checkMayInvite(umbrella);
        String address = EmailAddresses.normalise(email);
        String name = MembershipRules.checkedInvitation(groupName, email,
                EmailAddresses.isValid(email) && links.hasOpenInvitationTo(address));
        var id = LinkId.random();
        String token = SecretTokens.newToken();
        var expiresAt = clock.instant().plus(Duration.ofDays(INVITATION_VALID_DAYS));
        links.insertInvitation(id, name, address, token, expiresAt);
        var actor = Actor.current();
        emails.invitation(address, name, actor.name(), addresses.platformHome().resolve("join/" + token), expiresAt);
        events.publishEvent(new MemberGroupInvited(umbrella.id(), id, name, address, actor));
        return require(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberGroup> list() {
        return groups(Optional.empty());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberGroup> find(LinkId id) {
        return groups(Optional.of(id)).stream().findFirst();
    }

    @Override
    public MemberGroup end(LinkId id) {
        endings.end(id, Side.UMBRELLA);
        return require(id);
    }

    private MemberGroup require(LinkId id) {
        return find(id).orElseThrow(() -> new NotFound("Your organisation has sent no invitation with that id."));
    }

    /**
     * The links with what the umbrella body may see of each: the contacts, checklists and sharing
     * switches are the groups' own rows, which PostgreSQL shows for active links only. Each kind of
     * detail is read once for all the groups, not once a group.
     */
    private List<MemberGroup> groups(Optional<LinkId> only) {
        var owned = links.owned(only);
        var members = owned.stream().flatMap(link -> link.member().stream()).toList();
        var organisations = tenants.findAll(members);
        var active = owned.stream().filter(link -> link.link().isActive()).flatMap(link -> link.member().stream()).toList();
        var contacts = profiles.contactsOf(active);
        var checklists = profile.checklists(active);
        var sharing = links.sharedWithUs(owned);
        return owned.stream().map(link -> {
            boolean linked = link.link().isActive();
            Optional<TenantId> member = link.member();
            return new MemberGroup(link.link(), link.groupName(), link.invitedEmail(), member.map(organisations::get),
                    linked ? contacts.getOrDefault(member.orElseThrow(), List.of()) : List.of(),
                    linked ? checklists.get(member.orElseThrow()) : List.of(),
                    linked ? sharing.getOrDefault(link.link().id(), Set.of()) : Set.of());
        }).toList();
    }
}
