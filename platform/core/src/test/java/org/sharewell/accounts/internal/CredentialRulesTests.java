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
        assertThat(CredentialRules.problemWithPassword("bluebluebluered", List.of())).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("This password would be easy to guess."));
    }

    @Test
    void aPasswordFoundInBreachesIsRefusedEvenWhereItLooksStrong() {
        // Both pass the strength check by themselves: only the list of breached passwords knows them.
        for (String breached : List.of("neversaymypassword", "2PacShakur")) {
            assertThat(CredentialRules.problemWithPassword(breached, List.of())).as(breached).hasValueSatisfying(problem ->
                    assertThat(problem).startsWith("This password is one of those most often found in data breaches"));
        }
        assertThat(BreachedPasswords.size()).as("the breached passwords long enough to be worth keeping")
                .isBetween(2_000, 6_000);
    }

    @Test
    void whatWasTypedAlongsideMakesAPoorPassword() {
        assertThat(CredentialRules.problemWithPassword("Riverside Allotments 2026", List.of("Riverside Allotments")))
                .isPresent();
    }

    @Test
    void sharewellsOwnWordsMakeAPoorPassword() {
        assertThat(CredentialRules.problemWithPassword("sharewell volunteer 2026", List.of())).isPresent();
        assertThat(CredentialRules.problemWithPassword("harbour kettle violin 47", List.of())).isEmpty();
    }

    @Test
    void anEmailToSignInWithIsNeeded() {
        assertThat(CredentialRules.problemWithEmail(" ")).contains("Enter your email address.");
        assertThat(CredentialRules.problemWithEmail("ann@example.org")).isEmpty();
    }
}
