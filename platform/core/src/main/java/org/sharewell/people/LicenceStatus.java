package org.sharewell.people;

import java.util.Collection;
import java.util.Set;

/**
 * Tells which people hold a valid licence to post. Implemented by the licensing module; until one
 * is present nobody does. Called inside a transaction bound to the people's tenant, once for a
 * whole list of people rather than once a person.
 */
public interface LicenceStatus {

    /** Those of the given people who hold a valid licence today. */
    Set<PersonId> holdingValidLicence(Collection<PersonId> people);
}
