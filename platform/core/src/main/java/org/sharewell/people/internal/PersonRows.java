package org.sharewell.people.internal;

import org.jooq.DSLContext;
import org.sharewell.accounts.AccountId;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import sharewell.db.people.tables.records.PersonRecord;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static sharewell.db.people.Tables.KEY_ROLE;

/** Turns stored rows into {@link Person}s, fetching their key roles in one query per batch. */
final class PersonRows {

    private PersonRows() {
    }

    static List<Person> toPeople(DSLContext db, List<PersonRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<KeyRole>> roles = db.selectFrom(KEY_ROLE)
                .where(KEY_ROLE.PERSON_ID.in(rows.stream().map(PersonRecord::getId).toList()))
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(row -> row.getPersonId(),
                        Collectors.mapping(row -> row.getRole(),
                                Collectors.toCollection(() -> EnumSet.noneOf(KeyRole.class)))));
        return rows.stream().map(row -> toPerson(row, roles.getOrDefault(row.getId(), Set.of()))).toList();
    }

    static Person toPerson(PersonRecord row, Set<KeyRole> roles) {
        return new Person(new PersonId(row.getId()), row.getFullName(), row.getEmail(), row.getKind(),
                row.getVolunteerTerm() == null ? null : row.getVolunteerTerm(),
                row.getVolunteeringEndsOn(), row.getLevel(),
                roles.isEmpty() ? Set.of() : Set.copyOf(roles),
                row.getAccountId() == null ? null : new AccountId(row.getAccountId()),
                row.getActive(), row.getErasedAt() != null);
    }
}
