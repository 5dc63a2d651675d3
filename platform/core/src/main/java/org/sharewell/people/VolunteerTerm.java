package org.sharewell.people;

/** Whether a volunteer helps for the long run or for a set period, which then has an end date. */
public enum VolunteerTerm {

    LONG_SERVING("Long-serving"),
    SHORT_TERM("Short-term");

    private final String description;

    VolunteerTerm(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
