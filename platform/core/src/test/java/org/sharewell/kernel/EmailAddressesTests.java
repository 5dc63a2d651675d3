package org.sharewell.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTests {

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org", "ann.smith+groups@mail.example.co.uk", " Ann@Example.org "})
    void acceptsOnePlainAddressThatCanBeReached(String address) {
        assertThat(EmailAddresses.problemWith(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "ann@", "@example.org", "ann@localhost", "ann@example.", "Ann <ann@example.org>",
            "ann@example.org, bob@example.org", "\"a@b\"@example.org", "ann@example.org\r\nBcc: spy@example.org",
            "team: ann@example.org;", "ann\u0000@example.org"})
    void refusesAnythingElseInPlainWords(String address) {
        assertThat(EmailAddresses.problemWith(address))
                .contains("Enter an email address in the right format, like name@example.org.");
    }

    @Test
    void asksForAnAddressWhenThereIsNone() {
        assertThat(EmailAddresses.problemWith(" ")).contains("Enter an email address.");
        assertThat(EmailAddresses.problemWith(null)).contains("Enter an email address.");
    }

    @Test
    void storesAddressesTrimmedAndInLowerCase() {
        assertThat(EmailAddresses.normalise(" Ann@Example.ORG ")).isEqualTo("ann@example.org");
    }

    @Test
    void anAddressLongerThanMailServersCarryIsRefused() {
        assertThat(EmailAddresses.problemWith("a".repeat(250) + "@example.org")).isPresent();
    }
}
