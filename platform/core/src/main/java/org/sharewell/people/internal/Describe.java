package org.sharewell.people.internal;

import org.sharewell.kernel.UkTime;

import org.sharewell.people.KeyRole;
import org.sharewell.people.Person;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** Says a person's state in the plain words the audit log shows. */
final class Describe {


    private Describe() {
    }

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

    /** A moment as UK clocks showed it, such as "21 November 2026, 14:05". */
    static String ukDateAndTime(Instant moment) {
        return UkTime.dateAndTime(moment);
    }

    static String roles(Set<KeyRole> roles) {
        return roles.isEmpty() ? "No key roles"
                : roles.stream().sorted().map(KeyRole::description).collect(Collectors.joining(", "));
    }
}
