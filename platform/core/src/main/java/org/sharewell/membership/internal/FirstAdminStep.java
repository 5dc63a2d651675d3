package org.sharewell.membership.internal;

import org.sharewell.membership.OnboardingSource;
import org.sharewell.membership.OnboardingStep;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.springframework.stereotype.Component;

/** The first onboarding step is done once an active tenant admin of the group has a login. */
@Component
class FirstAdminStep implements OnboardingSource {

    private final People people;

    FirstAdminStep(People people) {
        this.people = people;
    }

    @Override
    public OnboardingStep step() {
        return OnboardingStep.FIRST_ADMIN;
    }

    @Override
    public boolean isDone() {
        return people.admins().stream().anyMatch(Person::hasLogin);
    }
}
