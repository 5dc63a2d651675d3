package org.sharewell.people.internal;

import org.sharewell.people.Level;
import org.sharewell.people.People;
import java.util.Locale;

import org.sharewell.kernel.EmailAddresses;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonKind;
import org.sharewell.people.VolunteerTerm;
import org.sharewell.kernel.InvalidInput;

import java.time.LocalDate;
import java.util.LinkedHashMap;

/** Checks what an admin entered about a person, and tidies it into the form it is stored in. */
final class PersonRules {

    private PersonRules() {
    }

    /**
     * @param today the current date in the UK, for judging an end date
     * @return the details, trimmed, with the volunteer fields cleared for people who are not volunteers
     * @throws InvalidInput naming every field that breaks a rule
     */
    static PersonDetails checked(PersonDetails details, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        String name = details.fullName() == null ? "" : details.fullName().strip();
        if (name.isEmpty()) {
            problems.put("fullName", "Enter the person's name.");
        } else if (name.length() > People.LONGEST_NAME) {
            problems.put("fullName", "Use at most " + People.LONGEST_NAME + " characters for the name.");
        }
        String email = details.email() == null || details.email().isBlank() ? null : EmailAddresses.normalise(details.email());
        if (email != null) {
            EmailAddresses.problemWith(email).ifPresent(problem -> problems.put("email", problem));
        }
        if (details.kind() == null) {
            problems.put("kind", "Choose whether they are staff, a trustee, a volunteer or a member.");
        }
        boolean volunteer = details.kind() == PersonKind.VOLUNTEER;
        VolunteerTerm term = volunteer ? details.volunteerTerm() : null;
        LocalDate endsOn = term == VolunteerTerm.SHORT_TERM ? details.volunteeringEndsOn() : null;
        if (volunteer && term == null) {
            problems.put("volunteerTerm", "Choose whether they volunteer long-term or for a set period.");
        }
        if (term == VolunteerTerm.SHORT_TERM && endsOn == null) {
            problems.put("volunteeringEndsOn", "Enter the last day of their volunteering.");
        } else if (endsOn != null && endsOn.isBefore(today)) {
            problems.put("volunteeringEndsOn", "The last day of volunteering cannot be in the past.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PersonDetails(name, email, details.kind(), term, endsOn);
    }

    /**
     * An organisation is never left without an active tenant admin to run it.
     *
     * @param otherActiveAdmins how many active tenant admins there are besides the person concerned
     * @param field             the field the refusal is about: what the change would take away
     */
    static void checkAnotherAdminRemains(int otherActiveAdmins, String field) {
        if (otherActiveAdmins == 0) {
            throw InvalidInput.of(field, "Every organisation needs at least one admin who is active. "
                    + "Make someone else an admin first.");
        }
    }

    /** The higher levels need a valid licence to post. */
    static void checkLevel(Level level, boolean holdsValidLicence, String name) {
        if (level == null) {
            throw InvalidInput.of("level", "Choose a level.");
        }
        if (level.needsLicence() && !holdsValidLicence) {
            throw InvalidInput.of("level", name + " needs a valid licence to post before they can be a "
                    + level.description().toLowerCase(Locale.UK) + ".");
        }
    }
}
