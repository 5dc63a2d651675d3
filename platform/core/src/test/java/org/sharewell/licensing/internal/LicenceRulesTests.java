package org.sharewell.licensing.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingProgress;
import org.sharewell.people.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicenceRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void anExpiryDateIsAfterTodayAndWithinFiveYears() {
        LicenceRules.checkExpiry(null, TODAY);
        LicenceRules.checkExpiry(TODAY.plusDays(1), TODAY);
        LicenceRules.checkExpiry(TODAY.plusYears(5), TODAY);
        assertThatThrownBy(() -> LicenceRules.checkExpiry(TODAY, TODAY)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).containsOnlyKeys("expiresOn"));
        assertThatThrownBy(() -> LicenceRules.checkExpiry(TODAY.plusYears(5).plusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get("expiresOn"))
                        .isEqualTo("Choose an expiry date at most 5 years from today."));
    }

    @Test
    void aLicenceIsGrantedOnlyOnceAllTheTrainingIsRecorded() {
        var item = new TrainingItem(TrainingItemId.random(), "Read the policy", "");
        LicenceRules.checkTrainingComplete(application(List.of(new TrainingProgress(item, Instant.EPOCH, "Sam"))));
        assertThatThrownBy(() -> LicenceRules.checkTrainingComplete(application(List.of(new TrainingProgress(item, null, null)))))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get("training"))
                        .endsWith("Still to do: Read the policy."));
        assertThatThrownBy(() -> LicenceRules.checkTrainingComplete(application(List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().get("training"))
                        .startsWith("Your organisation lists no training for a licence yet."));
    }

    @Test
    void aReasonIsNeededAndKeptShort() {
        assertThat(LicenceRules.checkedReason("  Not yet trained ", "Say why.")).isEqualTo("Not yet trained");
        assertThatThrownBy(() -> LicenceRules.checkedReason(" ", "Say why.")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).containsEntry("reason", "Say why."));
        assertThatThrownBy(() -> LicenceRules.checkedReason("x".repeat(501), "Say why."))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("reason", "Use at most 500 characters for the reason."));
    }

    @Test
    void renewingTooEarlySaysFromWhenItIsPossible() {
        assertThat(LicenceRules.tooEarlyToRenew(LocalDate.of(2027, 12, 1))).isEqualTo("You already hold a licence to post, "
                + "valid until 1 December 2027. You can apply to renew it from 2 October 2027.");
        assertThat(LicenceRules.tooEarlyToRenew(null)).isEqualTo("You already hold a licence to post, and it does not expire.");
    }

    private static Application application(List<TrainingProgress> training) {
        return new Application(ApplicationId.random(), PersonId.random(), "Vic", ApplicationStatus.PENDING, Instant.EPOCH,
                training, null, null, null);
    }
}
