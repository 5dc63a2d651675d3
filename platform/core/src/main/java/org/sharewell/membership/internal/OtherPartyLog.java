package org.sharewell.membership.internal;

import org.sharewell.audit.Auditable;
import org.sharewell.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the other party's copy of a link event in the other party's own audit log: in a
 * transaction of its own, bound to the other party, once the acting transaction has committed.
 *
 * <p>Why a transaction of its own: a transaction is bound to one tenant when it begins, and the
 * audit log writes an event into the log of the transaction's tenant only (row-level security
 * refuses any other). So the acting side's event goes out in the acting transaction, and the other
 * side's once that has committed, so that it never records a change that was rolled back. The link
 * row itself, which both sides can read, is the lasting record should the platform stop in between.
 */
@Component
class OtherPartyLog {

    private static final Logger log = LoggerFactory.getLogger(OtherPartyLog.class);

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    OtherPartyLog(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(Auditable event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(event);
            }
        });
    }

    private void publish(Auditable event) {
        try {
            TenantScope.runAs(event.tenantId(), () -> transaction.executeWithoutResult(status -> events.publishEvent(event)));
        } catch (RuntimeException e) {
            // The change itself has committed and must be reported as done; only the other side's
            // log entry is missing, and the link row still shows what happened and when.
            log.error("Could not record {} in the other organisation's audit log", event.getClass().getSimpleName(), e);
        }
    }
}
