package org.sharewell.accounts.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatorCodesTests {

    /** RFC 6238's own test secret for HMAC-SHA1. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesAreThoseOfRfc6238() {
        // The RFC's eight-digit values end in these six: 94287082 at 59 s, 07081804 at 1111111109 s.
        assertThat(AuthenticatorCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(AuthenticatorCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNeverTwice() {
        var now = Instant.ofEpochSecond(1_800_000_000L);
        String previous = AuthenticatorCodes.codeAt(RFC_SECRET, now.minusSeconds(30));
        String current = AuthenticatorCodes.codeAt(RFC_SECRET, now);
        String tooOld = AuthenticatorCodes.codeAt(RFC_SECRET, now.minusSeconds(90));
        long step = now.getEpochSecond() / 30;

        assertThat(AuthenticatorCodes.stepOf(previous, RFC_SECRET, now, 0)).hasValue(step - 1);
        assertThat(AuthenticatorCodes.stepOf(current.substring(0, 3) + " " + current.substring(3), RFC_SECRET, now, 0))
                .hasValue(step);
        assertThat(AuthenticatorCodes.stepOf(tooOld, RFC_SECRET, now, 0)).isEmpty();
        assertThat(AuthenticatorCodes.stepOf(current, RFC_SECRET, now, step)).as("used already").isEmpty();
        assertThat(AuthenticatorCodes.stepOf("12345", RFC_SECRET, now, 0)).isEmpty();
        assertThat(AuthenticatorCodes.stepOf(null, RFC_SECRET, now, 0)).isEmpty();
    }

    @Test
    void anAppIsGivenTheSecretInBase32AndAnAddressNamingTheOrganisationAndLogin() {
        var setUp = AuthenticatorCodes.setUp(RFC_SECRET, "Riverside & Co", "ann@example.org");
        assertThat(setUp.secret()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(setUp.secretInGroups()).startsWith("GEZD GNBV ").endsWith(" QOJQ");
        assertThat(setUp.address().toString()).isEqualTo("otpauth://totp/Sharewell%20%28Riverside%20%26%20Co%29:"
                + "ann%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Sharewell%20%28Riverside%20%26%20Co%29"
                + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTenUnambiguousCharactersTypedAnyWay() {
        var codes = RecoveryCodes.newCodes(10);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[2-9a-z]{5}-[2-9a-z]{5}").doesNotContain("0", "1", "l", "o", "i"));
        String typed = " " + codes.getFirst().toUpperCase(java.util.Locale.ROOT).replace("-", " ") + " ";
        assertThat(RecoveryCodes.looksLikeOne(typed)).isTrue();
        assertThat(RecoveryCodes.normalise(typed)).isEqualTo(codes.getFirst());
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }
}
