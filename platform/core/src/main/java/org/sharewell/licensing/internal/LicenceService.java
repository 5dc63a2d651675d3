package org.sharewell.licensing.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.UkTime;
import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.LicenceState;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.LicensingEvent.LicenceAppliedFor;
import org.sharewell.licensing.LicensingEvent.LicenceDeclined;
import org.sharewell.licensing.LicensingEvent.LicenceGranted;
import org.sharewell.licensing.LicensingEvent.LicenceRevoked;
import org.sharewell.licensing.LicensingEvent.TrainingRecordRemoved;
import org.sharewell.licensing.LicensingEvent.TrainingRecorded;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The licensing rules and who may use them; see {@link Licences} for the contract. */
@Service
@Transactional
class LicenceService implements Licences {

    static final String RECORDS_TRAINING = Roles.CHAMPIONS_AND_ADMINS;
    static final String DECIDES = Roles.COORDINATORS;
    static final String SEES_LICENCES = Roles.PEOPLE_KEEPERS;

    private static final String NO_SUCH_APPLICATION = "There is no application with that id in your organisation.";

    private final ApplicationStore applications;
    private final LicenceStore licences;
    private final TrainingItemStore training;
    private final PeopleNames names;
    private final People people;
    private final LicenceEmails emails;
    private final LicenceExpiryJob expiry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LicenceService(ApplicationStore applications, LicenceStore licences, TrainingItemStore training, PeopleNames names,
                   People people, LicenceEmails emails, LicenceExpiryJob expiry, ApplicationEventPublisher events,
                   Clock clock) {
        this.applications = applications;
        this.licences = licences;
        this.training = training;
        this.names = names;
        this.people = people;
        this.emails = emails;
        this.expiry = expiry;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    public Application apply() {
        var me = people.me().orElseThrow(() -> new NotFound("Your login is not linked to a person in your organisation."));
        if (applications.hasPending(me.id())) {
            throw new Conflict("You already have an application waiting for a decision.");
        }
        LicenceRules.checkMayApply(licences.currentOf(me.id()), UkTime.today(clock));
        var id = applications.insert(me.id(), clock.instant());
        events.publishEvent(new LicenceAppliedFor(TenantScope.required(), id, me.id(), me.fullName(), Actor.current()));
        return application(id, me.fullName());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<Application> myApplication() {
        return people.me().flatMap(me -> applications.latestOf(me.id())
                .map(stored -> stored.toApplication(me.fullName(), training.current())));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<Licence> myLicence() {
        return people.me().flatMap(me -> licences.latestOf(me.id())
                .map(stored -> stored.toLicence(me.fullName(), UkTime.today(clock))));
    }

    @Override
    @PreAuthorize(RECORDS_TRAINING)
    public Application recordTraining(ApplicationId id, TrainingItemId itemId) {
        var applicant = notOwn(pending(id).person(), "Someone else must record your own training.");
        var item = listed(itemId);
        var actor = Actor.current();
        if (applications.recordTraining(id, itemId, clock.instant(), actor)) {
            events.publishEvent(new TrainingRecorded(TenantScope.required(), id, applicant.id(), applicant.fullName(),
                    itemId, item.title(), actor));
        }
        return application(id, applicant.fullName());
    }

    @Override
    @PreAuthorize(RECORDS_TRAINING)
    public Application removeTraining(ApplicationId id, TrainingItemId itemId) {
        var applicant = notOwn(pending(id).person(), "Someone else must record your own training.");
        var item = listed(itemId);
        if (applications.removeTraining(id, itemId)) {
            events.publishEvent(new TrainingRecordRemoved(TenantScope.required(), id, applicant.id(), applicant.fullName(),
                    itemId, item.title(), Actor.current()));
        }
        return application(id, applicant.fullName());
    }

    @Override
    @PreAuthorize(DECIDES)
    public Licence grant(ApplicationId id, LocalDate expiresOn) {
        var stored = pending(id);
        var applicant = notOwn(stored.person(), "Another coordinator must decide on your own application.");
        var today = UkTime.today(clock);
        LicenceRules.checkExpiry(expiresOn, today);
        LicenceRules.checkTrainingComplete(stored.toApplication(applicant.fullName(), training.current()));
        if (!applicant.active()) {
            throw new Conflict(applicant.fullName() + " is deactivated. Reactivate them before granting a licence.");
        }
        var actor = Actor.current();
        var now = clock.instant();
        applications.decide(id, ApplicationStatus.GRANTED, now, actor, null);
        var licence = licences.issue(applicant.id(), id, now, actor, expiresOn);
        expiry.plan(licence, expiresOn);
        events.publishEvent(new LicenceGranted(TenantScope.required(), licence, id, applicant.id(), applicant.fullName(),
                expiresOn, actor));
        emails.granted(applicant, expiresOn);
        return licence(licence, applicant.fullName());
    }

    @Override
    @PreAuthorize(DECIDES)
    public Application decline(ApplicationId id, String reason) {
        var applicant = notOwn(pending(id).person(), "Another coordinator must decide on your own application.");
        String checked = LicenceRules.checkedReason(reason, "Say why the application is declined: the applicant is told.");
        var actor = Actor.current();
        applications.decide(id, ApplicationStatus.DECLINED, clock.instant(), actor, checked);
        events.publishEvent(new LicenceDeclined(TenantScope.required(), id, applicant.id(), applicant.fullName(), checked, actor));
        emails.declined(applicant, checked);
        return application(id, applicant.fullName());
    }

    @Override
    @PreAuthorize(DECIDES)
    public Licence revoke(LicenceId id, String reason) {
        var stored = licences.lock(id).orElseThrow(LicenceService::noSuchLicence);
        LicenceRules.checkRevocable(stored, UkTime.today(clock));
        String checked = LicenceRules.checkedReason(reason, "Say why the licence is revoked: the holder is told.");
        var holder = people.find(stored.person()).orElseThrow(LicenceService::noSuchLicence);
        var actor = Actor.current();
        licences.revoke(id, clock.instant(), actor, checked);
        events.publishEvent(new LicenceRevoked(TenantScope.required(), id, holder.id(), holder.fullName(),
                stored.expiresOn(), checked, actor));
        emails.revoked(holder, checked);
        if (holder.active() && holder.level() == Level.ACCOUNT_MANAGER) {
            emails.accountManagerLapsed(holder, "was revoked by " + actor.name());
        }
        return licence(id, holder.fullName());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Optional<Application> findApplication(ApplicationId id) {
        return applications.find(id).map(stored -> stored.toApplication(names.of(stored.person()), training.current()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Page<Application> applications(ApplicationStatus status, PageRequest page) {
        var stored = applications.list(status, page);
        var applicants = names.of(stored.stream().map(StoredApplication::person).toList());
        var required = training.current();
        return Page.of(stored.stream().map(application -> application.toApplication(applicants.get(application.person()),
                required)).toList(), applications.count(status), page);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Optional<Licence> findLicence(LicenceId id) {
        return licences.find(id).map(stored -> stored.toLicence(names.of(stored.person()), UkTime.today(clock)));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Page<Licence> licences(LicenceState state, PageRequest page) {
        var today = UkTime.today(clock);
        var stored = licences.list(state, today, page);
        var holders = names.of(stored.stream().map(StoredLicence::person).toList());
        return Page.of(stored.stream().map(licence -> licence.toLicence(holders.get(licence.person()), today)).toList(),
                licences.count(state, today), page);
    }

    /** The application, locked until the transaction ends, if it still waits for a decision. */
    private StoredApplication pending(ApplicationId id) {
        var stored = applications.lock(id).orElseThrow(() -> new NotFound(NO_SUCH_APPLICATION));
        if (stored.status() != ApplicationStatus.PENDING) {
            throw new Conflict("This application was already " + stored.status().description().toLowerCase(java.util.Locale.UK) + ".");
        }
        return stored;
    }

    /**
     * The applicant, unless they are the person signed in: nobody vouches for their own training or
     * decides on their own licence.
     */
    private Person notOwn(PersonId applicant, String refusal) {
        if (people.me().map(Person::id).filter(applicant::equals).isPresent()) {
            throw new AccessDeniedException(refusal);
        }
        return people.find(applicant).orElseThrow(() -> new NotFound(NO_SUCH_APPLICATION));
    }

    private TrainingItem listed(TrainingItemId id) {
        return training.current().stream().filter(item -> item.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("That training is not on your organisation's list."));
    }

    private Application application(ApplicationId id, String personName) {
        return applications.find(id).orElseThrow().toApplication(personName, training.current());
    }

    private Licence licence(LicenceId id, String holderName) {
        return licences.find(id).orElseThrow().toLicence(holderName, UkTime.today(clock));
    }

    private static NotFound noSuchLicence() {
        return new NotFound("There is no licence with that id in your organisation.");
    }
}
