package org.sharewell.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Checks, on every request, that the signed-in login still belongs here and may still do what it did.
 *
 * <ul>
 *   <li>The login must belong to the tenant at the request's address: a session made at one
 *       organisation's address (say under {@code /t/a/}) must not work at another's ({@code /t/b/}),
 *       even on the same host where the browser sends the same cookie.</li>
 *   <li>The login must still exist and be active, and its authorities are worked out afresh, so a
 *       change of role or a deactivation takes effect on the next request, not the next sign-in.
 *       The fresh authentication is for this request only; the session keeps what it had.</li>
 *   <li>A browser session must still be listed (see {@link BrowserSessions}), and, for a login with
 *       two-step sign-in, must have passed its second step; until then it is treated as nobody.</li>
 * </ul>
 * An API call that fails these checks is refused; a browser's session is ended so the person can sign in again.
 */
class TenantMembershipFilter extends OncePerRequestFilter {

    /** Straight after Spring Security (order -100), which establishes who is signed in. */
    static final int ORDER = -90;

    private final BrowserSessions sessions;
    private final AuthorityLookup authorities;

    TenantMembershipFilter(BrowserSessions sessions, AuthorityLookup authorities) {
        this.sessions = sessions;
        this.authorities = authorities;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SharewellUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (!Objects.equals(TenantScope.current().orElse(null), user.account().tenantId())) {
            refuse(request, response, "Wrong organisation",
                    "You are signed in to a different organisation from the one at this address.");
            return;
        }
        if (!(authentication instanceof ApiTokenAuthentication)) {
            // Token authentications were worked out from the database on this very request.
            var current = sessions.stillSignedIn(user, request);
            if (current.isEmpty()) {
                refuse(request, response, "Signed out",
                        "You have been signed out. Sign in again; if you cannot, ask your organisation's admin.");
                return;
            }
            var fresh = new SharewellUser(current.get().login(), null, authorities.of(current.get().login()));
            if (current.get().secondStepOn() && !SignInSession.passedSecondStep(request, fresh.account().id())) {
                // The password was right, but no code has been given yet: the browser is nobody, so every
                // page but the second step's sends it to sign in.
                SignInSession.awaitSecondStep(request, fresh, Instant.now());
                SecurityContextHolder.setContext(new SecurityContextImpl(new AnonymousAuthenticationToken("sharewell",
                        "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")))));
                chain.doFilter(request, response);
                return;
            }
            SignInSession.forgetAwaiting(request);
            var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String title, String detail)
            throws IOException {
        if (ProblemResponses.isApi(request)) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, title, detail);
            return;
        }
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getRequestURI());
    }
}
