package org.sharewell.mail.internal;

import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Deletes sent email once it is older than {@code sharewell.mail.keep-sent-for}: an email holds its
 * recipient's address and often their name, and is no use to anyone once it has long been delivered.
 * Unsent email is never deleted here, however old: it is still owed to someone.
 *
 * <p>Like the postman, it binds each tenant from the registry in a transaction of its own, because
 * row-level security shows a transaction only its own tenant's email.
 */
@Component
class SentMailRetention {

    private static final Logger log = LoggerFactory.getLogger(SentMailRetention.class);

    private final Tenants tenants;
    private final JooqOutbox outbox;
    private final TransactionTemplate transaction;
    private final MailSettings settings;
    private final Clock clock;

    SentMailRetention(Tenants tenants, JooqOutbox outbox, TransactionTemplate transaction, MailSettings settings,
                      Clock clock) {
        this.tenants = tenants;
        this.outbox = outbox;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over every tenant; a tenant that fails is logged and left for the next pass. */
    void deleteOldSentMail() {
        var cutoff = clock.instant().minus(settings.keepSentFor());
        for (TenantId tenant : tenants.allIds()) {
            try {
                Integer deleted = TenantScope.callAs(tenant,
                        () -> transaction.execute(status -> outbox.deleteSentBefore(cutoff)));
                if (deleted != null && deleted > 0) {
                    log.info("Deleted {} sent emails of tenant {} older than {}", deleted, tenant, settings.keepSentFor());
                }
            } catch (RuntimeException failure) {
                log.warn("Could not delete the old sent email of tenant {}; trying again next time", tenant, failure);
            }
        }
    }
}
