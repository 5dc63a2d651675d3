package org.sharewell.licensing.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingRulesTests {

    static final TrainingItemId LISTED = TrainingItemId.random();

    @Test
    void itemsAreTrimmedAndKeepTheirIds() {
        var checked = TrainingRules.checked(List.of(new TrainingItemDetails(LISTED, " Read the policy ", " All of it "),
                new TrainingItemDetails(null, "Privacy", null)), Set.of(LISTED));
        assertThat(checked).containsExactly(new TrainingItemDetails(LISTED, "Read the policy", "All of it"),
                new TrainingItemDetails(null, "Privacy", ""));
    }

    @Test
    void anEmptyOrOverlongListIsRefused() {
        assertThatThrownBy(() -> TrainingRules.checked(List.of(), Set.of())).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).containsOnlyKeys("items"));
        var many = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(n -> new TrainingItemDetails(null, "Item " + n, ""))
                .toList();
        assertThatThrownBy(() -> TrainingRules.checked(many, Set.of())).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems().get("items")).isEqualTo("List at most 20 pieces of training."));
    }

    @Test
    void eachItemsProblemIsNamedAgainstIt() {
        assertThatThrownBy(() -> TrainingRules.checked(List.of(new TrainingItemDetails(null, "Privacy", ""),
                new TrainingItemDetails(null, " privacy ", "x".repeat(501)), new TrainingItemDetails(null, " ", ""),
                new TrainingItemDetails(TrainingItemId.random(), "Gone", "")), Set.of(LISTED)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("items[1].title", "Another piece of training already has this title.")
                        .containsEntry("items[1].description", "Use at most 500 characters for the description.")
                        .containsEntry("items[2].title", "Enter a title for this training.")
                        .containsEntry("items[3]", "This training is no longer on the list. Reload the page and try again."));
    }
}
