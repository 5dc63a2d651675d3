package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.sharewell.accounts.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Confirming that a login's email address is its own, from the link emailed to it. */
@RestController
class EmailConfirmationController {

    private final Accounts accounts;

    EmailConfirmationController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/public/email-confirmations/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm a login's email address with the token from the link emailed to it (works once)")
    void confirm(@PathVariable String token) {
        accounts.confirmEmail(token);
    }

    @PostMapping("/api/v1/me/email-confirmation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Email yourself a new link to confirm your email address (the last one stops working)")
    void sendLink() {
        accounts.sendEmailConfirmation();
    }
}
