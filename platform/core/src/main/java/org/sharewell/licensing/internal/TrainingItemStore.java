package org.sharewell.licensing.internal;

import org.jooq.DSLContext;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.licensing.Routines;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static sharewell.db.licensing.Tables.TRAINING_ITEM;

/**
 * The training items table, under row-level security for the bound tenant. An item taken off the
 * list is retired, not deleted, so that training recorded against it keeps its title.
 */
@Component
class TrainingItemStore {

    private final DSLContext db;

    TrainingItemStore(DSLContext db) {
        this.db = db;
    }

    /** The items on the list now, in order. */
    List<TrainingItem> current() {
        return db.selectFrom(TRAINING_ITEM).where(TRAINING_ITEM.RETIRED_AT.isNull())
                .orderBy(TRAINING_ITEM.SORT_ORDER, TRAINING_ITEM.CREATED_AT, TRAINING_ITEM.ID)
                .fetch(row -> new TrainingItem(new TrainingItemId(row.getId()), row.getTitle(), row.getDescription()));
    }

    void insert(int position, TrainingItemDetails item) {
        db.insertInto(TRAINING_ITEM)
                .set(TRAINING_ITEM.TENANT_ID, TenantScope.required().value())
                .set(TRAINING_ITEM.ID, TrainingItemId.random().value())
                .set(TRAINING_ITEM.SORT_ORDER, position)
                .set(TRAINING_ITEM.TITLE, item.title())
                .set(TRAINING_ITEM.DESCRIPTION, item.description())
                .execute();
    }

    void update(int position, TrainingItemDetails item) {
        db.update(TRAINING_ITEM)
                .set(TRAINING_ITEM.SORT_ORDER, position)
                .set(TRAINING_ITEM.TITLE, item.title())
                .set(TRAINING_ITEM.DESCRIPTION, item.description())
                .where(TRAINING_ITEM.ID.eq(item.id().value()))
                .execute();
    }

    void retire(Collection<TrainingItemId> items, Instant at) {
        if (!items.isEmpty()) {
            db.update(TRAINING_ITEM).set(TRAINING_ITEM.RETIRED_AT, at)
                    .where(TRAINING_ITEM.ID.in(items.stream().map(TrainingItemId::value).toList())).execute();
        }
    }

    /** Gives the bound tenant the default training, the same wording the changelog gave earlier tenants. */
    void addDefaults() {
        Routines.addDefaultTraining(db.configuration());
    }
}
