package org.sharewell.accounts;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.people.KeyRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Two-step sign-in through the API: turned on with a code from the app, then needed for every new
 * API token; each code works once, recovery codes once each, and wrong codes lock the step. An
 * organisation may require it of admins and coordinators, who go without those roles until they have it.
 */
@IntegrationTest
class TwoStepSignInTests {

    private static final TimeBasedOneTimePasswordGenerator APP = new TimeBasedOneTimePasswordGenerator();

    @Autowired
    Organisations organisations;

    @Test
    void onceOnANewTokenNeedsACodeFromTheAppWhichWorksOnlyOnce() throws Exception {
        var organisation = organisations.signUp("two-step");
        String token = organisation.adminToken();
        String secret = setUp(organisation, token);

        var withoutCode = tokenRequest(organisation, null);
        assertThat(withoutCode.getStatus()).isEqualTo(400);
        assertThat(json(withoutCode).get("errors").get(0).get("field").asString()).isEqualTo("code");

        String code = codeNext(secret);
        assertThat(tokenRequest(organisation, code).getStatus()).isEqualTo(201);
        var again = tokenRequest(organisation, code);
        assertThat(again.getStatus()).as("a code seen once is used up").isEqualTo(400);
        assertThat(json(again).get("errors").get(0).get("message").asString()).startsWith("That code is not right.");
        assertThat(organisation.api().call(GET, "/api/v1/me", token, null).getStatus())
                .as("tokens made before go on").isEqualTo(200);
    }

    @Test
    void eachRecoveryCodeWorksOnceAndNewOnesReplaceTheOld() throws Exception {
        var organisation = organisations.signUp("two-step-recovery");
        String token = organisation.adminToken();
        var codes = new ArrayList<String>();
        setUp(organisation, token, codes);
        assertThat(codes).hasSize(10);

        assertThat(tokenRequest(organisation, codes.getFirst().toUpperCase(Locale.ROOT)).getStatus()).isEqualTo(201);
        assertThat(tokenRequest(organisation, codes.getFirst()).getStatus()).isEqualTo(400);
        assertThat(json(organisation.api().call(GET, "/api/v1/me/two-step", token, null)).get("recoveryCodesLeft").asInt())
                .isEqualTo(9);

        var wrongPassword = organisation.api().call(POST, "/api/v1/me/two-step/recovery-codes", token,
                "{\"currentPassword\": \"not it at all\"}");
        assertThat(wrongPassword.getStatus()).isEqualTo(400);
        var fresh = organisation.api().call(POST, "/api/v1/me/two-step/recovery-codes", token,
                "{\"currentPassword\": \"" + ApiCalls.PASSWORD + "\"}");
        assertThat(fresh.getStatus()).isEqualTo(201);
        assertThat(tokenRequest(organisation, codes.get(1)).getStatus()).as("an old code").isEqualTo(400);
        assertThat(tokenRequest(organisation, json(fresh).get("recoveryCodes").get(0).asString()).getStatus()).isEqualTo(201);
    }

    @Test
    void fiveWrongCodesInARowLockTheSecondStepEvenForTheRightCode() throws Exception {
        var organisation = organisations.signUp("two-step-lock");
        String secret = setUp(organisation, organisation.adminToken());
        String right = codeNext(secret);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(tokenRequest(organisation, wrong).getStatus()).isEqualTo(400);
        }

        var locked = tokenRequest(organisation, right);
        assertThat(locked.getStatus()).isEqualTo(400);
        assertThat(json(locked).get("errors").get(0).get("message").asString()).startsWith("There have been too many wrong codes.");
    }

    @Test
    void aWrongCodeDoesNotTurnItOnAndTurningOffNeedsThePassword() throws Exception {
        var organisation = organisations.signUp("two-step-off");
        String token = organisation.adminToken();
        var begun = json(organisation.api().call(POST, "/api/v1/me/two-step/set-up", token, null));
        var wrong = organisation.api().call(POST, "/api/v1/me/two-step", token, "{\"code\": \"123\"}");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(json(organisation.api().call(GET, "/api/v1/me/two-step", token, null)).get("on").asBoolean()).isFalse();
        assertThat(finish(organisation, token, codeNow(begun.get("secret").asString())).getStatus()).isEqualTo(201);

        assertThat(organisation.api().call(POST, "/api/v1/me/two-step/turn-off", token, "{\"currentPassword\": \"wrong one\"}")
                .getStatus()).isEqualTo(400);
        assertThat(organisation.api().call(POST, "/api/v1/me/two-step/turn-off", token,
                "{\"currentPassword\": \"" + ApiCalls.PASSWORD + "\"}").getStatus()).isEqualTo(204);
        assertThat(tokenRequest(organisation, null).getStatus()).isEqualTo(201);
    }

    @Test
    void anOrganisationThatRequiresItTakesTheKeyRolesOfThoseWithoutItUntilTheyTurnItOn() throws Exception {
        var organisation = organisations.signUp("two-step-rule");
        String admin = organisation.adminToken();
        var coordinator = organisation.join("Cora Coordinator", KeyRole.ACCOUNT_COORDINATOR);
        assertThat(organisation.api().call(GET, "/api/v1/people", coordinator.token(), null).getStatus()).isEqualTo(200);

        var tooSoon = organisation.api().call(PUT, "/api/v1/sign-in-rule", admin, "{\"twoStepForAdminsAndCoordinators\": true}");
        assertThat(tooSoon.getStatus()).as("an admin without it would lock themselves out").isEqualTo(400);
        setUp(organisation, admin);
        assertThat(organisation.api().call(PUT, "/api/v1/sign-in-rule", admin, "{\"twoStepForAdminsAndCoordinators\": true}")
                .getStatus()).isEqualTo(200);
        assertThat(organisation.api().call(PUT, "/api/v1/sign-in-rule", coordinator.token(),
                "{\"twoStepForAdminsAndCoordinators\": false}").getStatus()).isEqualTo(403);

        assertThat(organisation.api().call(GET, "/api/v1/people", coordinator.token(), null).getStatus())
                .as("without two-step sign-in the coordinator's role is set aside").isEqualTo(403);
        assertThat(json(organisation.api().call(GET, "/api/v1/me/two-step", coordinator.token(), null))
                .get("missingForKeyRole").asBoolean()).isTrue();
        assertThat(organisation.api().call(GET, "/api/v1/people", admin, null).getStatus()).isEqualTo(200);

        setUp(organisation, coordinator.token());
        assertThat(organisation.api().call(GET, "/api/v1/people", coordinator.token(), null).getStatus()).isEqualTo(200);
        assertThat(organisation.api().call(POST, "/api/v1/me/two-step/turn-off", coordinator.token(),
                "{\"currentPassword\": \"" + ApiCalls.PASSWORD + "\"}").getStatus())
                .as("it may not be turned off while required").isEqualTo(400);
        var audited = organisation.inTransaction(sql -> sql.queryForList(
                "SELECT action FROM audit.entry WHERE area = 'SETTINGS'", String.class));
        assertThat(audited).contains("Two-step sign-in required");
    }

    private static String setUp(Organisation organisation, String token) throws Exception {
        return setUp(organisation, token, new ArrayList<>());
    }

    /** Turns two-step sign-in on for the token's login as its app would; answers the secret, and fills in the recovery codes. */
    private static String setUp(Organisation organisation, String token, List<String> recoveryCodes) throws Exception {
        var begun = organisation.api().call(POST, "/api/v1/me/two-step/set-up", token, null);
        assertThat(begun.getStatus()).as(begun.getContentAsString()).isEqualTo(201);
        String secret = json(begun).get("secret").asString();
        assertThat(json(begun).get("address").asString()).startsWith("otpauth://totp/");
        var finished = finish(organisation, token, codeNow(secret));
        assertThat(finished.getStatus()).as(finished.getContentAsString()).isEqualTo(201);
        json(finished).get("recoveryCodes").forEach(code -> recoveryCodes.add(code.asString()));
        return secret;
    }

    private static MockHttpServletResponse finish(Organisation organisation, String token, String code) throws Exception {
        return organisation.api().call(POST, "/api/v1/me/two-step", token, "{\"code\": \"" + code + "\"}");
    }

    /** Asks for a token as the admin, with a second-step code (or none). */
    private static MockHttpServletResponse tokenRequest(Organisation organisation, String code) throws Exception {
        return organisation.api().call(POST, "/api/v1/tokens", null, "{\"email\": \"%s\", \"password\": \"%s\"%s}".formatted(
                organisation.adminEmail(), ApiCalls.PASSWORD, code == null ? "" : ", \"code\": \"" + code + "\""));
    }

    /** The code the app shows now. */
    static String codeNow(String base32Secret) throws Exception {
        return codeAt(base32Secret, Instant.now());
    }

    /** The code the app will show next: after setting up, which used the code of now, it is the first that works. */
    static String codeNext(String base32Secret) throws Exception {
        return codeAt(base32Secret, Instant.now().plusSeconds(30));
    }

    static String codeAt(String base32Secret, Instant when) throws Exception {
        var key = new SecretKeySpec(new Base32().decode(base32Secret), APP.getAlgorithm());
        return APP.generateOneTimePasswordString(key, when, Locale.ROOT);
    }
}
