package org.sharewell.membership;

/** Where an invitation, and the link it may become, has got to. */
public enum LinkStatus {

    /** Sent and not yet answered. */
    INVITED("Invited"),

    /** Accepted: the group is a member group of the umbrella body. */
    ACTIVE("Member group"),

    /** The group said no. */
    DECLINED("Declined"),

    /** Ended by either side, or an invitation withdrawn by the umbrella body. */
    ENDED("Ended");

    private final String description;

    LinkStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
