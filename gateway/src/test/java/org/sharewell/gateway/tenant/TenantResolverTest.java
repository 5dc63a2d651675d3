package org.sharewell.gateway.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TenantResolverTest {

    private final TenantResolver resolver = new TenantResolver("sharewell.example");

    @Test
    void findsNoTenantOnTheApexHost() {
        assertThat(resolver.resolve("sharewell.example", "/signup")).isEqualTo(new TenantResolution.None());
        assertThat(resolver.resolve("sharewell.example", "/t")).isEqualTo(new TenantResolution.None());
        assertThat(resolver.resolve("192.0.2.1", "/tea/x")).isEqualTo(new TenantResolution.None());
    }

    @Test
    void findsTheTenantInTheHostWhateverTheLetterCase() {
        assertThat(resolver.resolve("St-Marys.Sharewell.Example", "/t/other/x"))
                .isEqualTo(new TenantResolution.FromHost(new TenantSlug("st-marys")));
    }

    @Test
    void findsTheTenantInThePathOnAnyOtherHost() {
        assertThat(resolver.resolve("sharewell.example", "/t/acme/api/v1/x"))
                .isEqualTo(new TenantResolution.FromPath(new TenantSlug("acme"), "/t/acme", "/api/v1/x"));
        assertThat(resolver.resolve("127.0.0.1", "/t/acme"))
                .isEqualTo(new TenantResolution.FromPath(new TenantSlug("acme"), "/t/acme", "/"));
        assertThat(resolver.resolve("sharewell.example", "/t/acme/"))
                .isEqualTo(new TenantResolution.FromPath(new TenantSlug("acme"), "/t/acme", "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-acme", "acme-", "a_b", "a.b", "", "x1234567890123456789012345678901234567890"})
    void refusesInvalidSlugsInTheHost(String label) {
        assertThat(resolver.resolve(label + ".sharewell.example", "/")).isEqualTo(new TenantResolution.InvalidSlug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/", "/t//x", "/t/ACME/x", "/t/ac%6De/x", "/t/-acme"})
    void refusesInvalidSlugsInThePath(String path) {
        assertThat(resolver.resolve("sharewell.example", path)).isEqualTo(new TenantResolution.InvalidSlug());
    }

    @Test
    void acceptsSlugsOfOneToFortyCharacters() {
        assertThat(TenantSlug.isValid("a")).isTrue();
        assertThat(TenantSlug.isValid("a".repeat(40))).isTrue();
        assertThat(TenantSlug.isValid("a".repeat(41))).isFalse();
    }
}
