package org.sharewell.tenancy.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.tenancy.Branding;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

import static sharewell.db.tenancy.Tables.BRANDING;

/** The bound tenant's branding row, under row-level security: there is at most one, made on first change. */
@Component
class BrandingStore {

    /** What is stored of the logo, without the image itself. */
    record StoredLogo(String contentType, int bytes) {
    }

    private final DSLContext db;

    BrandingStore(DSLContext db) {
        this.db = db;
    }

    Branding branding() {
        return db.selectFrom(BRANDING).fetchOptional()
                .map(row -> new Branding(Optional.ofNullable(row.getPrimaryColour()),
                        Optional.ofNullable(row.getLogo()).map(logo -> new Branding.Logo(logo, row.getLogoContentType()))))
                .orElse(Branding.NONE);
    }

    Optional<String> colour() {
        return db.select(BRANDING.PRIMARY_COLOUR).from(BRANDING).fetchOptional(BRANDING.PRIMARY_COLOUR);
    }

    /** The logo's type and size, read without the image (up to 512 KB) itself. */
    Optional<StoredLogo> logo() {
        return db.select(BRANDING.LOGO_CONTENT_TYPE, DSL.binaryOctetLength(BRANDING.LOGO)).from(BRANDING)
                .where(BRANDING.LOGO.isNotNull()).fetchOptional()
                .map(row -> new StoredLogo(row.value1(), row.value2()));
    }

    void changeColour(String colour, Instant at) {
        db.insertInto(BRANDING)
                .set(BRANDING.TENANT_ID, TenantScope.required().value())
                .set(BRANDING.PRIMARY_COLOUR, colour)
                .onConflict(BRANDING.TENANT_ID).doUpdate()
                .set(BRANDING.PRIMARY_COLOUR, colour)
                .set(BRANDING.UPDATED_AT, at)
                .execute();
    }

    void changeLogo(byte[] image, String contentType, Instant at) {
        db.insertInto(BRANDING)
                .set(BRANDING.TENANT_ID, TenantScope.required().value())
                .set(BRANDING.LOGO, image)
                .set(BRANDING.LOGO_CONTENT_TYPE, contentType)
                .onConflict(BRANDING.TENANT_ID).doUpdate()
                .set(BRANDING.LOGO, image)
                .set(BRANDING.LOGO_CONTENT_TYPE, contentType)
                .set(BRANDING.UPDATED_AT, at)
                .execute();
    }

    void removeLogo(Instant at) {
        db.update(BRANDING).setNull(BRANDING.LOGO).setNull(BRANDING.LOGO_CONTENT_TYPE).set(BRANDING.UPDATED_AT, at).execute();
    }
}
