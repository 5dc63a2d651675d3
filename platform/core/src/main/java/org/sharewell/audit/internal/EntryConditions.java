package org.sharewell.audit.internal;

import java.time.Instant;

import org.sharewell.kernel.UkTime;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.sharewell.audit.AuditFilter;
import org.sharewell.tenancy.TenantScope;

import java.time.LocalDate;
import java.util.ArrayList;

import static sharewell.db.audit.Tables.ENTRY;

/** An {@link AuditFilter} as SQL conditions. */
final class EntryConditions {

    private EntryConditions() {
    }

    static Condition matching(AuditFilter filter) {
        var conditions = new ArrayList<Condition>();
        // Row-level security already limits rows to the tenant; saying so lets the planner use the
        // (tenant_id, occurred_at) index directly, and fails early when no tenant is in scope.
        conditions.add(ENTRY.TENANT_ID.eq(TenantScope.required().value()));
        if (filter.area() != null) {
            conditions.add(ENTRY.AREA.eq(filter.area()));
        }
        // contains…() escapes % and _ in what people type, so they match literally.
        if (filter.who() != null) {
            conditions.add(ENTRY.ACTOR_NAME.containsIgnoreCase(filter.who()));
        }
        if (filter.text() != null) {
            conditions.add(DSL.or(ENTRY.ACTION.containsIgnoreCase(filter.text()),
                    ENTRY.SUBJECT.containsIgnoreCase(filter.text()),
                    ENTRY.BEFORE_TEXT.containsIgnoreCase(filter.text()),
                    ENTRY.AFTER_TEXT.containsIgnoreCase(filter.text())));
        }
        if (filter.from() != null) {
            conditions.add(ENTRY.OCCURRED_AT.ge(startOf(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(ENTRY.OCCURRED_AT.lt(startOf(filter.to().plusDays(1))));
        }
        return DSL.and(conditions);
    }

    private static Instant startOf(LocalDate day) {
        return UkTime.startOf(day);
    }
}
