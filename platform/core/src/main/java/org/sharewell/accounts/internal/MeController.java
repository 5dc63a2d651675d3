package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.accounts.Accounts;
import org.sharewell.accounts.Role;
import org.sharewell.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
class MeController {

    private final Accounts accounts;

    MeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the API token belongs to")
    Me me() {
        return accounts.signedIn()
                .map(account -> new Me(account.email(), account.displayName(), account.role()))
                .orElseThrow(() -> new NotFound("Your login no longer exists."));
    }

    record Me(String email, String displayName, Role role) {
    }
}
