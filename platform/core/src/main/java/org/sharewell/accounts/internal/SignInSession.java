package org.sharewell.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.sharewell.accounts.AccountId;
import org.sharewell.accounts.BrowserSessionId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a browser's HTTP session remembers of signing in, besides Spring Security's record of who is
 * signed in: which listed session it is, whether that login has passed its second step here, and a
 * login still to pass it. Each names the login, so that a different login signed in on the same
 * browser inherits none of them. Only the server writes the HTTP session, so a browser claims nothing.
 */
final class SignInSession {

    private static final String BROWSER_SESSION = "sharewell.browserSession";
    private static final String SECOND_STEP_PASSED = "sharewell.secondStepPassedBy";
    private static final String AWAITING_SECOND_STEP = "sharewell.awaitingSecondStep";
    /** Long enough to find the phone and open the app; a sign-in left waiting longer starts again from the password. */
    static final Duration SECOND_STEP_WAITS = Duration.ofMinutes(10);

    /** A login that gave the right password here, and when. */
    private record Awaiting(SharewellUser login, Instant since) implements Serializable {
    }

    private SignInSession() {
    }

    static Optional<BrowserSessionId> browserSession(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(BROWSER_SESSION) instanceof UUID id
                ? Optional.of(new BrowserSessionId(id)) : Optional.empty();
    }

    static void rememberBrowserSession(HttpServletRequest request, BrowserSessionId id) {
        request.getSession().setAttribute(BROWSER_SESSION, id.value());
    }

    static boolean passedSecondStep(HttpServletRequest request, AccountId login) {
        var session = request.getSession(false);
        return session != null && login.value().equals(session.getAttribute(SECOND_STEP_PASSED));
    }

    /**
     * Takes a sign-in that has still to pass its second step out of Spring Security's keeping: the
     * session holds no authentication at all (so no page, filter or forward can take it for signed
     * in), only the login awaiting its code.
     */
    static void awaitSecondStep(HttpServletRequest request, SharewellUser login, Instant now) {
        var session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(AWAITING_SECOND_STEP, new Awaiting(login, now));
    }

    /** A login signed in fully here has nothing awaiting: an earlier half-finished sign-in is forgotten. */
    static void forgetAwaiting(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(AWAITING_SECOND_STEP) != null) {
            session.removeAttribute(AWAITING_SECOND_STEP);
        }
    }

    /** The login awaiting its second step in the current request's session, unless it has waited too long. */
    static Optional<SharewellUser> awaitingSecondStep(Instant now) {
        return currentRequest().map(request -> request.getSession(false))
                .map(session -> session.getAttribute(AWAITING_SECOND_STEP))
                .filter(Awaiting.class::isInstance).map(Awaiting.class::cast)
                .filter(awaiting -> awaiting.since().plus(SECOND_STEP_WAITS).isAfter(now))
                .map(Awaiting::login);
    }

    /**
     * Signs the login in fully in the current request's session, having passed its second step, and
     * gives the session a new id: the old one, which may have been seen before, no longer works.
     */
    static void passSecondStep(SharewellUser login) {
        currentRequest().ifPresent(request -> {
            var context = new SecurityContextImpl(
                    UsernamePasswordAuthenticationToken.authenticated(login, null, login.getAuthorities()));
            var session = request.getSession();
            session.removeAttribute(AWAITING_SECOND_STEP);
            session.setAttribute(SECOND_STEP_PASSED, login.account().id().value());
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            request.changeSessionId();
            SecurityContextHolder.setContext(context);
        });
    }

    /** Marks this browser session as past the second step for the login: it has just shown it has the app. */
    static void secondStepShown(AccountId login) {
        currentRequest().ifPresent(request -> request.getSession().setAttribute(SECOND_STEP_PASSED, login.value()));
    }

    /** The browser session the current request belongs to, if it is a browser's. */
    static Optional<BrowserSessionId> currentBrowserSession() {
        return currentRequest().flatMap(SignInSession::browserSession);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
