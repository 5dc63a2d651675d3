package org.sharewell.people.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Person;

import java.util.Set;
import java.util.stream.Collectors;

/** A person's state in the plain words the audit log shows before and after a change. */
final class PersonDescriptions {

    private PersonDescriptions() {
    }

    /** Such as "Ann Smith, Volunteer (Short-term until 31 March 2027), ann@example.org". */
    static String details(Person person) {
        var text = new StringBuilder(person.fullName()).append(", ").append(person.kind().description());
        if (person.volunteerTerm() != null) {
            text.append(" (").append(person.volunteerTerm().description());
            if (person.volunteeringEndsOn() != null) {
                text.append(" until ").append(UkTime.date(person.volunteeringEndsOn()));
            }
            text.append(')');
        }
        if (person.email() != null) {
            text.append(", ").append(person.email());
        }
        return text.toString();
    }

    static String roles(Set<KeyRole> roles) {
        return roles.isEmpty() ? "No key roles"
                : roles.stream().sorted().map(KeyRole::description).collect(Collectors.joining(", "));
    }
}
