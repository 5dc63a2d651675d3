package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.sharewell.accounts.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in person changes their own password; someone who has forgotten theirs chooses a new one from an emailed link. */
@RestController
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your password, giving the one you have now; your address is emailed to say so")
    void change(@RequestBody PasswordChange change) {
        accounts.changePassword(change.currentPassword(), change.newPassword());
    }

    @PostMapping("/api/v1/public/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Forgotten your password? Emails a link to choose a new one, if the address has a login "
            + "at this organisation; the answer is the same either way")
    void ask(@RequestBody PasswordResetRequest request) {
        accounts.askForNewPassword(request.email());
    }

    @PostMapping("/api/v1/public/password-resets/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Choose a new password with the token from the emailed link (works once, for an hour); "
            + "every API token of the login ends")
    void choose(@PathVariable String token, @RequestBody NewPassword password) {
        accounts.chooseNewPassword(token, password.newPassword());
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record PasswordResetRequest(String email) {
    }

    record NewPassword(String newPassword) {
    }
}
