package org.sharewell.people.internal;

import org.sharewell.people.KeyRole;
import org.sharewell.people.Person;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Says a person's state in the plain words the audit log shows. */
final class Describe {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Describe() {
    }

    static String details(Person person) {
        var text = new StringBuilder(person.fullName()).append(", ").append(person.kind().description());
        if (person.volunteerTerm() != null) {
            text.append(" (").append(person.volunteerTerm().description());
            if (person.volunteeringEndsOn() != null) {
                text.append(" until ").append(UK_DATE.format(person.volunteeringEndsOn()));
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
