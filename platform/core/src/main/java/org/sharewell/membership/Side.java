package org.sharewell.membership;

/** The two parties to a link. */
public enum Side {

    UMBRELLA("the umbrella body"),
    MEMBER("the member group");

    private final String description;

    Side(String description) {
        this.description = description;
    }

    /** How the side is named in a sentence, such as "Ended by the member group". */
    public String description() {
        return description;
    }
}
