package org.sharewell.licensing.internal;

import org.sharewell.kernel.AutomaticWork;

import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.springframework.stereotype.Component;

import java.util.List;

/** The organisation's active account coordinators who can be emailed. */
@Component
class Coordinators {

    private final People people;

    Coordinators(People people) {
        this.people = people;
    }

    /** Needs someone allowed to look people up (see {@link AutomaticWork} for scheduled work). */
    List<Person> reachable() {
        return people.holding(KeyRole.ACCOUNT_COORDINATOR).stream().filter(person -> person.email() != null).toList();
    }
}
