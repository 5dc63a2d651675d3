package org.sharewell.admin.login;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;

/**
 * Keeps the email address typed into a sign-in that failed, in that browser's own session, so the
 * sign-in page can show it again: someone who mistyped only the password should not have to type
 * the address twice. The password is never kept.
 */
@Component
class TypedEmail {

    private static final String ATTRIBUTE = "sharewell.typedEmail";
    private static final int LONGEST_KEPT = 254;

    @EventListener
    void onFailedSignIn(AbstractAuthenticationFailureEvent failure) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null && failure.getAuthentication().getPrincipal() instanceof String typed
                && typed.length() <= LONGEST_KEPT) {
            request.setAttribute(ATTRIBUTE, typed, RequestAttributes.SCOPE_SESSION);
        }
    }

    /** The address typed into this browser's last failed sign-in, if there was one. */
    static Optional<String> lastTyped() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? Optional.empty()
                : Optional.ofNullable(session.getSession().getAttribute(ATTRIBUTE)).map(Object::toString);
    }
}
