package org.sharewell.accounts.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialRulesTests {

    @Test
    void aLongPassphraseOfUnrelatedWordsIsStrongEnough() {
        assertThat(CredentialRules.problemWithPassword("quiet meadow lantern 58", List.of())).isEmpty();
    }

    @Test
    void shortOrGuessablePasswordsAreExplained() {
        assertThat(CredentialRules.problemWithPassword("", List.of())).contains("Enter a password.");
        assertThat(CredentialRules.problemWithPassword("abc123", List.of()))
                .contains("Use at least 10 characters for your password.");
        assertThat(CredentialRules.problemWithPassword("x".repeat(129), List.of()))
                .contains("Use at most 128 characters for your password.");
        assertThat(CredentialRules.problemWithPassword("password123", List.of())).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("This password would be easy to guess."));
    }

    @Test
    void whatWasTypedAlongsideMakesAPoorPassword() {
        assertThat(CredentialRules.problemWithPassword("Riverside Allotments 2026", List.of("Riverside Allotments")))
                .isPresent();
    }

    @Test
    void anEmailToSignInWithIsNeeded() {
        assertThat(CredentialRules.problemWithEmail(" ")).contains("Enter your email address.");
        assertThat(CredentialRules.problemWithEmail("ann@example.org")).isEmpty();
    }
}
