package org.sharewell.people;

import org.jspecify.annotations.Nullable;
import org.sharewell.accounts.AccountId;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of the current organisation.
 *
 * <p>Who may do what:
 * <ul>
 *   <li>Tenant admins add and change people, their key roles and whether they are active.</li>
 *   <li>Tenant admins and account coordinators change levels.</li>
 *   <li>Tenant admins, champions and coordinators look people up, and so does Sharewell's own
 *       scheduled work ({@link org.sharewell.kernel.AutomaticWork}).</li>
 *   <li>Anyone signed in sees themselves ({@link #me()}); anyone may ask who the admins are.</li>
 * </ul>
 * Other callers are refused with {@link org.springframework.security.access.AccessDeniedException}.
 * Broken rules are refused with {@link org.sharewell.kernel.InvalidInput} naming the field, unknown
 * ids with {@link org.sharewell.kernel.NotFound}; nothing is changed then. Every change publishes a
 * {@link PeopleEvent} that the audit log records in the same transaction.
 */
public interface People {

    /** The longest name a person may be given. */
    int LONGEST_NAME = 120;

    Person add(PersonDetails details);

    /**
     * Changes a person's details and, where given, their key roles and level, in one transaction:
     * all of it, or on any refusal (say, removing the organisation's last tenant admin) none of it.
     */
    Person change(PersonId id, PersonChange change);

    /**
     * Stops the person's login at once: its sessions and tokens stop working on their next request.
     *
     * @throws org.sharewell.kernel.InvalidInput for the organisation's last active tenant admin
     */
    Person deactivate(PersonId id);

    Person reactivate(PersonId id);

    /** Gives a key role; nothing changes if the person holds it already. */
    Person grant(PersonId id, KeyRole role);

    /**
     * Takes a key role away; nothing changes if the person does not hold it.
     *
     * @throws org.sharewell.kernel.InvalidInput when it is the last tenant admin's admin role
     */
    Person revoke(PersonId id, KeyRole role);

    /**
     * @throws org.sharewell.kernel.InvalidInput for a level that needs a licence the person does not hold
     */
    Person changeLevel(PersonId id, Level level);

    Optional<Person> find(PersonId id);

    /** The people among these ids, in one query, for a list that names many; unknown ids are left out. */
    Map<PersonId, Person> findAll(Collection<PersonId> ids);

    /** The person behind a login of the current tenant. */
    Optional<Person> forAccount(AccountId account);

    /** The signed-in person, if the login belongs to one. */
    Optional<Person> me();

    /** People in name order; erased people are left out. */
    Page<Person> list(@Nullable String nameContains, PageRequest page);

    /**
     * The active tenant admins, in name order: whom to contact about the organisation. Needs no
     * role, so that work done for the tenant with nobody signed in (right after sign-up, say) can
     * ask too; it reveals only who runs the organisation.
     */
    List<Person> admins();

    /** The active people holding the key role, in name order. */
    List<Person> holding(KeyRole role);

    /** Account managers whose licence is not valid: their official accounts need attention. */
    List<Person> accountManagersWithoutLicence();
}
