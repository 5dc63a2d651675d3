package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.accounts.SignUp;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.tenancy.TenantAddresses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@Tag(name = "Sign-up")
class SignUpController {

    private final SignUp signUp;
    private final TenantAddresses addresses;

    SignUpController(SignUp signUp, TenantAddresses addresses) {
        this.signUp = signUp;
        this.addresses = addresses;
    }

    @PostMapping("/api/v1/signup")
    @Operation(summary = "Bring a new organisation to Sharewell, with its first admin",
            description = "Creates the organisation and its admin login together, or nothing at all. "
                    + "Problems with the form come back as a 400 problem whose 'errors' name each field.")
    ResponseEntity<SignedUpView> signUp(@RequestBody SignUpForm form) {
        var signedUp = this.signUp.signUp(form);
        var tenant = signedUp.tenant();
        return ResponseEntity.created(URI.create("/api/v1/public/tenants/" + tenant.slug()))
                .body(new SignedUpView(tenant.slug().value(), tenant.name(), tenant.kind(),
                        signedUp.admin().email(), addresses.homeOf(tenant.slug())));
    }

}
