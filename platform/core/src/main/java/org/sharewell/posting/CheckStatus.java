package org.sharewell.posting;

/** Where a check request stands; every state after the first is the contact's answer. */
public enum CheckStatus {

    ASKED("Waiting for an answer"),
    APPROVED("Go ahead"),
    CHANGES_ASKED("Change it first"),
    DECLINED("Do not post it");

    private final String description;

    CheckStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean answered() {
        return this != ASKED;
    }
}
