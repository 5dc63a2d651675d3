package org.sharewell.people;

import java.util.List;
import java.util.Map;

/**
 * A module that holds personal data about people contributes it to exports and removes it on
 * erasure. Called inside a transaction bound to the person's tenant.
 */
public interface PersonalDataSource {

    /** The section's heading in an export, e.g. "Licences to post". */
    String section();

    /** Each record held about the person, as field name to plain-text value. */
    List<Map<String, String>> recordsAbout(PersonId person);

    /**
     * Removes or anonymises what this module holds about the person, including their name where it
     * is kept as the one who did something (found by their login).
     *
     * @param person the person as they were just before erasure, with their name, email and login
     */
    void erase(Person person);
}
