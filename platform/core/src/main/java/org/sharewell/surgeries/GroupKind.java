package org.sharewell.surgeries;

/**
 * The kinds of group a surgery is for: voluntary and community groups. A business or a political
 * campaign is not one of them, and the booking form says so kindly.
 */
public enum GroupKind {

    VOLUNTARY_GROUP("A voluntary or community group"),
    CHARITY("A charity"),
    COMMUNITY_INTEREST("A community interest company or social enterprise"),
    CLUB("A club or society");

    private final String description;

    GroupKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
