package org.sharewell.surgeries.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.surgeries.FormProof;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Bot protection that needs no third-party service: a form carries the moment it was shown, signed with
 * HMAC-SHA256 so it cannot be made up, and a trap field nobody sees. A machine that fills every field, or
 * sends the form back within seconds of fetching it, or replays a token for days, is refused; a person is
 * not troubled, and a refused person only has to send the form again.
 */
@Component
class FormTokens {

    static final String FROM_THE_PAGE = "Please book from the host's booking page, and send the form from there.";
    static final String TOO_QUICK = "That was sent back very quickly, as a machine would. Please check your answers and "
            + "send the form again.";
    static final String TOO_OLD = "This form has been open for a long time. Please send it again.";

    private final byte[] key;
    private final SurgerySettings settings;
    private final Clock clock;

    FormTokens(SurgerySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.key = settings.formKey().isBlank() ? SecureRandom.getSeed(32) : settings.formKey().getBytes(StandardCharsets.UTF_8);
    }

    String issue() {
        return token(key, clock.instant());
    }

    /** @throws InvalidInput under {@code form}, in words a person can act on */
    void check(FormProof proof) {
        if (proof == null || (proof.trap() != null && !proof.trap().isBlank())) {
            throw InvalidInput.of("form", FROM_THE_PAGE);
        }
        Instant shown = shownAt(proof.token());
        Duration age = Duration.between(shown, clock.instant());
        if (age.compareTo(settings.formMinAge()) < 0) {
            throw InvalidInput.of("form", TOO_QUICK);
        }
        if (age.compareTo(settings.formMaxAge()) > 0) {
            throw InvalidInput.of("form", TOO_OLD);
        }
    }

    private Instant shownAt(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || token.length() > 100) {
            throw InvalidInput.of("form", FROM_THE_PAGE);
        }
        long seconds;
        try {
            seconds = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException unreadable) {
            throw InvalidInput.of("form", FROM_THE_PAGE);
        }
        byte[] expected = token(key, Instant.ofEpochSecond(seconds)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))) {
            throw InvalidInput.of("form", FROM_THE_PAGE);
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** The token for a form shown at that moment: its second, and their signature. */
    static String token(byte[] key, Instant shown) {
        long seconds = shown.getEpochSecond();
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal(("sharewell-booking-form:" + seconds).getBytes(StandardCharsets.US_ASCII));
            return seconds + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
