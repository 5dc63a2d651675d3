package org.sharewell.people;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * What UK GDPR asks of an organisation about one person: everything held about them, and erasure.
 * Tenant admins only. Other modules add what they hold through {@link PersonalDataSource}.
 */
public interface PersonalData {

    /** Everything held about the person, section by section (person, key roles, login, licences...). */
    Map<String, List<Map<String, String>>> export(PersonId person);

    /** The same as a CSV file with the columns section, record, field, value. */
    void exportCsv(PersonId person, Writer out) throws IOException;

    /**
     * Removes or anonymises the person's personal data everywhere: their name, email and login go,
     * their key roles and invitations are deleted, and the audit log names them as "Erased person".
     * What happened is kept, so counts and history still add up. Cannot be undone.
     *
     * @throws org.sharewell.kernel.InvalidInput for the organisation's last tenant admin
     */
    void erase(PersonId person);
}
