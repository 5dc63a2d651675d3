package org.sharewell.mail.internal;

import org.sharewell.kernel.PageRequest;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Email queued through the {@link Outbox} reaches a real SMTP server: the development mailbox, which
 * the tests can stop and start to play a mail server outage.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class OutboxDeliveryTests {

    @Autowired
    Organisations organisations;
    @Autowired
    Outbox outbox;
    @Autowired
    Tenants tenants;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DevMailbox mailbox;
    @Autowired
    DataSource dataSource;

    TenantId tenant;
    String recipient;

    @BeforeEach
    void aTenantAndSomeoneToWriteTo() {
        tenant = organisations.register("outbox");
        recipient = "volunteer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void queuedEmailIsDeliveredOverSmtp() throws Exception {
        queue(new Email(recipient, "Your invitation to Riverside", "Hello,\n\nPlease join us at the café on 21 November.\n"));

        MimeMessage message = eventually().until(() -> receivedBy(recipient), received -> received.size() == 1).getFirst();
        assertThat(message.getSubject()).isEqualTo("Your invitation to Riverside");
        assertThat(message.getAllRecipients()).extracting(Address::toString).containsExactly(recipient);
        assertThat(message.getFrom()).extracting(from -> ((InternetAddress) from).getAddress())
                .containsExactly("no-reply@sharewell.localhost");
        assertThat(message.getContent()).asString().contains("Please join us at the café on 21 November.");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getMessageID()).isEqualTo(storedMessageId()).endsWith("@sharewell.localhost>");

        QueuedEmail sent = eventually().until(this::latest, QueuedEmail::sent);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.lastProblem()).isNull();
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        String rolledBack = "rolled-back-" + recipient;
        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> {
            outbox.queue(new Email(rolledBack, "Never sent", "This transaction rolls back."));
            status.setRollbackOnly();
        }));
        queue(new Email(recipient, "Sent", "Queued after the rolled-back one."));

        // The timetable runs due work earliest first, so once the later one has arrived the
        // rolled-back one would have too, had it been queued.
        eventually().until(() -> receivedBy(recipient).size() == 1);
        assertThat(receivedBy(rolledBack)).isEmpty();
        assertThat(organisations.within(tenant, () -> outbox.recent(PageRequest.of(0, 10)).items())).extracting(queued -> queued.email().to()).containsExactly(recipient);
    }

    @Test
    void whileTheMailServerIsDownEmailWaitsAndThenGoesExactlyOnce() throws Exception {
        mailbox.stop();
        try {
            queue(new Email(recipient, "Sent in the end", "The mail server was away for a moment."));
            QueuedEmail waiting = eventually().until(this::latest, queued -> queued.attempts() >= 2);
            assertThat(waiting.sent()).isFalse();
            assertThat(waiting.lastProblem()).isEqualTo("The mail server could not be reached.");
        } finally {
            mailbox.start();
        }

        QueuedEmail sent = eventually().until(this::latest, QueuedEmail::sent);
        assertThat(sent.attempts()).isGreaterThanOrEqualTo(3);
        assertThat(sent.lastProblem()).as("kept as a record of the delay").isEqualTo("The mail server could not be reached.");
        // Several more looks at the timetable: still exactly one copy.
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> receivedBy(recipient).size() == 1);
        assertThat(receivedBy(recipient).getFirst().getMessageID()).isEqualTo(storedMessageId());
    }

    private ConditionFactory eventually() {
        // In the test's own thread, where the tenant and the signed-in admin are bound.
        return await().pollInSameThread().pollInterval(Duration.ofMillis(25)).atMost(Duration.ofSeconds(10));
    }

    private void queue(Email email) {
        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> outbox.queue(email)));
    }

    private QueuedEmail latest() {
        return organisations.within(tenant, () -> outbox.recent(PageRequest.of(0, 1)).items().getFirst());
    }

    private List<MimeMessage> receivedBy(String address) {
        return mailbox.received().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String storedMessageId() {
        return organisations.within(tenant, () -> new JdbcTemplate(dataSource).queryForObject(
                "SELECT message_id FROM mail.outbox WHERE recipient = ?", String.class, recipient));
    }
}
