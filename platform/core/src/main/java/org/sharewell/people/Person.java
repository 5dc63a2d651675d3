package org.sharewell.people;

import org.jspecify.annotations.Nullable;
import org.sharewell.accounts.AccountId;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person of the organisation.
 *
 * @param level          the level they were given
 * @param effectiveLevel what their level grants today: their level if it needs no licence or they
 *                       hold a valid one, otherwise {@link Level#EVERYONE}; always everyone while deactivated
 * @param accountId      their login, if they have one
 * @param active         false once deactivated: they can no longer sign in
 * @param erased         true once their personal data was erased; the row remains so history still counts them
 */
public record Person(PersonId id, String fullName, @Nullable String email, PersonKind kind,
                     @Nullable VolunteerTerm volunteerTerm, @Nullable LocalDate volunteeringEndsOn, Level level,
                     Level effectiveLevel, Set<KeyRole> keyRoles, @Nullable AccountId accountId, boolean active,
                     boolean erased) {

    public Person {
        keyRoles = Set.copyOf(keyRoles);
    }

    public boolean holds(KeyRole role) {
        return keyRoles.contains(role);
    }

    public boolean hasLogin() {
        return accountId != null;
    }

    /** Whether their level needs a licence they do not hold today, so it grants only what everyone has. */
    public boolean levelOnHold() {
        return active && level != effectiveLevel;
    }
}
