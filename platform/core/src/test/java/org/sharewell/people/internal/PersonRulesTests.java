package org.sharewell.people.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.people.Level;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonKind;
import org.sharewell.people.VolunteerTerm;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void detailsAreTidiedIntoTheFormTheyAreStoredIn() {
        var checked = PersonRules.checked(new PersonDetails("  Ann Smith ", " Ann@Example.org ", PersonKind.STAFF,
                VolunteerTerm.SHORT_TERM, TODAY.plusDays(3)), TODAY);
        assertThat(checked).isEqualTo(new PersonDetails("Ann Smith", "ann@example.org", PersonKind.STAFF, null, null));
    }

    @Test
    void aShortTermVolunteerKeepsTheirLastDay() {
        var checked = PersonRules.checked(new PersonDetails("Vic", null, PersonKind.VOLUNTEER, VolunteerTerm.SHORT_TERM,
                TODAY), TODAY);
        assertThat(checked.volunteeringEndsOn()).isEqualTo(TODAY);
    }

    @Test
    void everyBrokenRuleIsNamedAgainstItsField() {
        assertThatThrownBy(() -> PersonRules.checked(new PersonDetails(" ", "not an email", null, null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsOnlyKeys("fullName", "email", "kind"));
        assertThatThrownBy(() -> PersonRules.checked(new PersonDetails("Vic", null, PersonKind.VOLUNTEER, null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsOnlyKeys("volunteerTerm"));
        assertThatThrownBy(() -> PersonRules.checked(new PersonDetails("Vic", null, PersonKind.VOLUNTEER,
                VolunteerTerm.SHORT_TERM, TODAY.minusDays(1)), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("volunteeringEndsOn", "The last day of volunteering cannot be in the past."));
        assertThatThrownBy(() -> PersonRules.checked(new PersonDetails("x".repeat(121), null, PersonKind.MEMBER, null,
                null), TODAY)).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                .containsEntry("fullName", "Use at most 120 characters for the name."));
    }

    @Test
    void anOrganisationIsNeverLeftWithoutAnActiveAdmin() {
        PersonRules.checkAnotherAdminRemains(1, "role");
        assertThatThrownBy(() -> PersonRules.checkAnotherAdminRemains(0, "role"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems()).containsKey("role")
                        .extractingByKey("role").asString().contains("at least one admin"));
    }

    @Test
    void theHigherLevelsNeedAValidLicence() {
        PersonRules.checkLevel(Level.EVERYONE, false, "Vic");
        PersonRules.checkLevel(Level.ACCOUNT_MANAGER, true, "Vic");
        assertThatThrownBy(() -> PersonRules.checkLevel(Level.LICENSED_POSTER, false, "Vic"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("level", "Vic needs a valid licence to post before they can be a licensed poster."));
        assertThatThrownBy(() -> PersonRules.checkLevel(null, false, "Vic")).isInstanceOf(InvalidInput.class);
    }
}
