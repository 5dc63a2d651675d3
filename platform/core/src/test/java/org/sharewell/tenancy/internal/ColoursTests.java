package org.sharewell.tenancy.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColoursTests {

    @Test
    void aColourWhiteTextIsReadableOnIsAccepted() {
        assertThat(Colours.problemWith("#1a5e9a")).isEmpty();
        assertThat(Colours.problemWith(null)).isEmpty();
        assertThat(Colours.normalise(" #1A5E9A ")).isEqualTo("#1a5e9a");
        assertThat(Colours.normalise(" ")).isNull();
    }

    @Test
    void contrastIsMeasuredAsWcagDoes() {
        assertThat(Colours.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(Colours.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(Colours.contrastWithWhite("#767676")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void aPaleColourOrSomethingThatIsNoColourIsExplained() {
        assertThat(Colours.problemWith("#ffcc00")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("White text on this colour is hard to read").contains("it needs at least 4.5 to 1"));
        assertThat(Colours.problemWith("blue")).contains("Enter the colour as a hex code such as #1a5e9a.");
        assertThat(Colours.problemWith("#12345")).isPresent();
    }
}
