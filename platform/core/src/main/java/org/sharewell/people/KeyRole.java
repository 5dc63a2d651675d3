package org.sharewell.people;

import org.sharewell.kernel.Roles;

/** The responsibilities a person can hold; a person may hold several. */
public enum KeyRole {

    /** Encourages good use of social media and records people's training. */
    CHAMPION("Social media champion", Roles.CHAMPION),

    /** Looks after the official accounts and decides on licences to post. */
    ACCOUNT_COORDINATOR("Account coordinator", Roles.COORDINATOR),

    /** Helps people with the technical side. */
    TECHNICAL_SUPPORT("Technical support", Roles.TECHNICAL_SUPPORT),

    /** Runs the organisation's Sharewell: settings, people and roles. */
    TENANT_ADMIN("Admin", Roles.ADMIN);

    private final String description;
    private final String role;

    KeyRole(String description, String role) {
        this.description = description;
        this.role = role;
    }

    public String description() {
        return description;
    }

    /** The role a holder has on every request, as {@link Roles} spells it. */
    public String role() {
        return role;
    }

    /** The Spring Security authority a holder of this role has on every request. */
    public String authority() {
        return Roles.authority(role);
    }
}
