package org.sharewell.membership;

/**
 * Says whether the current organisation has done one {@link OnboardingStep}, from what actually
 * happened. Implemented by the module that knows: the people module's data answers {@link
 * OnboardingStep#FIRST_ADMIN}; the policy, platforms and surgeries modules will answer theirs.
 * A step that no module answers yet shows as not done and not tracked, never as done.
 *
 * <p>Contract: called inside a transaction bound to the member group, whenever something is
 * recorded there (any audit-log event), on behalf of whoever made the change or of nobody. So an
 * implementation must need no role, must only read, and should be quick. Once a step has been
 * seen done it stays ticked, with the time it was first seen; it is not asked again.
 */
public interface OnboardingSource {

    OnboardingStep step();

    boolean isDone();
}
