package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.sharewell.accounts.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in person ends every session and token of theirs at once. */
@RestController
class SignOutController {

    private final Accounts accounts;

    SignOutController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/me/sign-out-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out everywhere: every browser session of yours ends, and every API token (this one too)")
    void signOutEverywhere() {
        accounts.signOutEverywhere();
    }
}
