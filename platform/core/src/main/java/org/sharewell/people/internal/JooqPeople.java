package org.sharewell.people.internal;

import org.sharewell.accounts.Account;

import org.sharewell.audit.Actor;

import org.sharewell.kernel.Roles;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.Accounts;
import org.sharewell.audit.AuditArea;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PeopleEvent.PersonAdded;
import org.sharewell.people.PeopleEvent.PersonChanged;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static sharewell.db.people.Tables.KEY_ROLE;
import static sharewell.db.people.Tables.PERSON;

@Service
@Transactional
class JooqPeople implements People {

    static final String MANAGES_PEOPLE = Roles.ADMINS;
    static final String SEES_PEOPLE = Roles.PEOPLE_KEEPERS_AND_SHAREWELL;

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Licences licences;
    private final Accounts accounts;

    JooqPeople(DSLContext db, ApplicationEventPublisher events, Clock clock, Licences licences,
               Accounts accounts) {
        this.db = db;
        this.events = events;
        this.clock = clock;
        this.licences = licences;
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person add(PersonDetails details) {
        var checked = PersonRules.checked(details, LocalDate.now(clock));
        var id = PersonId.random();
        try {
            db.insertInto(PERSON)
                    .set(PERSON.TENANT_ID, TenantScope.required().value())
                    .set(PERSON.ID, id.value())
                    .set(PERSON.FULL_NAME, checked.fullName())
                    .set(PERSON.EMAIL, checked.email())
                    .set(PERSON.KIND, checked.kind())
                    .set(PERSON.VOLUNTEER_TERM, checked.volunteerTerm())
                    .set(PERSON.VOLUNTEERING_ENDS_ON, checked.volunteeringEndsOn())
                    .execute();
        } catch (DuplicateKeyException e) {
            throw emailInUse();
        }
        events.publishEvent(new PersonAdded(TenantScope.required(), id, checked.fullName(), checked.kind(), Actor.current()));
        return require(id);
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person change(PersonId id, PersonDetails details) {
        var before = require(id);
        var checked = PersonRules.checked(details, LocalDate.now(clock));
        try {
            db.update(PERSON)
                    .set(PERSON.FULL_NAME, checked.fullName())
                    .set(PERSON.EMAIL, checked.email())
                    .set(PERSON.KIND, checked.kind())
                    .set(PERSON.VOLUNTEER_TERM, checked.volunteerTerm())
                    .set(PERSON.VOLUNTEERING_ENDS_ON, checked.volunteeringEndsOn())
                    .where(PERSON.ID.eq(id.value()))
                    .execute();
        } catch (DuplicateKeyException e) {
            throw emailInUse();
        }
        var after = require(id);
        publish(after, AuditArea.PEOPLE, "Details changed", Describe.details(before), Describe.details(after));
        return after;
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public void deactivate(PersonId id) {
        var person = require(id);
        if (person.active()) {
            if (person.holds(KeyRole.TENANT_ADMIN) && adminsOtherThan(id) == 0) {
                throw InvalidInput.of("active", "Every organisation needs at least one active tenant admin. Make someone else an admin first.");
            }
            db.update(PERSON).set(PERSON.ACTIVE, false).where(PERSON.ID.eq(id.value())).execute();
            if (person.hasLogin()) {
                accounts.changeActive(person.accountId(), false);
            }
            publish(person, AuditArea.PEOPLE, "Deactivated", "Active", "Deactivated");
        }
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public void reactivate(PersonId id) {
        var person = require(id);
        if (!person.active()) {
            db.update(PERSON).set(PERSON.ACTIVE, true).where(PERSON.ID.eq(id.value())).execute();
            if (person.hasLogin()) {
                accounts.changeActive(person.accountId(), true);
            }
            publish(person, AuditArea.PEOPLE, "Reactivated", "Deactivated", "Active");
        }
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public void grant(PersonId id, KeyRole role) {
        var person = require(id);
        if (!person.holds(role)) {
            db.insertInto(KEY_ROLE).set(KEY_ROLE.TENANT_ID, TenantScope.required().value())
                    .set(KEY_ROLE.PERSON_ID, id.value()).set(KEY_ROLE.ROLE, role).execute();
            publish(person, AuditArea.ROLES, "Key role granted", Describe.roles(person.keyRoles()), Describe.roles(require(id).keyRoles()));
        }
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public void revoke(PersonId id, KeyRole role) {
        var person = require(id);
        if (person.holds(role)) {
            if (role == KeyRole.TENANT_ADMIN && adminsOtherThan(id) == 0) {
                throw InvalidInput.of("role", "Every organisation needs at least one tenant admin. Make someone else an admin first.");
            }
            db.deleteFrom(KEY_ROLE).where(KEY_ROLE.PERSON_ID.eq(id.value()), KEY_ROLE.ROLE.eq(role)).execute();
            publish(person, AuditArea.ROLES, "Key role removed", Describe.roles(person.keyRoles()), Describe.roles(require(id).keyRoles()));
        }
    }

    @Override
    @PreAuthorize(Roles.ADMINS_AND_COORDINATORS)
    public void changeLevel(PersonId id, Level level) {
        var person = require(id);
        if (level == null) {
            throw InvalidInput.of("level", "Choose a level.");
        }
        if (level.needsLicence() && !licences.holdsValidLicence(id)) {
            throw InvalidInput.of("level", person.fullName() + " needs a valid licence to post before they can be a "
                    + level.description().toLowerCase(java.util.Locale.UK) + ".");
        }
        if (person.level() != level) {
            db.update(PERSON).set(PERSON.LEVEL, level).where(PERSON.ID.eq(id.value())).execute();
            publish(person, AuditArea.ROLES, "Level changed", person.level().description(), level.description());
        }
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public Optional<Person> find(PersonId id) {
        return fetch(PERSON.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> forAccount(AccountId account) {
        return fetch(PERSON.ACCOUNT_ID.eq(account.value())).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> me() {
        return accounts.signedIn().map(Account::id).flatMap(this::forAccount);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public List<Person> list(String nameContains, int offset, int limit) {
        var rows = db.selectFrom(PERSON).where(listed(nameContains))
                .orderBy(DSL.lower(PERSON.FULL_NAME), PERSON.ID).offset(offset).limit(limit).fetch();
        return PersonRows.toPeople(db, rows);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public int count(String nameContains) {
        return db.fetchCount(PERSON, listed(nameContains));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> admins() {
        var rows = db.selectFrom(PERSON)
                .where(PERSON.ACTIVE.isTrue(), PERSON.ERASED_AT.isNull(), DSL.exists(DSL.selectOne().from(KEY_ROLE)
                        .where(KEY_ROLE.TENANT_ID.eq(PERSON.TENANT_ID), KEY_ROLE.PERSON_ID.eq(PERSON.ID),
                                KEY_ROLE.ROLE.eq(KeyRole.TENANT_ADMIN))))
                .orderBy(DSL.lower(PERSON.FULL_NAME), PERSON.ID).fetch();
        return PersonRows.toPeople(db, rows);
    }

    @Override
    @Transactional(readOnly = true)
    public Level effectiveLevel(Person person) {
        return !person.active() || (person.level().needsLicence() && !licences.holdsValidLicence(person.id()))
                ? Level.EVERYONE : person.level();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public List<Person> accountManagersWithoutLicence() {
        return fetch(PERSON.LEVEL.eq(Level.ACCOUNT_MANAGER).and(PERSON.ACTIVE.isTrue())).stream()
                .filter(person -> !licences.holdsValidLicence(person.id()))
                .toList();
    }

    Person require(PersonId id) {
        return fetch(PERSON.ID.eq(id.value())).stream().findFirst()
                .orElseThrow(() -> new NotFound("There is nobody with that id in your organisation."));
    }

    private List<Person> fetch(Condition condition) {
        return PersonRows.toPeople(db, db.selectFrom(PERSON).where(condition).fetch());
    }

    private static Condition listed(String nameContains) {
        Condition notErased = PERSON.ERASED_AT.isNull();
        return nameContains == null || nameContains.isBlank()
                ? notErased : notErased.and(PERSON.FULL_NAME.containsIgnoreCase(nameContains.strip()));
    }

    /** Active tenant admins besides this person: the organisation must never be left with none. */
    int adminsOtherThan(PersonId id) {
        return db.fetchCount(KEY_ROLE.join(PERSON).on(PERSON.TENANT_ID.eq(KEY_ROLE.TENANT_ID), PERSON.ID.eq(KEY_ROLE.PERSON_ID)),
                KEY_ROLE.ROLE.eq(KeyRole.TENANT_ADMIN), KEY_ROLE.PERSON_ID.ne(id.value()), PERSON.ACTIVE.isTrue());
    }

    private void publish(Person person, AuditArea area, String change, String before, String after) {
        events.publishEvent(new PersonChanged(TenantScope.required(), person.id(), person.fullName(), area, change,
                before, after, Actor.current()));
    }

    private static InvalidInput emailInUse() {
        return InvalidInput.of("email", "Someone else in your organisation already uses this email address.");
    }
}
