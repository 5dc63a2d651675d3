package org.sharewell.licensing;

/** Whether a licence to post lets its holder use the higher levels today. */
public enum LicenceState {

    /** Granted, not revoked, and either without an expiry date or not past it. */
    VALID("Valid"),

    /** Its last valid day has passed. */
    EXPIRED("Expired"),

    /** Taken away by the account coordinator. */
    REVOKED("Revoked");

    private final String description;

    LicenceState(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
