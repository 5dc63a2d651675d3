package org.sharewell.gateway.path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/api/v1/tokens", "/api/v1/people/", "/t/acme/api/v1/me", "/VAADIN/push",
            "/api/v1/people/3b6f.../x", "/caf%C3%A9", "/a%20b", "/api/v1/.well-known"})
    void ordinaryAddressesPass(String path) {
        assertThat(PathRules.problemWith(path, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//api/v1/tokens", "/api/v1//tokens", "/api//v1/signup", "/./api/v1/tokens", "/api/v1/./tokens",
            "/api/v1/x/../tokens", "/api/%2e/tokens", "/api/%2E%2E/tokens", "/api%2Fv1/tokens", "/api%2fv1", "/api%5Cv1",
            "/api/v1/people/%00", "/api/v1/x%0a", "/api/v1/x%1F", "/x%7f", "relative"})
    void spellingsThatNormalisingWouldChangeAreRefused(String path) {
        assertThat(PathRules.problemWith(path, null)).isPresent();
    }

    @Test
    void aControlCharacterInTheQueryIsRefusedToo() {
        assertThat(PathRules.problemWith("/api/v1/people", "name=%00")).isPresent();
        assertThat(PathRules.problemWith("/api/v1/people", "name=Ann%20Smith&limit=5")).isEmpty();
    }
}
