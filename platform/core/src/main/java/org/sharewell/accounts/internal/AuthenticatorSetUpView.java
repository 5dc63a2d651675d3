package org.sharewell.accounts.internal;

import org.sharewell.accounts.AuthenticatorSetUp;

/**
 * What to give an authenticator app: the secret (also in groups of four, to type) or the otpauth
 * address (for a QR code or a link on the phone).
 */
record AuthenticatorSetUpView(String secret, String secretInGroups, String address) {

    static AuthenticatorSetUpView of(AuthenticatorSetUp setUp) {
        return new AuthenticatorSetUpView(setUp.secret(), setUp.secretInGroups(), setUp.address().toString());
    }
}
