package org.sharewell.tenancy;

import org.sharewell.kernel.InvalidInput;

/**
 * The current tenant's own settings: its name and branding. Reading needs a signed-in person of the
 * tenant; changing needs a tenant admin. Invalid values are rejected with {@link InvalidInput}
 * and change nothing. A change that alters something publishes {@link TenantSettingsChanged} inside
 * the transaction that makes it, so the change and its audit entry are saved together or not at all.
 */
public interface TenantSettings {

    Tenant tenant();

    Branding branding();

    /** Changes the name and main colour together; {@code primaryColour} may be null to remove it. */
    void change(String name, String primaryColour);

    /** Replaces the logo with a PNG or JPEG image of at most 512 KB. */
    void changeLogo(byte[] image);

    void removeLogo();
}
