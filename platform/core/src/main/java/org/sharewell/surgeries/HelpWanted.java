package org.sharewell.surgeries;

/** How much help a booker thinks they need. */
public enum HelpWanted {

    A_LITTLE("A quick question or two"),
    SOME("Some help, sitting with someone for a while"),
    A_LOT("A lot: we are starting from nothing");

    private final String description;

    HelpWanted(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
