package org.sharewell.accounts.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.sharewell.accounts.AuthenticatorSetUp;

import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The codes an authenticator app makes (TOTP, RFC 6238): six digits from HMAC-SHA1 of a 160-bit
 * shared secret and the current 30-second step, the settings every app supports. A code is
 * accepted one step either side of now, for a phone clock a little out, and only for a step later
 * than the last one accepted, so no code works twice.
 */
final class AuthenticatorCodes {

    static final int SECRET_BYTES = 20;
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();
    private static final long STEP_SECONDS = TOTP.getTimeStep().toSeconds();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthenticatorCodes() {
    }

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** What an app is given: the secret in Base32, and an otpauth address naming Sharewell, the organisation and the login. */
    static AuthenticatorSetUp setUp(byte[] secret, String organisation, String email) {
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String issuer = "Sharewell (" + organisation + ")";
        String label = encode(issuer) + ":" + encode(email);
        return new AuthenticatorSetUp(base32, URI.create("otpauth://totp/" + label + "?secret=" + base32
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS));
    }

    /** The code for a time, as an app would show it. */
    static String codeAt(byte[] secret, Instant when) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, TOTP.getAlgorithm()), when,
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A 160-bit key suits HMAC-SHA1", e);
        }
    }

    /**
     * The time step the code belongs to, if it is right for now (a step either side allowed) and
     * later than {@code lastUsedStep}.
     */
    static OptionalLong stepOf(String code, byte[] secret, Instant now, long lastUsedStep) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && codeAt(secret, Instant.ofEpochSecond(step * STEP_SECONDS)).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
