package org.sharewell.people.internal;

import org.sharewell.audit.Actor;

import org.sharewell.kernel.UkTime;

import org.jooq.DSLContext;
import org.sharewell.accounts.Accounts;
import org.sharewell.audit.AuditArea;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.sharewell.people.Invitations;
import org.sharewell.people.PeopleEvent.PersonChanged;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettings;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.SecretTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.people.Tables.INVITATION;
import static sharewell.db.people.Tables.PERSON;

@Service
@Transactional
class JooqInvitations implements Invitations {

    private final DSLContext db;
    private final JooqPeople people;
    private final Accounts accounts;
    private final Outbox outbox;
    private final TenantAddresses addresses;
    private final TenantSettings tenant;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JooqInvitations(DSLContext db, JooqPeople people, Accounts accounts, Outbox outbox, TenantAddresses addresses,
                    TenantSettings tenant, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.people = people;
        this.accounts = accounts;
        this.outbox = outbox;
        this.addresses = addresses;
        this.tenant = tenant;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(JooqPeople.MANAGES_PEOPLE)
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
        db.deleteFrom(INVITATION).where(INVITATION.PERSON_ID.eq(id.value()), INVITATION.ACCEPTED_AT.isNull()).execute();
        db.insertInto(INVITATION)
                .set(INVITATION.TENANT_ID, TenantScope.required().value())
                .set(INVITATION.ID, UUID.randomUUID())
                .set(INVITATION.PERSON_ID, id.value())
                .set(INVITATION.TOKEN_HASH, SecretTokens.hash(token))
                .set(INVITATION.EXPIRES_AT, expiresAt)
                .execute();
        var organisation = tenant.tenant();
        var link = addresses.homeOf(organisation.slug()).resolve("invitation/" + token);
        outbox.queue(new Email(person.email(), "Join " + organisation.name() + " on Sharewell", """
                Hello %s,

                %s has invited you to join %s on Sharewell, where it keeps its social media policy, \
                its people and its Social Media Surgeries.

                To create your login, open this link and choose a password:
                %s

                The link works once, until %s. If you were not expecting this, you can ignore this email.
                """.formatted(person.fullName(), Actor.current().name(), organisation.name(), link,
                UkTime.date(expiresAt))));
        events.publishEvent(new PersonChanged(TenantScope.required(), id, person.fullName(), AuditArea.PEOPLE,
                "Invited to log in", "", person.email(), Actor.current()));
        return new SentInvitation(link, expiresAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> find(String token) {
        return open(token).map(row -> new OpenInvitation(row.get(PERSON.FULL_NAME), row.get(PERSON.EMAIL),
                row.get(INVITATION.EXPIRES_AT)));
    }

    @Override
    public void accept(String token, String password) {
        var invitation = open(token).orElseThrow(() -> InvalidInput.of("token",
                "This invitation link has expired or has already been used. Ask your organisation's admin for a new one."));
        var login = accounts.create(invitation.get(PERSON.EMAIL), invitation.get(PERSON.FULL_NAME), password);
        db.update(PERSON).set(PERSON.ACCOUNT_ID, login.id().value())
                .where(PERSON.ID.eq(invitation.get(PERSON.ID))).execute();
        db.update(INVITATION).set(INVITATION.ACCEPTED_AT, clock.instant())
                .where(INVITATION.ID.eq(invitation.get(INVITATION.ID))).execute();
        events.publishEvent(new PersonChanged(TenantScope.required(), new PersonId(invitation.get(PERSON.ID)),
                invitation.get(PERSON.FULL_NAME), AuditArea.PEOPLE, "Login created from invitation", "No login",
                "Can log in as " + login.email(), new org.sharewell.audit.Actor(login.id().value(), login.displayName())));
    }

    private Optional<org.jooq.Record> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return db.select(INVITATION.ID, INVITATION.EXPIRES_AT, PERSON.ID, PERSON.FULL_NAME, PERSON.EMAIL)
                .from(INVITATION).join(PERSON).on(PERSON.TENANT_ID.eq(INVITATION.TENANT_ID), PERSON.ID.eq(INVITATION.PERSON_ID))
                .where(INVITATION.TOKEN_HASH.eq(SecretTokens.hash(token)), INVITATION.ACCEPTED_AT.isNull(),
                        INVITATION.EXPIRES_AT.gt(clock.instant()), PERSON.ACTIVE.isTrue(), PERSON.ACCOUNT_ID.isNull())
                .fetchOptional()
                .map(row -> (org.jooq.Record) row);
    }
}
