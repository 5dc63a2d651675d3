package org.sharewell.people;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * Everything an admin changes about a person at once.
 *
 * @param keyRoles the key roles they should hold from now on; null to leave them as they are
 * @param level    the level they should have from now on; null to leave it as it is
 */
public record PersonChange(PersonDetails details, @Nullable Set<KeyRole> keyRoles, @Nullable Level level) {

    public PersonChange {
        keyRoles = keyRoles == null ? null : Set.copyOf(keyRoles);
    }

    /** A change of details only. */
    public static PersonChange of(PersonDetails details) {
        return new PersonChange(details, null, null);
    }
}
