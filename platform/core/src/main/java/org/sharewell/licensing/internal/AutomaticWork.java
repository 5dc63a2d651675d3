package org.sharewell.licensing.internal;

import org.sharewell.audit.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * Runs scheduled work as Sharewell itself. The work must look people up (a holder's name and email,
 * who the coordinators are), and the people module lets only champions, coordinators and admins do
 * that; nobody is signed in to a scheduled job. So the work runs with a coordinator's authority to
 * read, on this thread only and only while it lasts. It is never a login: the audit log names it
 * {@link Actor#sharewell()}.
 */
final class AutomaticWork {

    private AutomaticWork() {
    }

    static void run(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(Actor.sharewell().name(), null,
                List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
