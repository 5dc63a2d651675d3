package org.sharewell.tenancy;

/** What sort of organisation a tenant is. */
public enum TenantKind {

    /** Supports the groups of its area, such as a Council for Voluntary Service. */
    INFRASTRUCTURE_BODY("Infrastructure body, such as a CVS"),

    /** A local group, club or society. */
    LOCAL_GROUP("Local group, club or society");

    private final String description;

    TenantKind(String description) {
        this.description = description;
    }

    /** How the kind is shown to people. */
    public String description() {
        return description;
    }
}
