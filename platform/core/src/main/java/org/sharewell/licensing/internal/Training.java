package org.sharewell.licensing.internal;

import org.sharewell.audit.Actor;

import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.LicensingEvent.TrainingRecordRemoved;
import org.sharewell.licensing.LicensingEvent.TrainingRecorded;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import sharewell.db.licensing.tables.records.ApplicationRecord;

import java.time.Clock;
import java.util.Locale;

/**
 * Training records on pending applications, and the checks every step on a pending application
 * shares. Who may call it is decided by {@link JooqLicences}.
 */
@Component
class Training {

    private final ApplicationStore applications;
    private final JooqTrainingRequirements requirements;
    private final LicenceRegister register;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Training(ApplicationStore applications, JooqTrainingRequirements requirements, LicenceRegister register, People people,
             ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.requirements = requirements;
        this.register = register;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    Application record(ApplicationId id, TrainingItemId itemId) {
        var applicant = notOwn(new PersonId(pending(id).getPersonId()), "Someone else must record your own training.");
        var item = listed(itemId);
        var actor = Actor.current();
        if (applications.recordTraining(id, itemId, clock.instant(), actor)) {
            events.publishEvent(new TrainingRecorded(TenantScope.required(), id, applicant.id(), applicant.fullName(),
                    itemId, item.title(), actor));
        }
        return register.application(id, applicant.fullName());
    }

    Application remove(ApplicationId id, TrainingItemId itemId) {
        var applicant = notOwn(new PersonId(pending(id).getPersonId()), "Someone else must record your own training.");
        var item = listed(itemId);
        if (applications.removeTraining(id, itemId)) {
            events.publishEvent(new TrainingRecordRemoved(TenantScope.required(), id, applicant.id(), applicant.fullName(),
                    itemId, item.title(), Actor.current()));
        }
        return register.application(id, applicant.fullName());
    }

    /** The application, locked until the transaction ends, if it still waits for a decision. */
    ApplicationRecord pending(ApplicationId id) {
        var row = applications.lock(id)
                .orElseThrow(() -> new NotFound("There is no application with that id in your organisation."));
        var status = row.getStatus();
        if (status != ApplicationStatus.PENDING) {
            throw new Conflict("This application was already " + status.description().toLowerCase(Locale.UK) + ".");
        }
        return row;
    }

    /**
     * The applicant, unless they are the person signed in: nobody vouches for their own training or
     * decides on their own licence.
     */
    Person notOwn(PersonId applicant, String refusal) {
        if (people.me().map(Person::id).filter(applicant::equals).isPresent()) {
            throw new AccessDeniedException(refusal);
        }
        return people.find(applicant)
                .orElseThrow(() -> new NotFound("There is no application with that id in your organisation."));
    }

    private TrainingItem listed(TrainingItemId id) {
        return requirements.current().stream().filter(item -> item.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("That training is not on your organisation's list."));
    }
}
