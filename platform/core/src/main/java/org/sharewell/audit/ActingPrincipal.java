package org.sharewell.audit;

/**
 * Implemented by a signed-in principal that knows which login it stands for, so that
 * {@link Actor#current()} can record the account as well as the name. The accounts module's
 * principal implements it; the audit module itself knows nothing about accounts.
 */
public interface ActingPrincipal {

    /** The login it stands for, with the name to show for it. */
    Actor actor();
}
