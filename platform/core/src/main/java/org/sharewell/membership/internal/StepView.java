package org.sharewell.membership.internal;

import org.sharewell.membership.OnboardingItem;
import org.sharewell.membership.OnboardingStep;

import java.time.Instant;
import java.util.List;

/** One step of an onboarding checklist as the REST API shows it. */
record StepView(OnboardingStep step, String description, boolean done, Instant doneAt, boolean tracked) {

    static List<StepView> of(List<OnboardingItem> items) {
        return items.stream().map(item -> new StepView(item.step(), item.step().description(), item.done(),
                item.doneAt(), item.tracked())).toList();
    }
}
