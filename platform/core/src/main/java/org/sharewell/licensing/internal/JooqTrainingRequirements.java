package org.sharewell.licensing.internal;

import org.sharewell.audit.Actor;

import org.sharewell.kernel.Roles;

import org.jooq.DSLContext;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingRequirements;
import org.sharewell.licensing.LicensingEvent.TrainingRequirementsChanged;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.licensing.Routines;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static sharewell.db.licensing.Tables.TRAINING_ITEM;

@Service
@Transactional
class JooqTrainingRequirements implements TrainingRequirements {

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JooqTrainingRequirements(DSLContext db, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TrainingItem> list() {
        return current();
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public List<TrainingItem> change(List<TrainingItemDetails> items) {
        var before = current();
        Set<TrainingItemId> listed = before.stream().map(TrainingItem::id).collect(Collectors.toSet());
        var checked = TrainingRules.checked(items, listed);
        var now = clock.instant();
        var kept = new HashSet<TrainingItemId>();
        for (int position = 0; position < checked.size(); position++) {
            var item = checked.get(position);
            if (item.id() == null) {
                db.insertInto(TRAINING_ITEM)
                        .set(TRAINING_ITEM.TENANT_ID, TenantScope.required().value())
                        .set(TRAINING_ITEM.ID, TrainingItemId.random().value())
                        .set(TRAINING_ITEM.SORT_ORDER, position)
                        .set(TRAINING_ITEM.TITLE, item.title())
                        .set(TRAINING_ITEM.DESCRIPTION, item.description())
                        .execute();
            } else {
                kept.add(item.id());
                db.update(TRAINING_ITEM)
                        .set(TRAINING_ITEM.SORT_ORDER, position)
                        .set(TRAINING_ITEM.TITLE, item.title())
                        .set(TRAINING_ITEM.DESCRIPTION, item.description())
                        .where(TRAINING_ITEM.ID.eq(item.id().value()))
                        .execute();
            }
        }
        listed.removeAll(kept);
        if (!listed.isEmpty()) {
            db.update(TRAINING_ITEM).set(TRAINING_ITEM.RETIRED_AT, now)
                    .where(TRAINING_ITEM.ID.in(listed.stream().map(TrainingItemId::value).toList())).execute();
        }
        var after = current();
        if (!inWords(before).equals(inWords(after))) {
            events.publishEvent(new TrainingRequirementsChanged(TenantScope.required(), inWords(before), inWords(after),
                    Actor.current()));
        }
        return after;
    }

    /** The bound tenant's required training, for this module's own use, whoever is asking. */
    List<TrainingItem> current() {
        return db.selectFrom(TRAINING_ITEM).where(TRAINING_ITEM.RETIRED_AT.isNull())
                .orderBy(TRAINING_ITEM.SORT_ORDER, TRAINING_ITEM.CREATED_AT, TRAINING_ITEM.ID)
                .fetch(row -> new TrainingItem(new TrainingItemId(row.getId()), row.getTitle(), row.getDescription()));
    }

    /** Gives the bound tenant the default training, the same wording the changelog gave earlier tenants. */
    void addDefaults() {
        Routines.addDefaultTraining(db.configuration());
    }

    private static List<String> inWords(List<TrainingItem> items) {
        return items.stream()
                .map(item -> item.description().isEmpty() ? item.title() : item.title() + ": " + item.description())
                .toList();
    }
}
