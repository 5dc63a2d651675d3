package org.sharewell.posting.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.posting.CheckStatus;
import org.sharewell.posting.NewCheckRequest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A check request needs a walk that says to check first, the post, where it goes and a deadline; an answer needs a note. */
class CheckRequestRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    final org.sharewell.posting.Guide guide = GuideRulesTests.guide(GuideRulesTests.TEMPLATE);

    @Test
    void aRequestFromAWalkThatSaysCheckFirstWithEverythingFilledInIsAccepted() {
        CheckRequestRules.check(request(List.of(2, 2, 1), "Our tips for safe passwords", TODAY), GuideRules.walk(guide,
                List.of(2, 2, 1), 1), TODAY);
    }

    @Test
    void eachMissingOrWrongPartIsNamedBesideItsField() {
        var refused = catchThrowableOfType(InvalidInput.class, () -> CheckRequestRules.check(
                new NewCheckRequest(guide.policy(), 1, List.of(1), " ", "", "x".repeat(201), TODAY.minusDays(1)),
                GuideRules.walk(guide, List.of(1), 1), TODAY));
        assertThat(refused.problems()).containsOnlyKeys("path", "draft", "platform", "account", "deadline");
        assertThat(refused.problems().get("path")).contains("you may post it");
        assertThat(refused.problems().get("deadline")).contains("The date has passed");
        assertThat(refused.problems().get("account")).contains("at most 200 characters");

        var unfinished = catchThrowableOfType(InvalidInput.class, () -> CheckRequestRules.check(
                request(List.of(2), "A post", TODAY.plusYears(2)), GuideRules.walk(guide, List.of(2), 1), TODAY));
        assertThat(unfinished.problems().get("path")).contains("Is it a pointer to another resource?");
        assertThat(unfinished.problems().get("deadline")).contains("within a year");
    }

    @Test
    void anAnswerIsGoAheadChangeItOrDoNotPostWithANote() {
        assertThat(CheckRequestRules.answer(CheckStatus.APPROVED, "  Fine, post it.  ")).isEqualTo("Fine, post it.");
        assertThatThrownBy(() -> CheckRequestRules.answer(CheckStatus.ASKED, "Fine")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Choose an answer");
        assertThatThrownBy(() -> CheckRequestRules.answer(CheckStatus.DECLINED, " ")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("note");
        assertThatThrownBy(() -> CheckRequestRules.answer(CheckStatus.DECLINED, "x".repeat(2001)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2,000");
    }

    private NewCheckRequest request(List<Integer> path, String draft, LocalDate deadline) {
        return new NewCheckRequest(guide.policy(), 1, path, draft, "Facebook", "Our Facebook page", deadline);
    }
}
