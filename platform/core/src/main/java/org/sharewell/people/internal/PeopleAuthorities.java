package org.sharewell.people.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.Authorities;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * What a login may do, from its person: one {@code ROLE_} authority per key role held, and
 * {@code LEVEL_} for the level their licence lets them use today. A deactivated person may do nothing.
 */
@Component
class PeopleAuthorities implements Authorities {

    private final People people;

    PeopleAuthorities(People people) {
        this.people = people;
    }

    @Override
    public Set<String> of(Account account) {
        return people.forAccount(account.id())
                .filter(person -> person.active() && !person.erased())
                .map(person -> {
                    var authorities = new HashSet<String>();
                    person.keyRoles().stream().map(KeyRole::authority).forEach(authorities::add);
                    authorities.add("LEVEL_" + person.effectiveLevel().name());
                    return (Set<String>) authorities;
                })
                .orElse(Set.of());
    }
}
