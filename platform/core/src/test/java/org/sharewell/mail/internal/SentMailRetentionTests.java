package org.sharewell.mail.internal;

import org.sharewell.kernel.PageRequest;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.AutomaticWork;
import org.sharewell.IntegrationTest;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sent email goes once it is older than the retention period; unsent email stays however old. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class SentMailRetentionTests {

    @Autowired
    SentEmailRetentionJob retention;
    @Autowired
    Outbox outbox;
    @Autowired
    Tenants tenants;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    @Test
    void onlySentEmailPastTheRetentionPeriodIsDeleted() {
        TenantId tenant = register();
        queue(tenant, new Email("old@example.org", "Sent long ago", "Delivered months back."));
        queue(tenant, new Email("new@example.org", "Sent today", "Delivered just now."));
        await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> as(tenant, () -> outbox.recent(PageRequest.of(0, 10)).items()).stream().allMatch(QueuedEmail::sent));
        as(tenant, () -> sql().update(
                "UPDATE mail.outbox SET sent_at = now() - interval '91 days' WHERE recipient = 'old@example.org'"));
        // Still owed to its recipient while the mail server refuses it: never deleted.
        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> {
            outbox.queue(new Email("waiting@example.org", "Still unsent", "The mail server keeps refusing it."));
            sql().update("UPDATE mail.outbox SET next_attempt_at = now() + interval '1 day' "
                    + "WHERE recipient = 'waiting@example.org'");
            sql().update("UPDATE timetable.entry SET due_at = now() + interval '1 day' WHERE job = 'mail.send' "
                    + "AND subject = (SELECT id FROM mail.outbox WHERE recipient = 'waiting@example.org')");
        }));

        TenantScope.runAs(tenant, () -> AutomaticWork.run(
                () -> transaction.executeWithoutResult(status -> retention.run(tenant.value()))));

        List<String> left = as(tenant, () -> outbox.recent(PageRequest.of(0, 10)).items()).stream().map(queued -> queued.email().to()).toList();
        assertThat(left).containsExactlyInAnyOrder("new@example.org", "waiting@example.org");
    }

    private JdbcTemplate sql() {
        return new JdbcTemplate(dataSource);
    }

    private void queue(TenantId tenant, Email email) {
        TenantScope.runAs(tenant, () -> transaction.executeWithoutResult(status -> outbox.queue(email)));
    }

    private <T> T as(TenantId tenant, Supplier<T> work) {
        return TenantScope.callAs(tenant, () -> transaction.execute(status -> work.get()));
    }

    private TenantId register() {
        TenantId id = TenantId.random();
        Slug slug = new Slug("retention-" + id.toString().substring(0, 8));
        TenantScope.runAs(id, () -> transaction.executeWithoutResult(
                status -> tenants.register(id, slug, "The retention group", TenantKind.LOCAL_GROUP)));
        return id;
    }
}
