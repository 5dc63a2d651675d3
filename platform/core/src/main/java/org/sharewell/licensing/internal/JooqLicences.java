package org.sharewell.licensing.internal;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import org.sharewell.audit.Actor;

import org.sharewell.kernel.Roles;

import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicensingEvent.LicenceAppliedFor;
import org.sharewell.licensing.LicensingEvent.LicenceDeclined;
import org.sharewell.licensing.LicensingEvent.LicenceGranted;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.LicensingEvent.LicenceRevoked;
import org.sharewell.licensing.LicenceState;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The licensing rules and who may use them; see {@link Licences} for the contract. */
@Service
@Transactional
class JooqLicences implements Licences {

    static final String RECORDS_TRAINING = Roles.CHAMPIONS_AND_ADMINS;
    static final String DECIDES = Roles.COORDINATORS;
    static final String SEES_LICENCES = Roles.PEOPLE_KEEPERS;

    private final ApplicationStore applications;
    private final LicenceStore licences;
    private final LicenceRegister register;
    private final Training training;
    private final People people;
    private final Letters letters;
    private final LicenceExpiryJob expiry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JooqLicences(ApplicationStore applications, LicenceStore licences, LicenceRegister register, Training training,
                 People people, Letters letters, LicenceExpiryJob expiry, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.licences = licences;
        this.register = register;
        this.training = training;
        this.people = people;
        this.letters = letters;
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
        var today = register.today();
        var current = licences.currentOf(me.id()).filter(row -> LicenceStore.stateOf(row, today) == LicenceState.VALID);
        if (current.isPresent() && (current.get().getExpiresOn() == null
                || current.get().getExpiresOn().isAfter(today.plusDays(RENEWAL_DAYS)))) {
            throw new Conflict(LicenceRules.tooEarlyToRenew(current.get().getExpiresOn()));
        }
        var id = applications.insert(me.id(), clock.instant());
        events.publishEvent(new LicenceAppliedFor(TenantScope.required(), id, me.id(), me.fullName(), Actor.current()));
        return register.application(id, me.fullName());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<Application> myApplication() {
        return people.me().flatMap(me -> applications.latestOf(me.id()).map(row -> register.application(row, me.fullName())));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<Licence> myLicence() {
        return people.me().flatMap(me -> licences.latestOf(me.id()).map(row -> register.licence(row, me.fullName())));
    }

    @Override
    @PreAuthorize(RECORDS_TRAINING)
    public Application recordTraining(ApplicationId application, TrainingItemId item) {
        return training.record(application, item);
    }

    @Override
    @PreAuthorize(RECORDS_TRAINING)
    public Application removeTraining(ApplicationId application, TrainingItemId item) {
        return training.remove(application, item);
    }

    @Override
    @PreAuthorize(DECIDES)
    public Licence grant(ApplicationId id, LocalDate expiresOn) {
        var row = training.pending(id);
        var applicant = training.notOwn(new PersonId(row.getPersonId()), "Another coordinator must decide on your own application.");
        LicenceRules.checkExpiry(expiresOn, register.today());
        LicenceRules.checkTrainingComplete(register.application(row, applicant.fullName()));
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
        letters.granted(applicant, expiresOn);
        return register.licence(licence, applicant.fullName());
    }

    @Override
    @PreAuthorize(DECIDES)
    public Application decline(ApplicationId id, String reason) {
        var row = training.pending(id);
        var applicant = training.notOwn(new PersonId(row.getPersonId()), "Another coordinator must decide on your own application.");
        String checked = LicenceRules.checkedReason(reason, "Say why the application is declined: the applicant is told.");
        var actor = Actor.current();
        applications.decide(id, ApplicationStatus.DECLINED, clock.instant(), actor, checked);
        events.publishEvent(new LicenceDeclined(TenantScope.required(), id, applicant.id(), applicant.fullName(), checked, actor));
        letters.declined(applicant, checked);
        return register.application(id, applicant.fullName());
    }

    @Override
    @PreAuthorize(DECIDES)
    public Licence revoke(LicenceId id, String reason) {
        var row = licences.lock(id).orElseThrow(JooqLicences::noSuchLicence);
        LicenceRules.checkRevocable(row, register.today());
        String checked = LicenceRules.checkedReason(reason, "Say why the licence is revoked: the holder is told.");
        var holder = people.find(new PersonId(row.getPersonId())).orElseThrow(JooqLicences::noSuchLicence);
        var actor = Actor.current();
        licences.revoke(id, clock.instant(), actor, checked);
        events.publishEvent(new LicenceRevoked(TenantScope.required(), id, holder.id(), holder.fullName(),
                row.getExpiresOn(), checked, actor));
        letters.revoked(holder, checked);
        if (holder.active() && holder.level() == Level.ACCOUNT_MANAGER) {
            letters.accountManagerLapsed(holder, "was revoked by " + actor.name());
        }
        return register.licence(id, holder.fullName());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Optional<Application> findApplication(ApplicationId id) {
        return applications.find(id).map(row -> register.application(row, register.nameOf(new PersonId(row.getPersonId()))));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Page<Application> applications(ApplicationStatus status, PageRequest page) {
        return Page.of(register.applications(applications.list(status, page.offset(), page.limit())),
                applications.count(status), page);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Optional<Licence> findLicence(LicenceId id) {
        return licences.find(id).map(row -> register.licence(row, register.nameOf(new PersonId(row.getPersonId()))));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(SEES_LICENCES)
    public Page<Licence> licences(LicenceState state, PageRequest page) {
        var today = register.today();
        return Page.of(register.licences(licences.list(state, today, page.offset(), page.limit())),
                licences.count(state, today), page);
    }

    private static NotFound noSuchLicence() {
        return new NotFound("There is no licence with that id in your organisation.");
    }
}
