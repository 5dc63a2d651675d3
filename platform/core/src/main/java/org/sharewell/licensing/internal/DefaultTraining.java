package org.sharewell.licensing.internal;

import org.sharewell.tenancy.TenantRegistered;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new organisation the default training for a licence, so that nobody can be granted a
 * licence before its admins have thought about training. Runs inside the registration's own
 * transaction: the organisation never exists without it.
 */
@Component
class DefaultTraining {

    private final TrainingItemStore items;

    DefaultTraining(TrainingItemStore items) {
        this.items = items;
    }

    @EventListener
    void on(TenantRegistered registered) {
        // Bound from the event rather than trusting whatever scope the publisher happened to have.
        TenantScope.runAs(registered.tenantId(), items::addDefaults);
    }
}
