package org.sharewell.tenancy.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColourRulesTests {

    @Test
    void aColourWhiteTextIsReadableOnIsAccepted() {
        assertThat(ColourRules.problemWith("#1a5e9a")).isEmpty();
        assertThat(ColourRules.problemWith(null)).isEmpty();
        assertThat(ColourRules.normalise(" #1A5E9A ")).isEqualTo("#1a5e9a");
        assertThat(ColourRules.normalise(" ")).isNull();
    }

    @Test
    void contrastIsMeasuredAsWcagDoes() {
        assertThat(ColourRules.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(ColourRules.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(ColourRules.contrastWithWhite("#767676")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void aPaleColourOrSomethingThatIsNoColourIsExplained() {
        assertThat(ColourRules.problemWith("#ffcc00")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("White text on this colour is hard to read").contains("it needs at least 4.5 to 1"));
        assertThat(ColourRules.problemWith("blue")).contains("Enter the colour as a hex code such as #1a5e9a.");
        assertThat(ColourRules.problemWith("#12345")).isPresent();
    }
}
