package org.sharewell.surgeries.internal;

import org.sharewell.membership.OnboardingSource;
import org.sharewell.membership.OnboardingStep;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

/**
 * A member group has booked its first surgery once one of its people, by their email address, holds a
 * confirmed place at any host's surgery. The booking is made without an account at the host, so this is
 * seen the next time anything is recorded in the group, as every onboarding step is.
 */
@Component
class FirstSurgeryBookedStep implements OnboardingSource {

    private final SurgeryUse use;

    FirstSurgeryBookedStep(SurgeryUse use) {
        this.use = use;
    }

    @Override
    public OnboardingStep step() {
        return OnboardingStep.FIRST_SURGERY_BOOKED;
    }

    @Override
    public boolean isDone() {
        return use.placesBookedByPeopleOf(TenantScope.required()).places() > 0;
    }
}
