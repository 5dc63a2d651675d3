package org.sharewell.licensing.internal;

import org.jooq.DSLContext;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonalDataSource;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static sharewell.db.licensing.Tables.APPLICATION;
import static sharewell.db.licensing.Tables.LICENCE;

/**
 * A person's applications and licences, for their personal data export; on erasure the free-text
 * reasons written about them go, while the dates and decisions stay so the history still counts.
 */
@Component
class LicensingPersonalData implements PersonalDataSource {

    static final String ERASED = "Removed when the person's data was erased";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final DSLContext db;

    LicensingPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "Licences to post";
    }

    @Override
    public List<Map<String, String>> recordsAbout(PersonId person) {
        var records = new ArrayList<Map<String, String>>();
        db.selectFrom(APPLICATION).where(APPLICATION.PERSON_ID.eq(person.value())).orderBy(APPLICATION.APPLIED_AT).fetch()
                .forEach(row -> {
                    var record = new LinkedHashMap<String, String>();
                    record.put("Record", "Application");
                    record.put("Applied", UK.format(row.getAppliedAt()));
                    record.put("Status", row.getStatus());
                    record.put("Decided", row.getDecidedAt() == null ? "" : UK.format(row.getDecidedAt()));
                    record.put("Reason for declining", row.getDeclineReason() == null ? "" : row.getDeclineReason());
                    records.add(record);
                });
        db.selectFrom(LICENCE).where(LICENCE.PERSON_ID.eq(person.value())).orderBy(LICENCE.GRANTED_AT).fetch()
                .forEach(row -> {
                    var record = new LinkedHashMap<String, String>();
                    record.put("Record", "Licence");
                    record.put("Granted", UK.format(row.getGrantedAt()));
                    record.put("Last valid day", row.getExpiresOn() == null ? "Does not expire"
                            : row.getExpiresOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
                    record.put("Revoked", row.getRevokedAt() == null ? "" : UK.format(row.getRevokedAt()));
                    record.put("Reason for revoking", row.getRevocationReason() == null ? "" : row.getRevocationReason());
                    records.add(record);
                });
        return records;
    }

    @Override
    public void erase(PersonId person) {
        db.update(APPLICATION).set(APPLICATION.DECLINE_REASON, ERASED)
                .where(APPLICATION.PERSON_ID.eq(person.value()), APPLICATION.DECLINE_REASON.isNotNull()).execute();
        db.update(LICENCE).set(LICENCE.REVOCATION_REASON, ERASED)
                .where(LICENCE.PERSON_ID.eq(person.value()), LICENCE.REVOCATION_REASON.isNotNull()).execute();
    }
}
