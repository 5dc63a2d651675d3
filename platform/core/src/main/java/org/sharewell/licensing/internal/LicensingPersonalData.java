package org.sharewell.licensing.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonalDataSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's applications and licences, for their personal data export; on erasure the free-text
 * reasons written about them go, and so does their name where they acted on someone else's licence,
 * while the dates and decisions stay so the history still counts.
 */
@Component
class LicensingPersonalData implements PersonalDataSource {

    static final String ERASED = "Removed when the person's data was erased";
    /** The name the people module gives an erased person, so both read the same. */
    static final String ERASED_PERSON = "Erased person";

    private final ApplicationStore applications;
    private final LicenceStore licences;

    LicensingPersonalData(ApplicationStore applications, LicenceStore licences) {
        this.applications = applications;
        this.licences = licences;
    }

    @Override
    public String section() {
        return "Licences to post";
    }

    @Override
    public List<Map<String, String>> recordsAbout(PersonId person) {
        var records = new ArrayList<Map<String, String>>();
        applications.of(person).forEach(application -> {
            var record = new LinkedHashMap<String, String>();
            record.put("Record", "Application");
            record.put("Applied", UkTime.date(application.appliedAt()));
            record.put("Status", application.status().name());
            record.put("Decided", application.decidedAt() == null ? "" : UkTime.date(application.decidedAt()));
            record.put("Reason for declining", application.declineReason() == null ? "" : application.declineReason());
            records.add(record);
        });
        licences.of(person).forEach(licence -> {
            var record = new LinkedHashMap<String, String>();
            record.put("Record", "Licence");
            record.put("Granted", UkTime.date(licence.grantedAt()));
            record.put("Last valid day", licence.expiresOn() == null ? "Does not expire" : UkTime.date(licence.expiresOn()));
            record.put("Revoked", licence.revokedAt() == null ? "" : UkTime.date(licence.revokedAt()));
            record.put("Reason for revoking", licence.revocationReason() == null ? "" : licence.revocationReason());
            records.add(record);
        });
        return records;
    }

    @Override
    public void erase(Person person) {
        applications.replaceReasonsAbout(person.id(), ERASED);
        licences.replaceReasonsAbout(person.id(), ERASED);
        if (person.hasLogin()) {
            // Their name where they decided, recorded training, granted or revoked; the dates stay.
            applications.replaceActor(person.accountId().value(), ERASED_PERSON);
            licences.replaceActor(person.accountId().value(), ERASED_PERSON);
        }
    }
}
