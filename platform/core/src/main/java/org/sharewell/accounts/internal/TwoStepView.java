package org.sharewell.accounts.internal;

/**
 * @param requiredOfKeyRoles whether the organisation requires it of admins and coordinators
 * @param missingForKeyRole  whether you hold such a role without it, and so are signed in without that role for now
 */
record TwoStepView(boolean on, int recoveryCodesLeft, boolean requiredOfKeyRoles, boolean missingForKeyRole) {
}
