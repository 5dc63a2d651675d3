package org.sharewell.membership;

/**
 * Kinds of data a member group may choose to share with an umbrella body. Each is off until the
 * group switches it on, and the group can switch it off again at any time.
 */
public enum SharingKind {

    POLICY("Social media policy and who has acknowledged it"),
    SURGERIES("Use of Social Media Surgeries"),
    SKILLS("Skills check results");

    private final String description;

    SharingKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
