package org.sharewell.tenancy.internal;

import java.time.Clock;

import org.sharewell.kernel.Roles;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.tenancy.Branding;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettings;
import org.sharewell.tenancy.TenantSettingsChanged;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Optional;

import static sharewell.db.tenancy.Tables.BRANDING;
import static sharewell.db.tenancy.Tables.TENANT;

@Service
@Transactional
class JooqTenantSettings implements TenantSettings {

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JooqTenantSettings(DSLContext db, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
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
    @PreAuthorize(Roles.ADMINS)
    public void change(String name, String primaryColour) {
        String colour = Colours.normalise(primaryColour);
        var problems = new LinkedHashMap<String, String>();
        Tenants.problemWithName(name).ifPresent(problem -> problems.put("name", problem));
        Colours.problemWith(colour).ifPresent(problem -> problems.put("primaryColour", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        TenantId tenant = TenantScope.required();
        String before = SettingsDescriptions.nameAndColour(currentName(tenant), currentColour());
        db.update(TENANT).set(TENANT.NAME, name.strip()).where(TENANT.ID.eq(tenant.value())).execute();
        db.insertInto(BRANDING)
                .set(BRANDING.TENANT_ID, tenant.value())
                .set(BRANDING.PRIMARY_COLOUR, colour)
                .onConflict(BRANDING.TENANT_ID).doUpdate()
                .set(BRANDING.PRIMARY_COLOUR, colour)
                .set(BRANDING.UPDATED_AT, clock.instant())
                .execute();
        publishIfChanged(tenant, "Name and colour changed", before, SettingsDescriptions.nameAndColour(name.strip(), colour));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public void changeLogo(byte[] image) {
        Logos.problemWith(image).ifPresent(problem -> {
            throw InvalidInput.of("logo", problem);
        });
        String contentType = Logos.contentTypeOf(image).orElseThrow();
        TenantId tenant = TenantScope.required();
        String before = currentLogo();
        db.insertInto(BRANDING)
                .set(BRANDING.TENANT_ID, tenant.value())
                .set(BRANDING.LOGO, image)
                .set(BRANDING.LOGO_CONTENT_TYPE, contentType)
                .onConflict(BRANDING.TENANT_ID).doUpdate()
                .set(BRANDING.LOGO, image)
                .set(BRANDING.LOGO_CONTENT_TYPE, contentType)
                .set(BRANDING.UPDATED_AT, clock.instant())
                .execute();
        // Always published: a new image may describe just like the old one (same type and size).
        String action = before.equals(SettingsDescriptions.logo(null, 0)) ? "Logo added" : "Logo changed";
        publish(tenant, action, before, SettingsDescriptions.logo(contentType, image.length));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public void removeLogo() {
        TenantId tenant = TenantScope.required();
        String before = currentLogo();
        db.update(BRANDING).setNull(BRANDING.LOGO).setNull(BRANDING.LOGO_CONTENT_TYPE)
                .set(BRANDING.UPDATED_AT, clock.instant()).execute();
        publishIfChanged(tenant, "Logo removed", before, SettingsDescriptions.logo(null, 0));
    }

    /** Saving the same values again is not a change worth recording. */
    private void publishIfChanged(TenantId tenant, String action, String before, String after) {
        if (!before.equals(after)) {
            publish(tenant, action, before, after);
        }
    }

    /** Publishes inside this transaction, so an audit entry written by a listener commits or rolls back with the change. */
    private void publish(TenantId tenant, String action, String before, String after) {
        events.publishEvent(new TenantSettingsChanged(tenant, currentName(tenant), action, before, after));
    }

    private String currentName(TenantId tenant) {
        return db.select(TENANT.NAME).from(TENANT).where(TENANT.ID.eq(tenant.value())).fetchSingle(TENANT.NAME);
    }

    private String currentColour() {
        return db.select(BRANDING.PRIMARY_COLOUR).from(BRANDING).fetchOptional(BRANDING.PRIMARY_COLOUR).orElse(null);
    }

    /** Described from the size alone: the image itself (up to 512 KB) need not be read. */
    private String currentLogo() {
        return db.select(BRANDING.LOGO_CONTENT_TYPE, DSL.binaryOctetLength(BRANDING.LOGO)).from(BRANDING)
                .where(BRANDING.LOGO.isNotNull()).fetchOptional()
                .map(row -> SettingsDescriptions.logo(row.value1(), row.value2()))
                .orElse(SettingsDescriptions.logo(null, 0));
    }
}
