package org.sharewell.membership.internal;

import org.sharewell.audit.Actor;

import org.sharewell.kernel.Roles;

import org.sharewell.kernel.SecretTokens;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.mail.Outbox;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.LinkStatus;
import org.sharewell.membership.MemberGroup;
import org.sharewell.membership.MembershipEvent.MemberGroupInvited;
import org.sharewell.membership.MemberGroups;
import org.sharewell.membership.Side;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static sharewell.db.membership.Tables.LINK;

@Service
@Transactional
@PreAuthorize(Roles.ADMINS)
class JooqMemberGroups implements MemberGroups {


    private final DSLContext db;
    private final Tenants tenants;
    private final Roster roster;
    private final LinkEndings endings;
    private final Outbox outbox;
    private final TenantAddresses addresses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JooqMemberGroups(DSLContext db, Tenants tenants, Roster roster, LinkEndings endings, Outbox outbox,
                     TenantAddresses addresses, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.tenants = tenants;
        this.roster = roster;
        this.endings = endings;
        this.outbox = outbox;
        this.addresses = addresses;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public MemberGroup invite(String groupName, String email) {
        var umbrella = tenants.findById(TenantScope.required()).orElseThrow();
        if (umbrella.kind() != TenantKind.INFRASTRUCTURE_BODY) {
            throw InvalidInput.of("organisation", "Only infrastructure bodies, such as a Council for Voluntary Service, "
                    + "can invite member groups. " + umbrella.name() + " is registered as a local group.");
        }
        String name = groupName == null ? "" : groupName.strip();
        String address = EmailAddresses.normalise(email);
        var problems = new LinkedHashMap<String, String>();
        if (name.length() < 2 || name.length() > 120) {
            problems.put("groupName", name.isEmpty() ? "Enter the group's name." : "Use 2 to 120 characters for the group's name.");
        }
        EmailAddresses.problemWith(email).ifPresent(problem -> problems.put("email", problem));
        if (problems.isEmpty() && db.fetchExists(LINK, LINK.TENANT_ID.eq(umbrella.id().value()),
                LINK.INVITED_EMAIL.eq(address), LINK.STATUS.eq(LinkStatus.INVITED))) {
            problems.put("email", "An invitation to " + address + " is already waiting for an answer. "
                    + "Withdraw it first if you want to send a new one.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var id = LinkId.random();
        String token = SecretTokens.newToken();
        Instant expiresAt = clock.instant().plus(Duration.ofDays(INVITATION_VALID_DAYS));
        db.insertInto(LINK)
                .set(LINK.TENANT_ID, umbrella.id().value())
                .set(LINK.ID, id.value())
                .set(LINK.GROUP_NAME, name)
                .set(LINK.INVITED_EMAIL, address)
                .set(LINK.TOKEN_HASH, SecretTokens.hash(token))
                .set(LINK.EXPIRES_AT, expiresAt)
                .execute();
        var actor = Actor.current();
        outbox.queue(InvitationEmail.of(address, name, umbrella.name(), actor.name(),
                addresses.platformHome().resolve("join/" + token), expiresAt));
        events.publishEvent(new MemberGroupInvited(umbrella.id(), id, name, address, actor));
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberGroup> list() {
        return roster.list(DSL.noCondition());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberGroup> find(LinkId id) {
        return roster.list(LINK.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public void end(LinkId id) {
        endings.end(id, Side.UMBRELLA);
    }
}
