package org.sharewell.membership.internal;

import org.jooq.DSLContext;
import org.sharewell.audit.Auditable;
import org.sharewell.membership.OnboardingSource;
import org.sharewell.people.People;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static sharewell.db.membership.Tables.CONTACT;
import static sharewell.db.membership.Tables.LINK;
import static sharewell.db.membership.Tables.ONBOARDING_STEP;

/**
 * Keeps what a member group shows its umbrella bodies (its contacts and its onboarding steps) up
 * to date, as rows of its own that the umbrella bodies may read while linked.
 *
 * <p>Written by the group's own work, through the other modules' APIs, because the umbrella body
 * may not read the group's people or anything else directly. It runs whenever an audit-log event
 * is about to commit in a member group (every change of people, roles, policies and the like
 * publishes one), so the checklist ticks itself from what actually happened.
 */
@Component
class Publishing {

    private final DSLContext db;
    private final People people;
    private final ObjectProvider<OnboardingSource> sources;

    Publishing(DSLContext db, People people, ObjectProvider<OnboardingSource> sources) {
        this.db = db;
        this.people = people;
        this.sources = sources;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(Auditable event) {
        // Only in a transaction bound to the event's own organisation: anything else could not be written.
        if (TenantScope.current().filter(event.tenantId()::equals).isPresent()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            refresh();
        }
    }

    /** Brings the bound organisation's published rows up to date, if it is an active member group. */
    void refresh() {
        UUID group = TenantScope.required().value();
        if (!db.fetchExists(LINK, LINK.MEMBER_TENANT_ID.eq(group), LINK.STATUS.eq(LinkRows.ACTIVE))) {
            return;
        }
        refreshContacts(group);
        var done = new HashSet<>(db.select(ONBOARDING_STEP.STEP).from(ONBOARDING_STEP)
                .where(ONBOARDING_STEP.TENANT_ID.eq(group)).fetch(ONBOARDING_STEP.STEP));
        sources.orderedStream()
                .filter(source -> !done.contains(source.step()) && source.isDone())
                .forEach(source -> db.insertInto(ONBOARDING_STEP)
                        .set(ONBOARDING_STEP.TENANT_ID, group)
                        .set(ONBOARDING_STEP.STEP, source.step())
                        .onConflictDoNothing().execute());
    }

    private void refreshContacts(UUID group) {
        record Row(UUID personId, String name, String email) {
        }
        var wanted = people.admins().stream()
                .map(admin -> new Row(admin.id().value(), admin.fullName(), admin.email())).toList();
        List<Row> stored = db.select(CONTACT.PERSON_ID, CONTACT.FULL_NAME, CONTACT.EMAIL).from(CONTACT)
                .where(CONTACT.TENANT_ID.eq(group)).fetch(row -> new Row(row.value1(), row.value2(), row.value3()));
        if (new HashSet<>(wanted).equals(new HashSet<>(stored))) {
            return;
        }
        db.deleteFrom(CONTACT).where(CONTACT.TENANT_ID.eq(group)).execute();
        for (Row row : wanted) {
            db.insertInto(CONTACT)
                    .set(CONTACT.TENANT_ID, group)
                    .set(CONTACT.PERSON_ID, row.personId())
                    .set(CONTACT.FULL_NAME, row.name())
                    .set(CONTACT.EMAIL, row.email())
                    .execute();
        }
    }
}
