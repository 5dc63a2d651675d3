package org.sharewell.accounts;

import java.net.URI;

/**
 * What an authenticator app needs to start making codes for a login: the shared secret, in the
 * Base32 an app lets a person type in, and the {@code otpauth:} address a QR code carries.
 */
public record AuthenticatorSetUp(String secret, URI address) {

    /** The secret in groups of four, as it is easiest to read out and type. */
    public String secretInGroups() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
