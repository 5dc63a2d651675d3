package org.sharewell.membership;

import java.time.Instant;

/**
 * One line of a member group's onboarding checklist.
 *
 * @param doneAt  when Sharewell first saw the step done; null while it is not
 * @param tracked false while no part of Sharewell can tell whether the step is done, so it shows
 *                as "not yet" however things stand
 */
public record OnboardingItem(OnboardingStep step, Instant doneAt, boolean tracked) {

    public boolean done() {
        return doneAt != null;
    }
}
