package org.sharewell.people;

/**
 * A person's level of trust online. The two higher levels need a valid licence to post: without
 * one, a person has only the rights of {@link #EVERYONE}, whatever level they were given.
 */
public enum Level {

    /** Reads, learns and shares as themselves. */
    EVERYONE("Everyone"),

    /** May post on the organisation's behalf. */
    LICENSED_POSTER("Licensed poster"),

    /** Responsible for one of the organisation's official accounts. */
    ACCOUNT_MANAGER("Account manager");

    private final String description;

    Level(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean needsLicence() {
        return this != EVERYONE;
    }
}
