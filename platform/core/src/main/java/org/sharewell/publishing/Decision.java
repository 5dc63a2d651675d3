package org.sharewell.publishing;

/** What an adopter did with one change of an upstream version. */
public enum Decision {

    /** Taken as the upstream wrote it. */
    TAKEN("Taken"),

    /** Taken, with the adopter's own wording in its place. */
    EDITED("Taken with changes"),

    /** Not taken, for a reason recorded with it: the document counts as up to date without it. */
    DECLINED("Declined");

    private final String description;

    Decision(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
