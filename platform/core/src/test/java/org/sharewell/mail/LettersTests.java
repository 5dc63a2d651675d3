package org.sharewell.mail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.kernel.PageRequest;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every email is written from its template in one shape: greeting, body, sign-off, and an HTML alternative. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class LettersTests {

    @Autowired
    Letters letters;
    @Autowired
    Outbox outbox;
    @Autowired
    Tenants tenants;
    @Autowired
    TransactionTemplate transaction;

    TenantId tenant;

    @BeforeEach
    void anOrganisation() {
        tenant = TenantId.random();
        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> tenants.register(tenant,
                new Slug("letters-" + UUID.randomUUID().toString().substring(0, 8)), "Riverside Allotments",
                TenantKind.LOCAL_GROUP)));
    }

    @Test
    void aLetterHasItsSubjectGreetingBodyAndTheOrganisationsSignOff() {
        var email = send(new Letter("ann@example.org", "Ann Smith", "test/welcome",
                Map.of("name", "Ann", "link", "https://riverside.sharewell.example/policy")));

        assertThat(email.subject()).isEqualTo("Welcome to Riverside Allotments, Ann");
        assertThat(email.text()).isEqualTo("""
                Hello Ann Smith,

                You are now a volunteer of Riverside Allotments.

                Read the policy at https://riverside.sharewell.example/policy.

                This email was sent by Sharewell for Riverside Allotments.
                """);
        assertThat(email.html()).contains("<html lang=\"en-GB\">", "<p>Hello Ann Smith,</p>",
                "<a href=\"https://riverside.sharewell.example/policy\">https://riverside.sharewell.example/policy</a>.",
                "<p>This email was sent by Sharewell for Riverside Allotments.</p>");
    }

    @Test
    void withoutANameTheGreetingIsPlain() {
        var email = send(new Letter("team@example.org", null, "test/welcome", Map.of("name", "team", "link", "-")));
        assertThat(email.text()).startsWith("Hello,\n\n");
    }

    @Test
    void whatAPersonTypedIsNeverMarkupNorTemplate() {
        var email = send(new Letter("ann@example.org", "<script>alert(1)</script>", "test/welcome",
                Map.of("name", "[(${organisation})]", "link", "\"><img src=x onerror=alert(1)>")));

        assertThat(email.subject()).isEqualTo("Welcome to Riverside Allotments, [(${organisation})]");
        assertThat(email.html()).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void anUnknownTemplateIsAProgrammingErrorAndQueuesNothing() {
        assertThatThrownBy(() -> send(new Letter("ann@example.org", "Ann", "test/no-such-letter", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test/no-such-letter");
        assertThat(TenantScope.callAs(tenant, () -> outbox.recent(PageRequest.FIRST).items())).isEmpty();
    }

    private Email send(Letter letter) {
        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> letters.send(letter)));
        return TenantScope.callAs(tenant, () -> outbox.recent(PageRequest.of(0, 1)).items().getFirst().email());
    }
}
