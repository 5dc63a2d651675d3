package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.accounts.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in person moves their login to a new email address, which the link sent there confirms. */
@RestController
@Tag(name = "Your login")
class EmailChangeController {

    private final Accounts accounts;

    EmailChangeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/me/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask to change your email address, giving your current password; a link is emailed to "
            + "the new address, and the change is made when it is followed (within a day)")
    void ask(@RequestBody EmailChangeRequest request) {
        accounts.changeEmail(request.currentPassword(), request.newEmail());
    }

    @PostMapping("/api/v1/public/email-changes/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make a change of email address with the token from the link sent to the new address; "
            + "the old address is told")
    void confirm(@PathVariable String token) {
        accounts.confirmNewEmail(token);
    }

    record EmailChangeRequest(String currentPassword, String newEmail) {
    }
}
