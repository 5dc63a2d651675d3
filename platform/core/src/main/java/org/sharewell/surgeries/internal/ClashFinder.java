package org.sharewell.surgeries.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.surgeries.Clash;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.util.List;

import static sharewell.db.surgeries.Tables.OCCURRENCE;
import static sharewell.db.surgeries.Tables.SURGERY;

/**
 * Finds other public surgeries at the same time as a new one's dates, in its postcode area or of its
 * umbrella family. Reads every host's public surgeries through the {@code read_public} policies, and asks
 * the membership module's database function about each host, so it learns nothing a host has not made
 * public and no organisation's list of members.
 */
@Component
class ClashFinder {

    private static final int MOST = 20;

    private final DSLContext db;
    private final Tenants tenants;

    ClashFinder(DSLContext db, Tenants tenants) {
        this.db = db;
        this.tenants = tenants;
    }

    List<Clash> clashes(List<SurgeryRules.Dates> dates, String area) {
        if (dates.isEmpty()) {
            return List.of();
        }
        Condition overlaps = DSL.or(dates.stream()
                .map(date -> OCCURRENCE.STARTS_AT.lt(date.endsAt()).and(OCCURRENCE.ENDS_AT.gt(date.startsAt()))).toList());
        var family = DSL.field("membership.in_umbrella_family_of_current_tenant({0})", Boolean.class, OCCURRENCE.TENANT_ID);
        var inArea = area == null ? DSL.falseCondition() : SURGERY.POSTCODE_AREA.eq(area);
        var rows = db.select(OCCURRENCE.TENANT_ID, SURGERY.TITLE, OCCURRENCE.STARTS_AT, OCCURRENCE.ENDS_AT, SURGERY.POSTCODE_AREA,
                        family)
                .from(OCCURRENCE).join(SURGERY).on(SURGERY.TENANT_ID.eq(OCCURRENCE.TENANT_ID), SURGERY.ID.eq(OCCURRENCE.SURGERY_ID))
                .where(SURGERY.PUBLIC.isTrue(), OCCURRENCE.STATUS.eq(org.sharewell.surgeries.OccurrenceStatus.SCHEDULED), overlaps,
                        inArea.or(OCCURRENCE.TENANT_ID.ne(TenantScope.required().value()).and(DSL.condition(family))))
                .orderBy(OCCURRENCE.STARTS_AT, OCCURRENCE.ID).limit(MOST).fetch();
        var hosts = tenants.findAll(rows.stream().map(row -> new TenantId(row.get(OCCURRENCE.TENANT_ID))).distinct().toList());
        return rows.stream().filter(row -> hosts.containsKey(new TenantId(row.get(OCCURRENCE.TENANT_ID))))
                .map(row -> new Clash(row.get(SURGERY.TITLE), hosts.get(new TenantId(row.get(OCCURRENCE.TENANT_ID))).name(),
                        row.get(OCCURRENCE.STARTS_AT), row.get(OCCURRENCE.ENDS_AT),
                        area != null && area.equals(row.get(SURGERY.POSTCODE_AREA))
                                ? "in the same postcode area (" + area + ")" : "of the same umbrella body"))
                .toList();
    }
}
