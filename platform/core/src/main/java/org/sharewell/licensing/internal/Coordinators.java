package org.sharewell.licensing.internal;

import org.sharewell.kernel.AutomaticWork;

import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The organisation's active account coordinators who can be emailed. */
@Component
class Coordinators {

    private static final int PAGE = 200;

    private final People people;

    Coordinators(People people) {
        this.people = people;
    }

    /** Needs someone allowed to look people up (see {@link AutomaticWork} for scheduled work). */
    List<Person> reachable() {
        var coordinators = new ArrayList<Person>();
        int total = people.count(null);
        for (int offset = 0; offset < total; offset += PAGE) {
            people.list(null, offset, PAGE).stream()
                    .filter(person -> person.holds(KeyRole.ACCOUNT_COORDINATOR) && person.active() && person.email() != null)
                    .forEach(coordinators::add);
        }
        return coordinators;
    }
}
