package org.sharewell.tenancy;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who remembers their organisation's name, not its web address, finds it by part of the
 * name in any case; what they type is only ever words, never a pattern.
 */
@IntegrationTest
class FindingAnOrganisationByNameTests {

    @Autowired
    Tenants tenants;
    @Autowired
    Organisations organisations;

    @Test
    void partOfTheNameInAnyCaseFindsIt() {
        String unique = "quillbrook" + UUID.randomUUID().toString().substring(0, 6);
        var registered = tenants.findById(organisations.register(unique)).orElseThrow();

        assertThat(tenants.findByName(unique.toUpperCase(java.util.Locale.UK))).containsExactly(registered);
        assertThat(tenants.findByName("  the " + unique + " GROUP ")).containsExactly(registered);
    }

    @Test
    void wildcardsMatchOnlyThemselvesAndTooLittleFindsNothing() {
        assertThat(tenants.findByName("%%%")).isEmpty();
        assertThat(tenants.findByName("___")).isEmpty();
        assertThat(tenants.findByName("ab")).isEmpty();
        assertThat(tenants.findByName("abc\u0000")).isEmpty();
        assertThat(tenants.findByName("a".repeat(100_000))).isEmpty();
    }
}
