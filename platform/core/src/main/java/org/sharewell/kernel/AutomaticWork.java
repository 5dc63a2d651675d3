package org.sharewell.kernel;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.io.Serial;
import java.util.function.Supplier;

/**
 * Work Sharewell does by itself with nobody signed in, such as a scheduled job: the one way to run
 * it. The work holds the role {@link Roles#SHAREWELL} and nothing else, on this thread only and only
 * while it lasts, so each module says in its method security which of its operations Sharewell may
 * use. It is never a login; the audit log names it "Sharewell (automatic)".
 */
public final class AutomaticWork {

    /** The name the audit log and pages show for Sharewell's own work. */
    public static final String NAME = "Sharewell (automatic)";

    private AutomaticWork() {
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(new Sharewell()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Whether the work in progress is Sharewell's own. */
    public static boolean isRunning() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof Sharewell;
    }

    /** Sharewell itself as Spring Security sees it: authenticated, with one role. */
    private static final class Sharewell extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;

        Sharewell() {
            super(AuthorityUtils.createAuthorityList(Roles.authority(Roles.SHAREWELL)));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return NAME;
        }
    }
}
