package org.sharewell.tenancy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.tenancy.Slug;
import org.sharewell.tenancy.TenantKind;
import org.sharewell.tenancy.TenantSettings;
import org.sharewell.tenancy.Tenants;
import org.sharewell.kernel.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organisations")
class TenantController {

    private final Tenants tenants;
    private final TenantSettings settings;

    TenantController(Tenants tenants, TenantSettings settings) {
        this.tenants = tenants;
        this.settings = settings;
    }

    @GetMapping("/api/v1/public/tenants/{slug}")
    @Operation(summary = "An organisation's public profile", description = "Anyone may read this.")
    PublicProfile profile(@PathVariable String slug) {
        return Slug.problemWith(slug).isPresent() ? notFound(slug) : tenants.findBySlug(new Slug(slug))
                .map(tenant -> new PublicProfile(tenant.slug().value(), tenant.name(), tenant.kind()))
                .orElseGet(() -> notFound(slug));
    }

    @GetMapping("/api/v1/tenant/settings")
    @Operation(summary = "Your organisation's settings")
    Settings settings() {
        var tenant = settings.tenant();
        var branding = settings.branding();
        return new Settings(tenant.slug().value(), tenant.name(), tenant.kind(),
                branding.primaryColour().orElse(null), branding.logo().isPresent());
    }

    @PutMapping("/api/v1/tenant/settings")
    @Operation(summary = "Change your organisation's name and main colour (admins only)",
            description = "The colour must be a #rrggbb hex code that white text is readable on (contrast of 4.5 to 1).")
    Settings change(@RequestBody SettingsChange change) {
        settings.change(change.name(), change.primaryColour());
        return settings();
    }

    private static PublicProfile notFound(String slug) {
        throw new NotFound("No organisation on Sharewell uses the address '" + slug + "'.");
    }

    record PublicProfile(String slug, String name, TenantKind kind) {
    }

    record Settings(String slug, String name, TenantKind kind, String primaryColour, boolean hasLogo) {
    }

    record SettingsChange(String name, String primaryColour) {
    }
}
