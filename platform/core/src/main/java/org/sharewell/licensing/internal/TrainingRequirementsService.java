package org.sharewell.licensing.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Roles;
import org.sharewell.licensing.LicensingEvent.TrainingRequirementsChanged;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingRequirements;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The required training and who may change it; see {@link TrainingRequirements} for the contract. */
@Service
@Transactional
class TrainingRequirementsService implements TrainingRequirements {

    private final TrainingItemStore items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingRequirementsService(TrainingItemStore items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public List<TrainingItem> list() {
        return items.current();
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public List<TrainingItem> change(List<TrainingItemDetails> changed) {
        var before = items.current();
        Set<TrainingItemId> listed = before.stream().map(TrainingItem::id).collect(Collectors.toSet());
        var checked = TrainingRules.checked(changed, listed);
        var kept = new HashSet<TrainingItemId>();
        for (int position = 0; position < checked.size(); position++) {
            var item = checked.get(position);
            if (item.id() == null) {
                items.insert(position, item);
            } else {
                kept.add(item.id());
                items.update(position, item);
            }
        }
        listed.removeAll(kept);
        items.retire(listed, clock.instant());
        var after = items.current();
        if (!inWords(before).equals(inWords(after))) {
            events.publishEvent(new TrainingRequirementsChanged(TenantScope.required(), inWords(before), inWords(after),
                    Actor.current()));
        }
        return after;
    }

    private static List<String> inWords(List<TrainingItem> items) {
        return items.stream()
                .map(item -> item.description().isEmpty() ? item.title() : item.title() + ": " + item.description())
                .toList();
    }
}
