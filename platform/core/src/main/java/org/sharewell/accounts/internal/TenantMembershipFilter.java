package org.sharewell.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Objects;

/**
 * Makes sure a signed-in person only works in their own tenant. The tenant of a request comes from
 * its address; a session made at one organisation's address (say under {@code /t/a/}) must not be
 * usable at another's ({@code /t/b/}), even on the same host where the browser sends the same cookie.
 * An API call is refused; a browser's session is ended so the person can sign in again.
 */
class TenantMembershipFilter extends OncePerRequestFilter {

    /** Straight after Spring Security (order -100), which establishes who is signed in. */
    static final int ORDER = -90;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SharewellUser user
                && !Objects.equals(TenantScope.current().orElse(null), user.account().tenantId())) {
            if (ProblemResponses.isApi(request)) {
                ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Wrong organisation",
                        "You are signed in to a different organisation from the one at this address.");
                return;
            }
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
