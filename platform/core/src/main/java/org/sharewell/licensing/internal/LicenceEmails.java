package org.sharewell.licensing.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.licensing.Licence;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.people.KeyRole;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/**
 * The emails about licences (templates in {@code email/licensing/}), queued in the caller's
 * transaction so that they go only if the change they announce is saved. Nobody is written to
 * without an email address, and nobody twice about the same thing: a coordinator who is also the
 * holder gets the holder's email only.
 */
@Component
class LicenceEmails {

    private final Letters letters;
    private final People people;

    LicenceEmails(Letters letters, People people) {
        this.letters = letters;
        this.people = people;
    }

    void granted(Person holder, LocalDate expiresOn) {
        write(holder, "licensing/granted", Map.of("validity", Licence.validity(expiresOn)));
    }

    void declined(Person applicant, String reason) {
        write(applicant, "licensing/declined", Map.of("reason", reason));
    }

    void revoked(Person holder, String reason) {
        write(holder, "licensing/revoked", Map.of("reason", reason));
    }

    void expiring(Person holder, LocalDate expiresOn, long daysLeft) {
        String left = daysLeft == 0 ? "today is its last day" : daysLeft == 1 ? "1 day left" : daysLeft + " days left";
        var values = Map.<String, Object>of("lastDay", UkTime.date(expiresOn), "left", left, "holder", holder.fullName());
        write(holder, "licensing/expiring", values);
        toCoordinators(holder, "licensing/expiring-for-coordinators", values);
    }

    void expired(Person holder, LocalDate expiresOn) {
        write(holder, "licensing/expired", Map.of("lastDay", UkTime.date(expiresOn)));
    }

    /** Tells the coordinators that an account manager no longer holds a valid licence. */
    void accountManagerLapsed(Person manager, String what) {
        toCoordinators(manager, "licensing/account-manager-lapsed", Map.of("manager", manager.fullName(), "what", what));
    }

    private void toCoordinators(Person about, String template, Map<String, Object> values) {
        // Needs someone allowed to look people up: a coordinator, or Sharewell itself for timed work.
        people.holding(KeyRole.ACCOUNT_COORDINATOR).stream()
                .filter(coordinator -> !coordinator.id().equals(about.id()))
                .forEach(coordinator -> write(coordinator, template, values));
    }

    private void write(Person to, String template, Map<String, Object> values) {
        if (to.email() != null) {
            letters.send(new Letter(to.email(), to.fullName(), template, values));
        }
    }
}
