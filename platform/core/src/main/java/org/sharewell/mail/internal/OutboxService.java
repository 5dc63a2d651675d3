package org.sharewell.mail.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.Timetable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox and who may read it; see {@link Outbox} for the contract. Each email queued is put on
 * the timetable in the same transaction, for {@link SendEmailJob} to send at once.
 */
@Service
class OutboxService implements Outbox {

    private final OutboxStore store;
    private final Timetable timetable;
    private final MailSettings settings;
    private final Clock clock;

    OutboxService(OutboxStore store, Timetable timetable, MailSettings settings, Clock clock) {
        this.store = store;
        this.timetable = timetable;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Email email) {
        TenantId tenant = TenantScope.required();
        var problems = EmailRules.problemsWith(email);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        UUID id = store.insert(tenant, email, settings.domain(), now);
        timetable.schedule(SendEmailJob.NAME, id, now);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINS)
    public Page<QueuedEmail> recent(PageRequest page) {
        TenantScope.required();
        return Page.of(store.recent(page.offset(), page.limit()), store.count(), page);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ADMINS)
    public List<QueuedEmail> emailTo(String address) {
        TenantScope.required();
        return store.to(address);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetEmailTo(String address) {
        TenantScope.required();
        // The timetable first, then the email: the order in which SendEmailJob holds them (its entry,
        // then the email), so that an erasure and a sending never wait for each other in a circle.
        store.unsentTo(address).forEach(id -> timetable.cancel(SendEmailJob.NAME, id));
        return store.deleteTo(address);
    }
}
