package org.sharewell.tenancy.internal;

import org.jooq.DSLContext;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantKind;
import org.springframework.stereotype.Component;
import sharewell.db.tenancy.tables.records.TenantRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static sharewell.db.tenancy.Tables.TENANT;

/** The tenant registry's table: every row readable by anyone, a row changed only while its own tenant is bound. */
@Component
class TenantStore {

    private final DSLContext db;

    TenantStore(DSLContext db) {
        this.db = db;
    }

    Optional<Tenant> findBySlug(Slug slug) {
        return db.selectFrom(TENANT).where(TENANT.SLUG.eq(slug.value())).fetchOptional().map(TenantStore::toTenant);
    }

    /** Names containing the words, ignoring case; jOOQ escapes any % or _ typed, so they match only themselves. */
    List<Tenant> findByName(String words, int most) {
        return db.selectFrom(TENANT).where(TENANT.NAME.containsIgnoreCase(words)).orderBy(TENANT.NAME).limit(most)
                .fetch(TenantStore::toTenant);
    }

    Optional<Tenant> findById(TenantId id) {
        return db.selectFrom(TENANT).where(TENANT.ID.eq(id.value())).fetchOptional().map(TenantStore::toTenant);
    }

    Optional<Tenant> findOperator() {
        return db.selectFrom(TENANT).where(TENANT.KIND.eq(TenantKind.OPERATOR)).fetchOptional().map(TenantStore::toTenant);
    }

    Map<TenantId, Tenant> findAll(Collection<TenantId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(TENANT).where(TENANT.ID.in(ids.stream().map(TenantId::value).distinct().toList()))
                .fetchMap(row -> new TenantId(row.getId()), TenantStore::toTenant);
    }

    boolean isTaken(Slug slug) {
        return db.fetchExists(TENANT, TENANT.SLUG.eq(slug.value()));
    }

    Tenant insert(TenantId id, Slug slug, String name, TenantKind kind) {
        return toTenant(db.insertInto(TENANT)
                .set(TENANT.ID, id.value())
                .set(TENANT.SLUG, slug.value())
                .set(TENANT.NAME, name)
                .set(TENANT.KIND, kind)
                .returning()
                .fetchSingle());
    }

    void rename(TenantId id, String name) {
        db.update(TENANT).set(TENANT.NAME, name).where(TENANT.ID.eq(id.value())).execute();
    }

    private static Tenant toTenant(TenantRecord row) {
        return new Tenant(new TenantId(row.getId()), new Slug(row.getSlug()), row.getName(), row.getKind(),
                row.getCreatedAt());
    }
}
