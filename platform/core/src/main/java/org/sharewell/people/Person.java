package org.sharewell.people;

import org.sharewell.accounts.AccountId;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person of the organisation.
 *
 * @param level     the level they were given; see {@link People#effectiveLevel} for what it grants today
 * @param accountId their login, if they have one
 * @param active    false once deactivated: they can no longer sign in
 * @param erased    true once their personal data was erased; the row remains so history still counts them
 */
public record Person(PersonId id, String fullName, String email, PersonKind kind, VolunteerTerm volunteerTerm,
                     LocalDate volunteeringEndsOn, Level level, Set<KeyRole> keyRoles, AccountId accountId,
                     boolean active, boolean erased) {

    public boolean holds(KeyRole role) {
        return keyRoles.contains(role);
    }

    public boolean hasLogin() {
        return accountId != null;
    }
}
