package org.sharewell.membership;

/** The first things a new member group does, which both it and its umbrella bodies can follow. */
public enum OnboardingStep {

    FIRST_ADMIN("An admin can sign in"),
    POLICY_ADOPTED("Social media policy adopted"),
    PLATFORMS_CHOSEN("Social media platforms chosen"),
    FIRST_SURGERY_BOOKED("First Social Media Surgery booked");

    private final String description;

    OnboardingStep(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
