package org.sharewell.people.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.sharewell.accounts.AccountId;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Level;
import org.sharewell.people.Person;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonKind;
import org.sharewell.kernel.PageRequest;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.people.tables.records.PersonRecord;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.multiset;
import static sharewell.db.people.Tables.KEY_ROLE;
import static sharewell.db.people.Tables.PERSON;

/**
 * The person and key role tables, under row-level security for the bound tenant. Each person comes
 * back with their key roles (one query, not one per person) and the level their licence lets them
 * use today (one question to the licensing module per list).
 */
@Component
class PersonStore {

    /** The name an erased person keeps, the same as the audit log and other modules use. */
    static final String ERASED_NAME = "Erased person";

    private final DSLContext db;
    private final LicenceHolders licences;

    PersonStore(DSLContext db, LicenceHolders licences) {
        this.db = db;
        this.licences = licences;
    }

    PersonId insert(PersonDetails details) {
        var id = PersonId.random();
        db.insertInto(PERSON)
                .set(PERSON.TENANT_ID, TenantScope.required().value())
                .set(PERSON.ID, id.value())
                .set(PERSON.FULL_NAME, details.fullName())
                .set(PERSON.EMAIL, details.email())
                .set(PERSON.KIND, details.kind())
                .set(PERSON.VOLUNTEER_TERM, details.volunteerTerm())
                .set(PERSON.VOLUNTEERING_ENDS_ON, details.volunteeringEndsOn())
                .execute();
        return id;
    }

    /** The organisation's founder: its first person, a member of staff with the login that signed it up. */
    PersonId insertFounder(String name, String email, AccountId login) {
        var id = PersonId.random();
        db.insertInto(PERSON)
                .set(PERSON.TENANT_ID, TenantScope.required().value())
                .set(PERSON.ID, id.value())
                .set(PERSON.FULL_NAME, name)
                .set(PERSON.EMAIL, email)
                .set(PERSON.KIND, PersonKind.STAFF)
                .set(PERSON.ACCOUNT_ID, login.value())
                .execute();
        return id;
    }

    void changeDetails(PersonId id, PersonDetails details) {
        db.update(PERSON)
                .set(PERSON.FULL_NAME, details.fullName())
                .set(PERSON.EMAIL, details.email())
                .set(PERSON.KIND, details.kind())
                .set(PERSON.VOLUNTEER_TERM, details.volunteerTerm())
                .set(PERSON.VOLUNTEERING_ENDS_ON, details.volunteeringEndsOn())
                .where(PERSON.ID.eq(id.value()))
                .execute();
    }

    void changeActive(PersonId id, boolean active) {
        db.update(PERSON).set(PERSON.ACTIVE, active).where(PERSON.ID.eq(id.value())).execute();
    }

    void changeLevel(PersonId id, Level level) {
        db.update(PERSON).set(PERSON.LEVEL, level).where(PERSON.ID.eq(id.value())).execute();
    }

    void linkLogin(PersonId id, AccountId login) {
        db.update(PERSON).set(PERSON.ACCOUNT_ID, login.value()).where(PERSON.ID.eq(id.value())).execute();
    }

    void grant(PersonId id, KeyRole role) {
        db.insertInto(KEY_ROLE).set(KEY_ROLE.TENANT_ID, TenantScope.required().value())
                .set(KEY_ROLE.PERSON_ID, id.value()).set(KEY_ROLE.ROLE, role)
                .onConflictDoNothing().execute();
    }

    void revoke(PersonId id, KeyRole role) {
        db.deleteFrom(KEY_ROLE).where(KEY_ROLE.PERSON_ID.eq(id.value()), KEY_ROLE.ROLE.eq(role)).execute();
    }

    /** Removes name, email, roles and level for good; the row stays, so that history still counts them. */
    void erase(PersonId id, Instant at) {
        db.deleteFrom(KEY_ROLE).where(KEY_ROLE.PERSON_ID.eq(id.value())).execute();
        db.update(PERSON)
                .set(PERSON.FULL_NAME, ERASED_NAME)
                .setNull(PERSON.EMAIL)
                .set(PERSON.ACTIVE, false)
                .set(PERSON.LEVEL, Level.EVERYONE)
                .set(PERSON.ERASED_AT, at)
                .where(PERSON.ID.eq(id.value()))
                .execute();
    }

    Optional<Person> find(PersonId id) {
        return fetch(PERSON.ID.eq(id.value())).stream().findFirst();
    }

    Map<PersonId, Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return fetch(PERSON.ID.in(ids.stream().map(PersonId::value).distinct().toList())).stream()
                .collect(java.util.stream.Collectors.toMap(Person::id, person -> person));
    }

    Optional<Person> forAccount(AccountId account) {
        return fetch(PERSON.ACCOUNT_ID.eq(account.value())).stream().findFirst();
    }

    /** People in name order, erased people left out. */
    List<Person> list(String nameContains, PageRequest page) {
        return people(db.select(PERSON, ROLES).from(PERSON).where(listed(nameContains))
                .orderBy(DSL.lower(PERSON.FULL_NAME), PERSON.ID).offset(page.offset()).limit(page.limit())
                .fetch(row -> new Row(row.value1(), row.value2())));
    }

    int count(String nameContains) {
        return db.fetchCount(PERSON, listed(nameContains));
    }

    /** The active people holding the role, in name order. */
    List<Person> activeHolding(KeyRole role) {
        return people(db.select(PERSON, ROLES).from(PERSON)
                .where(PERSON.ACTIVE.isTrue(), PERSON.ERASED_AT.isNull(), holds(role))
                .orderBy(DSL.lower(PERSON.FULL_NAME), PERSON.ID)
                .fetch(row -> new Row(row.value1(), row.value2())));
    }

    List<Person> activeAtLevel(Level level) {
        return fetch(PERSON.LEVEL.eq(level).and(PERSON.ACTIVE.isTrue()));
    }

    /** Active tenant admins besides this person: the organisation must never be left with none. */
    int activeAdminsOtherThan(PersonId id) {
        return db.fetchCount(PERSON, PERSON.ID.ne(id.value()), PERSON.ACTIVE.isTrue(), holds(KeyRole.TENANT_ADMIN));
    }

    private static Condition holds(KeyRole role) {
        return DSL.exists(DSL.selectOne().from(KEY_ROLE).where(KEY_ROLE.TENANT_ID.eq(PERSON.TENANT_ID),
                KEY_ROLE.PERSON_ID.eq(PERSON.ID), KEY_ROLE.ROLE.eq(role)));
    }

    private static final org.jooq.Field<Set<KeyRole>> ROLES = multiset(DSL.select(KEY_ROLE.ROLE).from(KEY_ROLE)
            .where(KEY_ROLE.TENANT_ID.eq(PERSON.TENANT_ID), KEY_ROLE.PERSON_ID.eq(PERSON.ID)))
            .convertFrom(rows -> {
                var roles = EnumSet.noneOf(KeyRole.class);
                rows.forEach((Record1<KeyRole> role) -> roles.add(role.value1()));
                return roles;
            });

    private List<Person> fetch(Condition condition) {
        return people(db.select(PERSON, ROLES).from(PERSON).where(condition)
                .fetch(row -> new Row(row.value1(), row.value2())));
    }

    private record Row(PersonRecord person, Set<KeyRole> roles) {
    }

    /** The people, with one question about licences for all those whose level needs one. */
    private List<Person> people(List<Row> rows) {
        var licensed = licences.holdingValidLicence(rows.stream()
                .filter(row -> row.person().getActive() && row.person().getLevel().needsLicence())
                .map(row -> new PersonId(row.person().getId())).toList());
        return rows.stream().map(row -> {
            var person = row.person();
            var id = new PersonId(person.getId());
            Level effective = !person.getActive() || (person.getLevel().needsLicence() && !licensed.contains(id))
                    ? Level.EVERYONE : person.getLevel();
            return new Person(id, person.getFullName(), person.getEmail(), person.getKind(), person.getVolunteerTerm(),
                    person.getVolunteeringEndsOn(), person.getLevel(), effective, row.roles(),
                    person.getAccountId() == null ? null : new AccountId(person.getAccountId()),
                    person.getActive(), person.getErasedAt() != null);
        }).toList();
    }

    private static Condition listed(String nameContains) {
        Condition notErased = PERSON.ERASED_AT.isNull();
        return nameContains == null || nameContains.isBlank()
                ? notErased : notErased.and(PERSON.FULL_NAME.containsIgnoreCase(nameContains.strip()));
    }
}
