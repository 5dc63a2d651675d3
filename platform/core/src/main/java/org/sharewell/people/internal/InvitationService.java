package org.sharewell.people.internal;

import org.sharewell.accounts.Accounts;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.people.Invitations;
import org.sharewell.people.PeopleEvent.PersonChanged;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Invitations to log in and who may send them; see {@link Invitations} for the contract. */
@Service
@Transactional
class InvitationService implements Invitations {

    static final String NOT_OPEN = "This invitation link has expired or has already been used. "
            + "Ask your organisation's admin for a new one.";

    private final InvitationStore invitations;
    private final PeopleService people;
    private final PersonStore persons;
    private final Accounts accounts;
    private final PeopleEmails emails;
    private final TenantAddresses addresses;
    private final TenantSettings tenant;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(InvitationStore invitations, PeopleService people, PersonStore persons, Accounts accounts,
                      PeopleEmails emails, TenantAddresses addresses, TenantSettings tenant,
                      ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.people = people;
        this.persons = persons;
        this.accounts = accounts;
        this.emails = emails;
        this.addresses = addresses;
        this.tenant = tenant;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(PeopleService.MANAGES_PEOPLE)
    public SentInvitation invite(PersonId id) {
        var person = people.require(id);
        if (person.email() == null) {
            throw InvalidInput.of("email", "Add " + person.fullName() + "'s email address before inviting them.");
        }
        if (person.hasLogin()) {
            throw InvalidInput.of("email", person.fullName() + " can already log in.");
        }
        if (!person.active()) {
            throw InvalidInput.of("active", "Reactivate " + person.fullName() + " before inviting them.");
        }
        String token = SecretTokens.newToken();
        Instant expiresAt = clock.instant().plus(Duration.ofDays(VALID_DAYS));
        invitations.replace(id, token, expiresAt);
        var organisation = tenant.tenant();
        var link = addresses.homeOf(organisation.slug()).resolve("invitation/" + token);
        var actor = Actor.current();
        emails.invitation(person, actor.name(), link, expiresAt);
        events.publishEvent(new PersonChanged(TenantScope.required(), id, person.fullName(), AuditArea.PEOPLE,
                "Invited to log in", "", person.email(), actor));
        return new SentInvitation(link, expiresAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> find(String token) {
        return invitations.open(token, clock.instant())
                .map(open -> new OpenInvitation(open.fullName(), open.email(), open.expiresAt()));
    }

    @Override
    public void accept(String token, String password) {
        var invitation = invitations.open(token, clock.instant()).orElseThrow(() -> InvalidInput.of("token", NOT_OPEN));
        var login = accounts.create(invitation.email(), invitation.fullName(), password);
        persons.linkLogin(invitation.person(), login.id());
        invitations.markAccepted(invitation.id(), clock.instant());
        events.publishEvent(new PersonChanged(TenantScope.required(), invitation.person(), invitation.fullName(),
                AuditArea.PEOPLE, "Login created from invitation", "No login", "Can log in as " + login.email(),
                new Actor(login.id().value(), login.displayName())));
    }
}
