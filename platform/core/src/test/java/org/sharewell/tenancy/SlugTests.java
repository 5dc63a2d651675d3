package org.sharewell.tenancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlugTests {

    @ParameterizedTest
    @ValueSource(strings = {"a", "brookfield", "elm-street-youth", "group-42", "x1234567890123456789012345678901234567x"})
    void lowerCaseLettersNumbersAndInnerHyphensMakeAWebAddressName(String value) {
        assertThat(Slug.problemWith(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-brookfield", "brookfield-", "Brook Field", "brookfield!", "x123456789012345678901234567890123456789x"})
    void anythingElseIsExplained(String value) {
        assertThat(Slug.problemWith(value)).contains("Use 1 to 40 lower-case letters, numbers and hyphens, "
                + "starting and ending with a letter or number.");
    }

    @Test
    void namesSharewellKeepsForItselfAreRefused() {
        assertThat(Slug.problemWith("admin")).contains("'admin' is kept for Sharewell itself. Choose another name.");
        assertThat(Slug.problemWith(" ")).contains("Enter a web address name.");
    }

    @Test
    void whatAPersonTypedIsForgivenCapitalsAndSpaces() {
        assertThat(Slug.parse("  Brookfield ")).isEqualTo(new Slug("brookfield"));
        assertThatThrownBy(() -> new Slug("Brookfield")).isInstanceOf(IllegalArgumentException.class);
    }
}
