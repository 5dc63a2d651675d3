package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.accounts.TwoStepSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/** Two-step sign-in for the signed-in person's own login, and the organisation's rule about it. */
@RestController
@Tag(name = "Your login")
class TwoStepController {

    private final TwoStepSignIn twoStep;

    TwoStepController(TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
    }

    @GetMapping("/api/v1/me/two-step")
    @Operation(summary = "Whether your login has two-step sign-in on, and how many recovery codes are left")
    TwoStepView status() {
        return new TwoStepView(twoStep.isOn(), twoStep.recoveryCodesLeft(), twoStep.requiredOfKeyRoles(),
                twoStep.isMissingForKeyRole());
    }

    @PostMapping("/api/v1/me/two-step/set-up")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start setting up an authenticator app: the secret to give it, as text and as an otpauth address")
    AuthenticatorSetUpView begin() {
        return AuthenticatorSetUpView.of(twoStep.beginSetUp());
    }

    @PostMapping("/api/v1/me/two-step")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Turn two-step sign-in on with a code the app made; answers your recovery codes, shown only this once")
    RecoveryCodesView finish(@RequestBody CodeRequest request) {
        return new RecoveryCodesView(twoStep.finishSetUp(request.code()));
    }

    @PostMapping("/api/v1/me/two-step/recovery-codes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "New recovery codes, given your current password; the old ones stop working")
    RecoveryCodesView newCodes(@RequestBody PasswordRequest request) {
        return new RecoveryCodesView(twoStep.newRecoveryCodes(request.currentPassword()));
    }

    @PostMapping("/api/v1/me/two-step/turn-off")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn two-step sign-in off, given your current password")
    void turnOff(@RequestBody PasswordRequest request) {
        twoStep.turnOff(request.currentPassword());
    }

    @GetMapping("/api/v1/sign-in-rule")
    @Operation(summary = "Whether the organisation requires two-step sign-in of its admins and coordinators")
    SignInRuleView rule() {
        return new SignInRuleView(twoStep.requiredOfKeyRoles());
    }

    @PutMapping("/api/v1/sign-in-rule")
    @Operation(summary = "Require, or stop requiring, two-step sign-in of admins and coordinators (admins only)")
    SignInRuleView changeRule(@RequestBody SignInRuleView rule) {
        twoStep.requireOfKeyRoles(rule.twoStepForAdminsAndCoordinators());
        return new SignInRuleView(twoStep.requiredOfKeyRoles());
    }

    record CodeRequest(String code) {
    }

    record PasswordRequest(String currentPassword) {
    }
}
