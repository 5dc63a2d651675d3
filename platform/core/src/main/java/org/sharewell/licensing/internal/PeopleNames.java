package org.sharewell.licensing.internal;

import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of applicants and holders as they are now, from the people module, which lets only
 * champions, coordinators, tenant admins and Sharewell itself look people up. A list is named with
 * one question, not one a row.
 */
@Component
class PeopleNames {

    /** For a person the people module no longer shows (or never did): never a blank name. */
    static final String UNKNOWN = "Someone no longer listed";

    private final People people;

    PeopleNames(People people) {
        this.people = people;
    }

    String of(PersonId person) {
        return people.find(person).map(Person::fullName).orElse(UNKNOWN);
    }

    Map<PersonId, String> of(Collection<PersonId> persons) {
        var found = people.findAll(persons);
        var names = new HashMap<PersonId, String>();
        persons.forEach(person -> names.put(person, found.containsKey(person) ? found.get(person).fullName() : UNKNOWN));
        return names;
    }
}
