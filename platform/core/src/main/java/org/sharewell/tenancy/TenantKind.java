package org.sharewell.tenancy;

/** What sort of organisation a tenant is. */
public enum TenantKind {

    /** Supports the groups of its area, such as a Council for Voluntary Service. */
    INFRASTRUCTURE_BODY("Infrastructure body, such as a CVS"),

    /** A local group, club or society. */
    LOCAL_GROUP("Local group, club or society"),

    /**
     * Sharewell itself, as the publisher of what every organisation reads (policy templates, the
     * library, the platform catalogue). Made on first start; nobody signs up as one.
     */
    OPERATOR("Sharewell");

    private final String description;

    TenantKind(String description) {
        this.description = description;
    }

    /** The kinds a person may choose when signing up an organisation. */
    public static java.util.List<TenantKind> signUpChoices() {
        return java.util.List.of(INFRASTRUCTURE_BODY, LOCAL_GROUP);
    }

    /** How the kind is shown to people. */
    public String description() {
        return description;
    }
}
