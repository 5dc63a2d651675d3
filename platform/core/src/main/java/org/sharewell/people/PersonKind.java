package org.sharewell.people;

/** How a person is connected with the organisation. */
public enum PersonKind {

    STAFF("Staff"),
    TRUSTEE("Trustee"),
    VOLUNTEER("Volunteer"),
    MEMBER("Member");

    private final String description;

    PersonKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
