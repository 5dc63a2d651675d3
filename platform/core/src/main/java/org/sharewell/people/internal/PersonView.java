package org.sharewell.people.internal;

import org.sharewell.people.KeyRole;
import org.sharewell.people.Level;
import org.sharewell.people.Person;
import org.sharewell.people.PersonKind;
import org.sharewell.people.VolunteerTerm;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A person as the REST API shows them; {@code effectiveLevel} is what their level grants today. */
record PersonView(UUID id, String fullName, String email, PersonKind kind, VolunteerTerm volunteerTerm,
                  LocalDate volunteeringEndsOn, Level level, Level effectiveLevel, Set<KeyRole> keyRoles,
                  boolean hasLogin, boolean active) {

    static PersonView of(Person person) {
        return new PersonView(person.id().value(), person.fullName(), person.email(), person.kind(),
                person.volunteerTerm(), person.volunteeringEndsOn(), person.level(), person.effectiveLevel(),
                person.keyRoles(), person.hasLogin(), person.active());
    }
}
