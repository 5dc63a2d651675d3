package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.sharewell.accounts.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in person changes their own password. */
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

    record PasswordChange(String currentPassword, String newPassword) {
    }
}
