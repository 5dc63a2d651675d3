package org.sharewell.people.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.Accounts;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.PeopleEvent.PersonAdded;
import org.sharewell.people.PeopleEvent.PersonChanged;
import org.sharewell.people.Person;
import org.sharewell.people.PersonChange;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people rules and who may use them; see {@link People} for the contract. */
@Service
@Transactional
class PeopleService implements People {

    static final String MANAGES_PEOPLE = Roles.ADMINS;
    static final String SEES_PEOPLE = Roles.PEOPLE_KEEPERS_AND_SHAREWELL;

    private final PersonStore store;
    private final LicenceHolders licences;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(PersonStore store, LicenceHolders licences, Accounts accounts, ApplicationEventPublisher events,
                  Clock clock) {
        this.store = store;
        this.licences = licences;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person add(PersonDetails details) {
        var checked = PersonRules.checked(details, UkTime.today(clock));
        PersonId id;
        try {
            id = store.insert(checked);
        } catch (DuplicateKeyException e) {
            throw emailInUse();
        }
        events.publishEvent(new PersonAdded(TenantScope.required(), id, checked.fullName(), checked.kind(), Actor.current()));
        return require(id);
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person change(PersonId id, PersonChange change) {
        var before = require(id);
        var checked = PersonRules.checked(change.details(), UkTime.today(clock));
        try {
            store.changeDetails(id, checked);
        } catch (DuplicateKeyException e) {
            throw emailInUse();
        }
        var after = require(id);
        publish(after, AuditArea.PEOPLE, "Details changed", PersonDescriptions.details(before),
                PersonDescriptions.details(after));
        if (change.keyRoles() != null) {
            // Granted before any is taken away, so that the last admin check sees the person's new roles.
            change.keyRoles().stream().sorted().forEach(role -> grant(id, role));
            before.keyRoles().stream().filter(role -> !change.keyRoles().contains(role)).sorted()
                    .forEach(role -> revoke(id, role));
        }
        if (change.level() != null) {
            changeLevel(id, change.level());
        }
        return require(id);
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person deactivate(PersonId id) {
        var person = require(id);
        if (person.active()) {
            if (person.holds(KeyRole.TENANT_ADMIN)) {
                PersonRules.checkAnotherAdminRemains(store.activeAdminsOtherThan(id), "active");
            }
            store.changeActive(id, false);
            if (person.hasLogin()) {
                accounts.changeActive(person.accountId(), false);
            }
            publish(person, AuditArea.PEOPLE, "Deactivated", "Active", "Deactivated");
        }
        return require(id);
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person reactivate(PersonId id) {
        var person = require(id);
        if (!person.active()) {
            store.changeActive(id, true);
            if (person.hasLogin()) {
                accounts.changeActive(person.accountId(), true);
            }
            publish(person, AuditArea.PEOPLE, "Reactivated", "Deactivated", "Active");
        }
        return require(id);
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person grant(PersonId id, KeyRole role) {
        var person = require(id);
        if (person.holds(role)) {
            return person;
        }
        store.grant(id, role);
        var after = require(id);
        publish(person, AuditArea.ROLES, "Key role granted", PersonDescriptions.roles(person.keyRoles()),
                PersonDescriptions.roles(after.keyRoles()));
        return after;
    }

    @Override
    @PreAuthorize(MANAGES_PEOPLE)
    public Person revoke(PersonId id, KeyRole role) {
        var person = require(id);
        if (!person.holds(role)) {
            return person;
        }
        if (role == KeyRole.TENANT_ADMIN) {
            PersonRules.checkAnotherAdminRemains(store.activeAdminsOtherThan(id), "role");
        }
        store.revoke(id, role);
        var after = require(id);
        publish(person, AuditArea.ROLES, "Key role removed", PersonDescriptions.roles(person.keyRoles()),
                PersonDescriptions.roles(after.keyRoles()));
        return after;
    }

    @Override
    @PreAuthorize(Roles.ADMINS_AND_COORDINATORS)
    public Person changeLevel(PersonId id, Level level) {
        var person = require(id);
        PersonRules.checkLevel(level, level != null && level.needsLicence() && licences.holdsValidLicence(id),
                person.fullName());
        if (person.level() == level) {
            return person;
        }
        store.changeLevel(id, level);
        publish(person, AuditArea.ROLES, "Level changed", person.level().description(), level.description());
        return require(id);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public Optional<Person> find(PersonId id) {
        return store.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public Map<PersonId, Person> findAll(Collection<PersonId> ids) {
        return store.findAll(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> forAccount(AccountId account) {
        return store.forAccount(account);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> me() {
        return accounts.signedIn().map(Account::id).flatMap(store::forAccount);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public Page<Person> list(String nameContains, PageRequest page) {
        return Page.of(store.list(nameContains, page), store.count(nameContains), page);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> admins() {
        return store.activeHolding(KeyRole.TENANT_ADMIN);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public List<Person> holding(KeyRole role) {
        return store.activeHolding(role);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_PEOPLE)
    public List<Person> accountManagersWithoutLicence() {
        return store.activeAtLevel(Level.ACCOUNT_MANAGER).stream().filter(Person::levelOnHold).toList();
    }

    Person require(PersonId id) {
        return store.find(id).orElseThrow(() -> new NotFound("There is nobody with that id in your organisation."));
    }

    private void publish(Person person, AuditArea area, String change, String before, String after) {
        events.publishEvent(new PersonChanged(TenantScope.required(), person.id(), person.fullName(), area, change,
                before, after, Actor.current()));
    }

    private static InvalidInput emailInUse() {
        return InvalidInput.of("email", "Someone else in your organisation already uses this email address.");
    }
}
