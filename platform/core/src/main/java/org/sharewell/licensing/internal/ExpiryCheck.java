package org.sharewell.licensing.internal;

import org.sharewell.kernel.AutomaticWork;

import org.sharewell.kernel.UkTime;

import org.sharewell.audit.Actor;
import org.sharewell.licensing.LicensingEvent.LicenceExpired;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.Licences;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;

/**
 * The scheduled check on licences, every {@code sharewell.licensing.expiry-check-interval}: emails
 * holders and coordinators ahead of expiry ({@link Licences#NOTICE_DAYS}), and announces each
 * licence that has expired, telling the coordinators when its holder is an account manager.
 *
 * <p>Row-level security hides every tenant's licences unless that tenant is bound, so the check
 * takes the tenants from the registry and binds each one explicitly, in a transaction of its own:
 * one tenant's failure is logged and retried next round without holding up the rest. Each notice
 * and each expiry is noted in the database in the same transaction as its email, so it goes once,
 * however often the check runs and on however many platform instances.
 */
@Component
class ExpiryCheck {

    private static final int FURTHEST_NOTICE = Collections.max(Licences.NOTICE_DAYS);

    private final Tenants tenants;
    private final TransactionTemplate transaction;
    private final LicenceStore licences;
    private final People people;
    private final Letters letters;
    private final ApplicationEventPublisher events;
    private final LicenceRegister register;
    private final Clock clock;

    ExpiryCheck(Tenants tenants, TransactionTemplate transaction, LicenceStore licences, People people, Letters letters,
                ApplicationEventPublisher events, LicenceRegister register, Clock clock) {
        this.tenants = tenants;
        this.transaction = transaction;
        this.licences = licences;
        this.people = people;
        this.letters = letters;
        this.events = events;
        this.register = register;
        this.clock = clock;
    }

    /** One round, for today in the UK. */
    void checkEveryTenant() {
        check(register.today());
    }

    /** One round as on the given day in the UK. Package-private so that tests can move the day on. */
    void check(LocalDate today) {
        tenants.visitEach("check the licences", tenant -> AutomaticWork.run(
                () -> transaction.executeWithoutResult(status -> checkTenant(tenant, today))));
    }

    private void checkTenant(TenantId tenant, LocalDate today) {
        Instant now = clock.instant();
        for (var row : licences.expiredUnannounced(today)) {
            var id = new LicenceId(row.getId());
            if (!licences.announceExpiry(id, now)) {
                continue;
            }
            var holder = people.find(new PersonId(row.getPersonId()));
            events.publishEvent(new LicenceExpired(tenant, id, new PersonId(row.getPersonId()),
                    holder.map(Person::fullName).orElse(LicenceRegister.UNKNOWN_PERSON), row.getExpiresOn(), Actor.sharewell()));
            holder.filter(Person::active).ifPresent(person -> {
                letters.expired(person, row.getExpiresOn());
                if (person.level() == Level.ACCOUNT_MANAGER) {
                    letters.accountManagerLapsed(person, "expired at the end of "
                            + UkTime.date(row.getExpiresOn()));
                }
            });
        }
        for (var row : licences.expiringBetween(today, today.plusDays(FURTHEST_NOTICE))) {
            long daysLeft = ChronoUnit.DAYS.between(today, row.getExpiresOn());
            // The nearest notice not yet passed: a licence granted with 5 days to go gets the 7-day notice only.
            int notice = Licences.NOTICE_DAYS.stream().filter(days -> daysLeft <= days).min(Integer::compare).orElseThrow();
            if (licences.noteNotice(new LicenceId(row.getId()), notice, now)) {
                people.find(new PersonId(row.getPersonId())).filter(Person::active)
                        .ifPresent(person -> letters.expiring(person, row.getExpiresOn(), daysLeft));
            }
        }
    }
}
