package org.sharewell.licensing.internal;

import org.sharewell.kernel.UkTime;

import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingProgress;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.springframework.stereotype.Component;
import sharewell.db.licensing.tables.records.ApplicationRecord;
import sharewell.db.licensing.tables.records.LicenceRecord;
import sharewell.db.licensing.tables.records.TrainingRecordRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads applications and licences as the module's API shows them: with the person's name as it is
 * now, the training the organisation requires and what was recorded of it, and each licence's state
 * today. Names come from the people module, which lets only champions, coordinators and tenant
 * admins look people up; a person's own records are shown with the name of the signed-in person.
 */
@Component
class LicenceRegister {

    static final String UNKNOWN_PERSON = "Someone no longer listed";

    private final ApplicationStore applications;
    private final LicenceStore licences;
    private final JooqTrainingRequirements training;
    private final People people;
    private final Clock clock;

    LicenceRegister(ApplicationStore applications, LicenceStore licences, JooqTrainingRequirements training,
                    People people, Clock clock) {
        this.applications = applications;
        this.licences = licences;
        this.training = training;
        this.people = people;
        this.clock = clock;
    }

    /** Today's date in the UK, which decides whether a licence is still valid. */
    LocalDate today() {
        return UkTime.today(clock);
    }

    /** The person's name, for someone allowed to look people up. */
    String nameOf(PersonId person) {
        return people.find(person).map(Person::fullName).orElse(UNKNOWN_PERSON);
    }

    Application application(ApplicationId id, String personName) {
        return application(applications.find(id).orElseThrow(), personName);
    }

    Application application(ApplicationRecord row, String personName) {
        return toApplication(row, personName, recorded(applications.trainingOf(List.of(row.getId()))));
    }

    /** Applications with their names looked up, for someone allowed to look people up. */
    List<Application> applications(List<ApplicationRecord> rows) {
        var names = namesOf(rows.stream().map(ApplicationRecord::getPersonId).toList());
        var recorded = recorded(applications.trainingOf(rows.stream().map(ApplicationRecord::getId).toList()));
        return rows.stream().map(row -> toApplication(row, names.get(row.getPersonId()), recorded)).toList();
    }

    Licence licence(LicenceId id, String personName) {
        return licence(licences.find(id).orElseThrow(), personName);
    }

    Licence licence(LicenceRecord row, String personName) {
        return new Licence(new LicenceId(row.getId()), new PersonId(row.getPersonId()), personName,
                LicenceStore.stateOf(row, today()), row.getGrantedAt(), row.getGrantedBy(), row.getExpiresOn(),
                row.getRevokedAt(), row.getRevokedBy(), row.getRevocationReason());
    }

    /** Licences with their holders' names looked up, for someone allowed to look people up. */
    List<Licence> licences(List<LicenceRecord> rows) {
        var names = namesOf(rows.stream().map(LicenceRecord::getPersonId).toList());
        return rows.stream().map(row -> licence(row, names.get(row.getPersonId()))).toList();
    }

    private Application toApplication(ApplicationRecord row, String personName,
                                      Map<UUID, Map<TrainingItemId, TrainingRecordRecord>> recorded) {
        var done = recorded.getOrDefault(row.getId(), Map.of());
        var progress = training.current().stream().map(item -> {
            var record = done.get(item.id());
            return record == null ? new TrainingProgress(item, null, null)
                    : new TrainingProgress(item, record.getRecordedAt(), record.getRecordedBy());
        }).toList();
        return new Application(new ApplicationId(row.getId()), new PersonId(row.getPersonId()), personName,
                row.getStatus(), row.getAppliedAt(), progress,
                row.getDecidedAt(), row.getDecidedBy(), row.getDeclineReason());
    }

    private static Map<UUID, Map<TrainingItemId, TrainingRecordRecord>> recorded(List<TrainingRecordRecord> rows) {
        return rows.stream().collect(Collectors.groupingBy(TrainingRecordRecord::getApplicationId,
                Collectors.toMap(row -> new TrainingItemId(row.getItemId()), Function.identity())));
    }

    private Map<UUID, String> namesOf(List<UUID> ids) {
        var names = new HashMap<UUID, String>();
        ids.forEach(id -> names.computeIfAbsent(id, missing -> nameOf(new PersonId(missing))));
        return names;
    }

}
