package org.sharewell.licensing.internal;

import org.sharewell.kernel.UkTime;

import org.jooq.DSLContext;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonalDataSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static sharewell.db.licensing.Tables.APPLICATION;
import static sharewell.db.licensing.Tables.LICENCE;
import static sharewell.db.licensing.Tables.TRAINING_RECORD;

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
                    record.put("Applied", UkTime.date(row.getAppliedAt()));
                    record.put("Status", row.getStatus().name());
                    record.put("Decided", row.getDecidedAt() == null ? "" : UkTime.date(row.getDecidedAt()));
                    record.put("Reason for declining", row.getDeclineReason() == null ? "" : row.getDeclineReason());
                    records.add(record);
                });
        db.selectFrom(LICENCE).where(LICENCE.PERSON_ID.eq(person.value())).orderBy(LICENCE.GRANTED_AT).fetch()
                .forEach(row -> {
                    var record = new LinkedHashMap<String, String>();
                    record.put("Record", "Licence");
                    record.put("Granted", UkTime.date(row.getGrantedAt()));
                    record.put("Last valid day", row.getExpiresOn() == null ? "Does not expire"
                            : UkTime.date(row.getExpiresOn()));
                    record.put("Revoked", row.getRevokedAt() == null ? "" : UkTime.date(row.getRevokedAt()));
                    record.put("Reason for revoking", row.getRevocationReason() == null ? "" : row.getRevocationReason());
                    records.add(record);
                });
        return records;
    }

    @Override
    public void erase(Person person) {
        UUID id = person.id().value();
        db.update(APPLICATION).set(APPLICATION.DECLINE_REASON, ERASED)
                .where(APPLICATION.PERSON_ID.eq(id), APPLICATION.DECLINE_REASON.isNotNull()).execute();
        db.update(LICENCE).set(LICENCE.REVOCATION_REASON, ERASED)
                .where(LICENCE.PERSON_ID.eq(id), LICENCE.REVOCATION_REASON.isNotNull()).execute();
        if (person.hasLogin()) {
            forgetAsTheOneWhoActed(person.accountId().value());
        }
    }

    /** Their name where they decided, recorded training, granted or revoked; the dates stay. */
    private void forgetAsTheOneWhoActed(UUID account) {
        db.update(APPLICATION).set(APPLICATION.DECIDED_BY, ERASED_PERSON).setNull(APPLICATION.DECIDED_BY_ACCOUNT)
                .where(APPLICATION.DECIDED_BY_ACCOUNT.eq(account)).execute();
        db.update(TRAINING_RECORD).set(TRAINING_RECORD.RECORDED_BY, ERASED_PERSON).setNull(TRAINING_RECORD.RECORDED_BY_ACCOUNT)
                .where(TRAINING_RECORD.RECORDED_BY_ACCOUNT.eq(account)).execute();
        db.update(LICENCE).set(LICENCE.GRANTED_BY, ERASED_PERSON).setNull(LICENCE.GRANTED_BY_ACCOUNT)
                .where(LICENCE.GRANTED_BY_ACCOUNT.eq(account)).execute();
        db.update(LICENCE).set(LICENCE.REVOKED_BY, ERASED_PERSON).setNull(LICENCE.REVOKED_BY_ACCOUNT)
                .where(LICENCE.REVOKED_BY_ACCOUNT.eq(account)).execute();
    }
}
