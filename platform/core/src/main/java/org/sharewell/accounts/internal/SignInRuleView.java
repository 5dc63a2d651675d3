package org.sharewell.accounts.internal;

/** The organisation's rule for how its key roles sign in. */
record SignInRuleView(boolean twoStepForAdminsAndCoordinators) {
}
