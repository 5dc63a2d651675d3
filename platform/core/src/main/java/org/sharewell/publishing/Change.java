package org.sharewell.publishing;

/** How much a new version changes: readers are asked to read a substantive change again. */
public enum Change {

    /** Wording only: what anyone must do is the same, so earlier acknowledgements stand. */
    MINOR("Minor (wording only)"),

    /** What people must do has changed: they are asked to read and acknowledge it again. */
    SUBSTANTIVE("Substantive (what people must do has changed)");

    private final String description;

    Change(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
