package org.sharewell.licensing.internal;

import org.sharewell.kernel.UkTime;

import org.sharewell.licensing.Licence;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The emails about licences, queued in the caller's transaction so that they go only if the change
 * they announce is saved. Nobody is written to without an email address, and nobody twice about
 * the same thing: a coordinator who is also the holder gets the holder's email only.
 */
@Component
class LicenceEmails {

    private static final String SIGN_OFF = "\nThis email was sent by Sharewell for %s.\n";

    private final Outbox outbox;
    private final Tenants tenants;
    private final People people;

    LicenceEmails(Outbox outbox, Tenants tenants, People people) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.people = people;
    }

    void granted(Person holder, LocalDate expiresOn) {
        write(holder, "Your licence to post has been granted", """
                Your licence to post for %s has been granted. It is %s.

                You can now be given a higher level of trust, such as licensed poster. Open "My licence" in \
                Sharewell to see it.
                """.formatted(organisation(), Licence.validity(expiresOn)));
    }

    void declined(Person applicant, String reason) {
        write(applicant, "Your application for a licence to post", """
                Your application for a licence to post for %s was not granted this time. The reason given:

                %s

                Talk to your social media champion or account coordinator about what to do next. You can apply again.
                """.formatted(organisation(), reason));
    }

    void revoked(Person holder, String reason) {
        write(holder, "Your licence to post has been revoked", """
                Your licence to post for %s has been revoked, so you can no longer post on its behalf. The reason given:

                %s

                Talk to your account coordinator if you have questions.
                """.formatted(organisation(), reason));
    }

    void expiring(Person holder, LocalDate expiresOn, long daysLeft) {
        String when = UkTime.date(expiresOn);
        String left = daysLeft == 0 ? "today is its last day" : daysLeft == 1 ? "1 day left" : daysLeft + " days left";
        write(holder, "Your licence to post expires on " + when, """
                Your licence to post for %s is valid until %s (%s).

                To keep posting for the organisation, open "My licence" in Sharewell and apply to renew it.
                """.formatted(organisation(), when, left));
        toCoordinators(holder, holder.fullName() + "'s licence to post expires on " + when, """
                %s's licence to post for %s is valid until %s (%s).

                If they should keep posting, make sure they apply to renew it, and that their training is recorded.
                """.formatted(holder.fullName(), organisation(), when, left));
    }

    void expired(Person holder, LocalDate expiresOn) {
        write(holder, "Your licence to post has expired", """
                Your licence to post for %s expired: its last valid day was %s. Until you have a new one, you \
                have the rights of everyone, and cannot post on the organisation's behalf.

                Open "My licence" in Sharewell to apply again.
                """.formatted(organisation(), UkTime.date(expiresOn)));
    }

    /** Tells the coordinators that an account manager no longer holds a valid licence. */
    void accountManagerLapsed(Person manager, String what) {
        toCoordinators(manager, "Account manager without a licence: " + manager.fullName(), """
                %s is an account manager for %s, but their licence to post %s. Until they hold a valid \
                licence again they have the rights of everyone, so the official accounts they look after need attention.

                Either help them renew their licence, or give their accounts to someone else and change their level.
                """.formatted(manager.fullName(), organisation(), what));
    }

    private void toCoordinators(Person about, String subject, String text) {
        // Needs someone allowed to look people up: a coordinator, or Sharewell itself for timed work.
        people.holding(KeyRole.ACCOUNT_COORDINATOR).stream()
                .filter(coordinator -> coordinator.email() != null && !coordinator.id().equals(about.id()))
                .forEach(coordinator -> write(coordinator, subject, text));
    }

    private void write(Person to, String subject, String text) {
        if (to.email() != null) {
            outbox.queue(new Email(to.email(), subject, "Hello " + to.fullName() + ",\n\n" + text
                    + SIGN_OFF.formatted(organisation())));
        }
    }

    private String organisation() {
        return tenants.findById(TenantScope.required()).map(Tenant::name).orElse("your organisation");
    }
}
