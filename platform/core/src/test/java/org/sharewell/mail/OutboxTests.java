package org.sharewell.mail;

import org.sharewell.kernel.PageRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** What the outbox accepts, and that each tenant sees only its own email. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class OutboxTests {

    @Autowired
    Organisations organisations;
    @Autowired
    Outbox outbox;
    @Autowired
    Tenants tenants;
    @Autowired
    TransactionTemplate transaction;

    TenantId red;
    TenantId blue;

    @BeforeEach
    void twoTenants() {
        red = organisations.register("red");
        blue = organisations.register("blue");
    }

    @Test
    void eachTenantSeesOnlyItsOwnEmail() {
        queue(red, new Email("first@red.example", "Red one", "For red."));
        queue(red, new Email("second@red.example", "Red two", "For red again."));
        queue(blue, new Email("only@blue.example", "Blue", "For blue."));

        assertThat(organisations.within(red, () -> outbox.recent(PageRequest.of(0, 10)).items())).extracting(queued -> queued.email().subject())
                .containsExactly("Red two", "Red one");
        assertThat(organisations.within(blue, () -> outbox.recent(PageRequest.of(0, 10)).items())).extracting(queued -> queued.email().to())
                .containsExactly("only@blue.example");
        assertThat(organisations.within(red, () -> outbox.recent(PageRequest.of(0, 1)).items())).hasSize(1);
    }

    @Test
    void queueingNeedsATenant() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                status -> outbox.queue(new Email("someone@example.org", "No tenant", "Nobody's email."))))
                .isInstanceOf(IllegalStateException.class).hasMessage("No tenant is bound to this work");
    }

    @Test
    void queueingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> TenantScope.runAs(red,
                () -> outbox.queue(new Email("someone@example.org", "No transaction", "Nothing to join."))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(organisations.within(red, () -> outbox.recent(PageRequest.of(0, 10)).items())).isEmpty();
    }

    @Test
    void anInvalidEmailIsRefusedWithPlainReasonsAndNothingIsQueued() {
        assertThatThrownBy(() -> queue(red, new Email("Ann <ann@example.org>", "Two\nlines", " ")))
                .isInstanceOf(InvalidInput.class)
                .extracting(failure -> ((InvalidInput) failure).problems(), MAP)
                .containsEntry("to", "Enter an email address in the right format, like name@example.org.")
                .containsEntry("subject", "Keep the subject to one line.")
                .containsEntry("text", "Enter the text of the email.");
        assertThat(organisations.within(red, () -> outbox.recent(PageRequest.of(0, 10)).items())).isEmpty();
    }

    @Test
    void forgettingSomeoneDeletesTheirEmailInThatTenantOnly() {
        queue(red, new Email("ann@example.org", "Welcome", "For Ann at red."));
        queue(red, new Email("Ann@Example.org", "Reminder", "For Ann again."));
        queue(red, new Email("bob@example.org", "Welcome", "For Bob."));
        queue(blue, new Email("ann@example.org", "Welcome", "For Ann at blue."));
        assertThat(organisations.within(red, () -> outbox.emailTo("ANN@example.org"))).extracting(queued -> queued.email().subject())
                .containsExactly("Reminder", "Welcome");

        assertThat(organisations.within(red, () -> outbox.forgetEmailTo(" ann@example.org "))).isEqualTo(2);

        assertThat(organisations.within(red, () -> outbox.recent(PageRequest.of(0, 10)).items())).extracting(queued -> queued.email().to())
                .containsExactly("bob@example.org");
        assertThat(organisations.within(blue, () -> outbox.emailTo("ann@example.org"))).hasSize(1);
    }

    @Test
    void forgettingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> TenantScope.runAs(red, () -> outbox.forgetEmailTo("ann@example.org")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void onlyATenantAdminMayReadTheOutbox() {
        assertThatThrownBy(() -> organisations.within(red, () -> outbox.recent(PageRequest.of(0, 10)).items())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.within(red, () -> outbox.emailTo("ann@example.org"))).isInstanceOf(AccessDeniedException.class);
    }

    private void queue(TenantId tenant, Email email) {
        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> outbox.queue(email)));
    }
}
