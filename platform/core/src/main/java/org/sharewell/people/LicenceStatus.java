package org.sharewell.people;

/**
 * Tells whether a person holds a valid licence to post. Implemented by the licensing module; until
 * one is present nobody does. Called inside a transaction bound to the person's tenant.
 */
public interface LicenceStatus {

    boolean holdsValidLicence(PersonId person);
}
