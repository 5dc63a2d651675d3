package org.sharewell.tenancy.internal;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.SlugTaken;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantRegistered;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.tenancy.tables.records.TenantRecord;

import java.util.Optional;

import static sharewell.db.tenancy.Tables.TENANT;

@Component
class JooqTenants implements Tenants {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    JooqTenants(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @Override
    public Optional<Tenant> findBySlug(Slug slug) {
        return db.selectFrom(TENANT).where(TENANT.SLUG.eq(slug.value())).fetchOptional().map(JooqTenants::toTenant);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return db.selectFrom(TENANT).where(TENANT.ID.eq(id.value())).fetchOptional().map(JooqTenants::toTenant);
    }

    @Override
    public boolean isTaken(Slug slug) {
        return db.fetchExists(TENANT, TENANT.SLUG.eq(slug.value()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Tenant register(TenantId id, Slug slug, String name, TenantKind kind) {
        Tenants.problemWithName(name).ifPresent(problem -> {
            throw InvalidInput.of("name", problem);
        });
        try {
            var tenant = toTenant(db.insertInto(TENANT)
                    .set(TENANT.ID, id.value())
                    .set(TENANT.SLUG, slug.value())
                    .set(TENANT.NAME, name.strip())
                    .set(TENANT.KIND, kind)
                    .returning()
                    .fetchSingle());
            events.publishEvent(new TenantRegistered(tenant.id(), tenant.slug(), tenant.name(), tenant.kind()));
            return tenant;
        } catch (DuplicateKeyException | IntegrityConstraintViolationException e) {
            // Checked first by the caller, but two sign-ups can race for the same name.
            throw new SlugTaken(slug);
        }
    }

    static Tenant toTenant(TenantRecord row) {
        return new Tenant(new TenantId(row.getId()), new Slug(row.getSlug()), row.getName(),
                row.getKind(), row.getCreatedAt());
    }
}
