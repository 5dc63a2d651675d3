package org.sharewell.mail.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sharewell.mail.Email;

import static org.assertj.core.api.Assertions.assertThat;

class EmailRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org", "ann.smith+groups@mail.example.co.uk", " ann@example.org "})
    void acceptsOnePlainAddress(String address) {
        assertThat(EmailRules.problemWithAddress(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "ann@", "@example.org", "Ann <ann@example.org>", "ann@example.org, bob@example.org",
            "\"a@b\"@example.org", "ann@example.org\r\nBcc: spy@example.org", "team: ann@example.org;"})
    void refusesAnythingElse(String address) {
        assertThat(EmailRules.problemWithAddress(address)).contains("Enter an email address in the right format, like name@example.org.");
    }

    @Test
    void needsSomethingToSay() {
        assertThat(EmailRules.problemsWith(new Email(null, "", null))).containsExactly(
                java.util.Map.entry("to", "Enter the email address to send to."),
                java.util.Map.entry("subject", "Enter a subject."),
                java.util.Map.entry("text", "Enter the text of the email."));
    }

    @Test
    void keepsToTheLimitsTheTableChecks() {
        assertThat(EmailRules.problemWithSubject("x".repeat(200))).isEmpty();
        assertThat(EmailRules.problemWithSubject("x".repeat(201))).contains("Use at most 200 characters for the subject.");
        assertThat(EmailRules.problemWithSubject("One\r\nBcc: spy@example.org")).contains("Keep the subject to one line.");
        assertThat(EmailRules.problemWithText("x".repeat(100_000))).isEmpty();
        assertThat(EmailRules.problemWithText("x".repeat(100_001))).contains("Use at most 100,000 characters for the text.");
    }
}
