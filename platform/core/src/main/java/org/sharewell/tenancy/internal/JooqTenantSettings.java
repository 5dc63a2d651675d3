package org.sharewell.tenancy.internal;

import org.jooq.DSLContext;
import org.sharewell.tenancy.Branding;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettings;
import org.sharewell.tenancy.Tenants;
import org.sharewell.web.InvalidInput;
import org.sharewell.web.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Optional;

import static sharewell.db.tenancy.Tables.BRANDING;
import static sharewell.db.tenancy.Tables.TENANT;

@Service
@Transactional
class JooqTenantSettings implements TenantSettings {

    private final DSLContext db;

    JooqTenantSettings(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Tenant tenant() {
        return db.selectFrom(TENANT).where(TENANT.ID.eq(TenantScope.required().value()))
                .fetchOptional().map(JooqTenants::toTenant)
                .orElseThrow(() -> new NotFound("This organisation is not registered."));
    }

    @Override
    @Transactional(readOnly = true)
    public Branding branding() {
        return db.selectFrom(BRANDING).fetchOptional()
                .map(row -> new Branding(Optional.ofNullable(row.getPrimaryColour()),
                        Optional.ofNullable(row.getLogo()).map(logo -> new Branding.Logo(logo, row.getLogoContentType()))))
                .orElse(Branding.NONE);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void change(String name, String primaryColour) {
        String colour = Colours.normalise(primaryColour);
        var problems = new LinkedHashMap<String, String>();
        Tenants.problemWithName(name).ifPresent(problem -> problems.put("name", problem));
        Colours.problemWith(colour).ifPresent(problem -> problems.put("primaryColour", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        db.update(TENANT).set(TENANT.NAME, name.strip()).where(TENANT.ID.eq(TenantScope.required().value())).execute();
        db.insertInto(BRANDING)
                .set(BRANDING.TENANT_ID, TenantScope.required().value())
                .set(BRANDING.PRIMARY_COLOUR, colour)
                .onConflict(BRANDING.TENANT_ID).doUpdate()
                .set(BRANDING.PRIMARY_COLOUR, colour)
                .set(BRANDING.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void changeLogo(byte[] image) {
        Logos.problemWith(image).ifPresent(problem -> {
            throw InvalidInput.of("logo", problem);
        });
        String contentType = Logos.contentTypeOf(image).orElseThrow();
        db.insertInto(BRANDING)
                .set(BRANDING.TENANT_ID, TenantScope.required().value())
                .set(BRANDING.LOGO, image)
                .set(BRANDING.LOGO_CONTENT_TYPE, contentType)
                .onConflict(BRANDING.TENANT_ID).doUpdate()
                .set(BRANDING.LOGO, image)
                .set(BRANDING.LOGO_CONTENT_TYPE, contentType)
                .set(BRANDING.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void removeLogo() {
        db.update(BRANDING).setNull(BRANDING.LOGO).setNull(BRANDING.LOGO_CONTENT_TYPE)
                .set(BRANDING.UPDATED_AT, OffsetDateTime.now()).execute();
    }
}
