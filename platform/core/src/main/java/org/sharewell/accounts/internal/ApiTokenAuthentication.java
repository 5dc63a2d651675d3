package org.sharewell.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

import java.io.Serial;
import java.util.List;

/** Authentication by {@code Authorization: Bearer <token>} for the REST API. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient String token;
    private final SharewellUser user;

    private ApiTokenAuthentication(String token) {
        super(List.of());
        this.token = token;
        this.user = null;
    }

    private ApiTokenAuthentication(SharewellUser user) {
        super(user.getAuthorities());
        this.token = null;
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    /** Reads the bearer token from a request; a request without one is left to the other rules. */
    static AuthenticationConverter converter() {
        return (HttpServletRequest request) -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return new ApiTokenAuthentication(header.substring(7).strip());
        };
    }

    static AuthenticationProvider provider(ApiTokens tokens) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return tokens.authenticate((String) authentication.getCredentials())
                        .map(ApiTokenAuthentication::new)
                        .orElseThrow(() -> new BadCredentialsException("The API token is not valid or has expired"));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return ApiTokenAuthentication.class.isAssignableFrom(authentication);
            }
        };
    }
}
