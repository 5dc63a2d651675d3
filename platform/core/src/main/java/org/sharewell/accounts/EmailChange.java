package org.sharewell.accounts;

/** A login's asked-for change of email address, waiting for the link sent to the new address to be followed. */
public record EmailChange(Account login, String newEmail) {
}
