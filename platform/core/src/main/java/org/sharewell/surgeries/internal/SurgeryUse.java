package org.sharewell.surgeries.internal;

import org.jooq.DSLContext;

import org.sharewell.tenancy.TenantId;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;

import static sharewell.db.surgeries.Tables.OCCURRENCE;
import static sharewell.db.surgeries.Tables.SURGERY;

/**
 * How an organisation uses surgeries, read through the database's rules: its own, or a member group's
 * that shares it with the bound umbrella body ({@code umbrella_reads_with_consent} and
 * {@code surgeries.places_booked_by_people_of}); anyone else's reads as nothing.
 */
@Component
class SurgeryUse {

    record Booked(long places, Instant lastBookedAt) {
    }

    private final DSLContext db;

    SurgeryUse(DSLContext db) {
        this.db = db;
    }

    Booked placesBookedByPeopleOf(TenantId organisation) {
        var row = db.fetchOne("SELECT places, last_booked_at FROM surgeries.places_booked_by_people_of(?)", organisation.value());
        OffsetDateTime last = row == null ? null : row.get(1, OffsetDateTime.class);
        return new Booked(row == null ? 0 : row.get(0, Long.class), last == null ? null : last.toInstant());
    }

    int surgeriesHostedBy(TenantId organisation) {
        return db.fetchCount(SURGERY, SURGERY.TENANT_ID.eq(organisation.value()));
    }

    int datesToComeOf(TenantId organisation, Instant now) {
        return db.fetchCount(OCCURRENCE, OCCURRENCE.TENANT_ID.eq(organisation.value()), OCCURRENCE.STARTS_AT.gt(now),
                OCCURRENCE.STATUS.eq(org.sharewell.surgeries.OccurrenceStatus.SCHEDULED));
    }

}
