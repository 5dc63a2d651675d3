package org.sharewell.mail.internal;

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
 * <p>Like the postman, it visits each tenant from the registry in a transaction of its own, because
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

    /** One pass over every tenant. */
    void deleteOldSentMail() {
        var cutoff = clock.instant().minus(settings.keepSentFor());
        tenants.visitEach("delete the old sent email", tenant -> {
            Integer deleted = transaction.execute(status -> outbox.deleteSentBefore(cutoff));
            if (deleted != null && deleted > 0) {
                log.info("Deleted {} sent emails of tenant {} older than {}", deleted, tenant, settings.keepSentFor());
            }
        });
    }
}
