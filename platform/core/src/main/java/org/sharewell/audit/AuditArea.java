package org.sharewell.audit;

/** The part of Sharewell a change concerns, used to filter the audit log. */
public enum AuditArea {

    PEOPLE("People"),
    ROLES("Levels and roles"),
    LICENCES("Licences to post"),
    MEMBERSHIP("Member groups"),
    SETTINGS("Settings"),
    POLICIES("Policies"),
    SURGERIES("Social Media Surgeries");

    private final String description;

    AuditArea(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
