package org.sharewell.audit;

import org.sharewell.kernel.AutomaticWork;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Objects;
import java.util.UUID;

/**
 * Who made a change: a login (by id, with their name as it was then) or Sharewell itself, for
 * changes made by scheduled jobs such as a licence expiring.
 *
 * @param accountId the login's id, or null when the change was not made by a known login
 * @param name      the name to show, never blank
 */
public record Actor(UUID accountId, String name) {

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor sharewell() {
        return new Actor(null, AutomaticWork.NAME);
    }

    /**
     * This actor as another organisation's log shows them: named with their own organisation, and
     * without their account id, which means nothing in another organisation's log.
     */
    public Actor seenFrom(String organisation) {
        return new Actor(null, name + " (" + organisation + ")");
    }

    /**
     * The person signed in to the work in progress, as the audit log should name them: the login
     * with its display name when the principal is an {@link ActingPrincipal}, otherwise the
     * authentication's name without an account id. {@link #sharewell()} when nobody is signed in,
     * as in scheduled jobs.
     *
     * <p>Read from Spring Security on the calling thread, so call it where the change is made (or in
     * a listener running on that thread), never from asynchronous work.
     */
    public static Actor current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || AutomaticWork.isRunning()) {
            return sharewell();
        }
        if (authentication.getPrincipal() instanceof ActingPrincipal principal) {
            return principal.actor();
        }
        return new Actor(null, authentication.getName());
    }
}
