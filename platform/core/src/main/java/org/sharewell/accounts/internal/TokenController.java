package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.kernel.InvalidInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ProblemDetail;


@RestController
@Tag(name = "API tokens")
class TokenController {

    private final AuthenticationManager passwords;
    private final ApiTokens tokens;
    private final TwoStepService twoStep;

    TokenController(AccountUserDetailsService logins, PasswordEncoder encoder, ApiTokens tokens, TwoStepService twoStep) {
        this.twoStep = twoStep;
        var provider = new DaoAuthenticationProvider(logins);
        provider.setPasswordEncoder(encoder);
        this.passwords = new ProviderManager(provider);
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Exchange your email and password for an API token",
            description = "Call this at your organisation's address. A login with two-step sign-in also sends 'code': "
                    + "the six digits its authenticator app shows, or one of its recovery codes. "
                    + "The token is shown only in this response; "
                    + "send it as 'Authorization: Bearer <token>'. It lasts " + ApiTokens.LIFETIME_DAYS + " days.")
    ResponseEntity<TokenView> issue(@RequestBody TokenRequest request) {
        if (request.email() == null || request.email().isBlank() || request.password() == null || request.password().isEmpty()) {
            throw InvalidInput.of("email", "Enter your email address and password.");
        }
        var authenticated = passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
        var user = (SharewellUser) authenticated.getPrincipal();
        twoStep.checkForToken(user.account(), request.code());
        String label = request.label() == null || request.label().isBlank() ? "API token" : request.label().strip();
        if (label.length() > 80) {
            throw InvalidInput.of("label", "Use at most 80 characters for the token's label.");
        }
        var issued = tokens.issue(user.account(), label);
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenView(issued.token(), "Bearer", issued.expiresAt()));
    }

    @DeleteMapping("/api/v1/tokens/current")
    @Operation(summary = "Revoke the token this request was made with")
    ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> wrongCredentials(AuthenticationException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "The email address or password is not right for this organisation.");
        problem.setTitle("Sign-in failed");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    record TokenRequest(String email, String password, String label, String code) {
        @Override
        public String toString() {
            return "TokenRequest[email=" + email + ", password=(hidden), label=" + label + ", code=(hidden)]";
        }
    }

}
