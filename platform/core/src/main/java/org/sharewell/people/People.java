package org.sharewell.people;

import org.sharewell.accounts.AccountId;

import java.util.List;
import java.util.Optional;

/**
 * The people of the current tenant.
 *
 * <p>Adding and changing people, their roles and levels needs a tenant admin; levels may also be
 * changed by an account coordinator. Invalid details are refused with {@link org.sharewell.kernel.InvalidInput}
 * and change nothing. Every change publishes an event that the audit log records.
 */
public interface People {

    Person add(PersonDetails details);

    Person change(PersonId id, PersonDetails details);

    void deactivate(PersonId id);

    void reactivate(PersonId id);

    void grant(PersonId id, KeyRole role);

    void revoke(PersonId id, KeyRole role);

    void changeLevel(PersonId id, Level level);

    Optional<Person> find(PersonId id);

    /** The person behind a login of the current tenant. */
    Optional<Person> forAccount(AccountId account);

    /** The signed-in person, if the login belongs to one. */
    Optional<Person> me();

    /** People in name order; erased people are left out. */
    List<Person> list(String nameContains, int offset, int limit);

    int count(String nameContains);

    /**
     * The active tenant admins, in name order: whom to contact about the organisation. Needs no
     * role, so that work done for the tenant with nobody signed in (right after sign-up, say) can
     * ask too; it reveals only who runs the organisation.
     */
    List<Person> admins();

    /**
     * What the person's level grants today: their level if it needs no licence or they hold a valid
     * one, otherwise {@link Level#EVERYONE}.
     */
    Level effectiveLevel(Person person);

    /** Account managers whose licence is not valid: their official accounts need attention. */
    List<Person> accountManagersWithoutLicence();
}
