package org.sharewell.licensing;

/** Where an application for a licence to post has got to. */
public enum ApplicationStatus {

    /** Training is being recorded; the coordinator has not decided yet. */
    PENDING("Waiting for a decision"),

    /** The coordinator granted a licence. */
    GRANTED("Granted"),

    /** The coordinator declined it, with a reason. */
    DECLINED("Declined");

    private final String description;

    ApplicationStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
