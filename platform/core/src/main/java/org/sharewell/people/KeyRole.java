package org.sharewell.people;

/** The responsibilities a person can hold; a person may hold several. */
public enum KeyRole {

    /** Encourages good use of social media and records people's training. */
    CHAMPION("Social media champion", "ROLE_CHAMPION"),

    /** Looks after the official accounts and decides on licences to post. */
    ACCOUNT_COORDINATOR("Account coordinator", "ROLE_COORDINATOR"),

    /** Helps people with the technical side. */
    TECHNICAL_SUPPORT("Technical support", "ROLE_TECHNICAL_SUPPORT"),

    /** Runs the organisation's Sharewell: settings, people and roles. */
    TENANT_ADMIN("Tenant admin", "ROLE_ADMIN");

    private final String description;
    private final String authority;

    KeyRole(String description, String authority) {
        this.description = description;
        this.authority = authority;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority a holder of this role has on every request. */
    public String authority() {
        return authority;
    }
}
