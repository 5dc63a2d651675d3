package org.sharewell.tenancy;

/**
 * Published when a tenant admin has changed the organisation's name, main colour or logo, inside
 * the transaction that made the change (so a listener in that transaction shares its fate). Not
 * published when a change leaves everything as it was. The texts are plain words for people
 * reading the audit log.
 *
 * <p>It does not implement the audit module's {@code Auditable}: the audit module depends on
 * tenancy, so tenancy may not depend on it. The audit module turns this event into an entry itself.
 *
 * @param tenantId         the organisation whose settings changed
 * @param organisationName its name after the change
 * @param action           what was done, e.g. "Name and colour changed"
 * @param before           the settings before, e.g. "Name: Riverside; colour: #111111"
 * @param after            the settings after, e.g. "Name: Riverside Allotments; colour: #222222"
 */
public record TenantSettingsChanged(TenantId tenantId, String organisationName, String action, String before,
                                    String after) {
}
