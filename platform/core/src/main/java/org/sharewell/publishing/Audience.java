package org.sharewell.publishing;

/** Who may read a document once it is published, besides its publisher. */
public enum Audience {

    /** Every organisation on Sharewell: only the Sharewell operator publishes so. */
    EVERY_ORGANISATION("Every organisation on Sharewell"),

    /** The publisher's active member groups: an umbrella body's own templates. */
    MEMBER_GROUPS("Your member groups"),

    /** The publishing organisation only: its own policy, for its people (and its public page). */
    OWN_ORGANISATION("Your organisation only");

    private final String description;

    Audience(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether other organisations read it, and so may adopt it. */
    public boolean isTemplate() {
        return this != OWN_ORGANISATION;
    }
}
