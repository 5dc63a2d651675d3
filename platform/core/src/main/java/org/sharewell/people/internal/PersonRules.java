package org.sharewell.people.internal;

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
        } else if (name.length() > 120) {
            problems.put("fullName", "Use at most 120 characters for the name.");
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
}
