package org.sharewell.tenancy.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.tenancy.Branding;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.TenantSettings;
import org.sharewell.tenancy.TenantSettingsChanged;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;

/** The organisation's own settings and who may change them; see {@link TenantSettings} for the contract. */
@Service
@Transactional
class SettingsService implements TenantSettings {

    private final TenantStore tenants;
    private final BrandingStore branding;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettingsService(TenantStore tenants, BrandingStore branding, ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.branding = branding;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.SIGNED_IN)
    public Tenant tenant() {
        return tenants.findById(TenantScope.required()).orElseThrow(() -> new NotFound("This organisation is not registered."));
    }

    @Override
    @Transactional(readOnly = true)
    public Branding branding() {
        return branding.branding();
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public void change(String name, String primaryColour) {
        String colour = ColourRules.normalise(primaryColour);
        var problems = new LinkedHashMap<String, String>();
        Tenants.problemWithName(name).ifPresent(problem -> problems.put("name", problem));
        ColourRules.problemWith(colour).ifPresent(problem -> problems.put("primaryColour", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        TenantId tenant = TenantScope.required();
        String before = SettingsDescriptions.nameAndColour(currentName(tenant), branding.colour().orElse(null));
        tenants.rename(tenant, name.strip());
        branding.changeColour(colour, clock.instant());
        publishIfChanged(tenant, "Name and colour changed", before, SettingsDescriptions.nameAndColour(name.strip(), colour));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public void changeLogo(byte[] image) {
        LogoRules.problemWith(image).ifPresent(problem -> {
            throw InvalidInput.of("logo", problem);
        });
        String contentType = LogoRules.contentTypeOf(image).orElseThrow();
        TenantId tenant = TenantScope.required();
        String before = currentLogo();
        branding.changeLogo(image, contentType, clock.instant());
        // Always published: a new image may describe just like the old one (same type and size).
        String action = before.equals(SettingsDescriptions.logo(null, 0)) ? "Logo added" : "Logo changed";
        publish(tenant, action, before, SettingsDescriptions.logo(contentType, image.length));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public void removeLogo() {
        TenantId tenant = TenantScope.required();
        String before = currentLogo();
        branding.removeLogo(clock.instant());
        publishIfChanged(tenant, "Logo removed", before, SettingsDescriptions.logo(null, 0));
    }

    /** Saving the same values again is not a change worth recording. */
    private void publishIfChanged(TenantId tenant, String action, String before, String after) {
        if (!before.equals(after)) {
            publish(tenant, action, before, after);
        }
    }

    /** Published inside this transaction, so an audit entry written by a listener commits or rolls back with the change. */
    private void publish(TenantId tenant, String action, String before, String after) {
        events.publishEvent(new TenantSettingsChanged(tenant, currentName(tenant), action, before, after));
    }

    private String currentName(TenantId tenant) {
        return tenants.findById(tenant).orElseThrow().name();
    }

    private String currentLogo() {
        return branding.logo().map(logo -> SettingsDescriptions.logo(logo.contentType(), logo.bytes()))
                .orElse(SettingsDescriptions.logo(null, 0));
    }
}
