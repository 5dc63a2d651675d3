package org.sharewell.accounts;

/** What a login may do in its tenant. Finer roles and levels of trust arrive with the people module. */
public enum Role {

    /** Runs the tenant: settings, people and everything else. */
    ADMIN("Tenant admin"),

    /** Reads and acknowledges what applies to them. */
    MEMBER("Member");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority that stands for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
