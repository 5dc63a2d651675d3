package org.sharewell.membership.internal;

import org.sharewell.audit.Auditable;
import org.sharewell.membership.OnboardingItem;
import org.sharewell.membership.OnboardingSource;
import org.sharewell.membership.OnboardingStep;
import org.sharewell.people.People;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A member group's profile as its umbrella bodies see it: its contacts (its tenant admins) and its
 * onboarding checklist. The group's own work keeps the profile up to date, through the other
 * modules' APIs, because an umbrella body may not read the group's people or anything else
 * directly. It runs whenever an audit-log event is about to commit in a member group (every change
 * of people, roles, policies and the like publishes one), so the checklist ticks itself from what
 * actually happened.
 */
@Component
class MemberProfile {

    private final MemberProfileStore store;
    private final LinkStore links;
    private final People people;
    private final ObjectProvider<OnboardingSource> sources;

    MemberProfile(MemberProfileStore store, LinkStore links, People people, ObjectProvider<OnboardingSource> sources) {
        this.store = store;
        this.links = links;
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

    /** Brings the bound organisation's profile up to date, if it is an active member group. */
    void refresh() {
        if (!links.isActiveMember()) {
            return;
        }
        var wanted = people.admins().stream()
                .map(admin -> new MemberProfileStore.StoredContact(admin.id().value(), admin.fullName(), admin.email()))
                .toList();
        if (!new HashSet<>(wanted).equals(new HashSet<>(store.ownContacts()))) {
            store.replaceOwnContacts(wanted);
        }
        var done = store.ownStepsDone();
        sources.orderedStream()
                .filter(source -> !done.contains(source.step()) && source.isDone())
                .forEach(source -> store.recordOwnStep(source.step()));
    }

    /** Every step of each given group, in order; a group whose rows are not visible gets an unticked list. */
    Map<TenantId, List<OnboardingItem>> checklists(Collection<TenantId> groups) {
        var done = store.stepsDoneBy(groups);
        var tracked = sources.stream().map(OnboardingSource::step).toList();
        var lists = new java.util.HashMap<TenantId, List<OnboardingItem>>();
        for (TenantId group : groups) {
            var steps = done.getOrDefault(group, Map.of());
            lists.put(group, Arrays.stream(OnboardingStep.values())
                    .map(step -> new OnboardingItem(step, steps.get(step), tracked.contains(step))).toList());
        }
        return lists;
    }

    List<OnboardingItem> checklist(TenantId group) {
        return checklists(List.of(group)).get(group);
    }
}
