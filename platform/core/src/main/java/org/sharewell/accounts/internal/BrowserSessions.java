package org.sharewell.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.sharewell.accounts.Account;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps each signed-in browser session listed, so its owner can see it and end it: listed on its
 * first request after signing in, its last use noted now and then, and refused once its row is
 * gone (ended by its owner, by "sign out everywhere", a new password or deactivation).
 */
@Component
class BrowserSessions {

    /** Often enough for "last used" to be right to within minutes; rarely enough that most requests write nothing. */
    static final Duration NOTE_USE_EVERY = Duration.ofMinutes(5);

    /** A browser session that may go on, and whether its login has two-step sign-in on. */
    record StillSignedIn(Account login, boolean secondStepOn) {
    }

    private final BrowserSessionStore store;
    private final SecondStepStore secondSteps;
    private final Clock clock;
    private final Duration sessionsLast;

    BrowserSessions(BrowserSessionStore store, SecondStepStore secondSteps, Clock clock,
                    @Value("${server.servlet.session.timeout:30m}") Duration sessionsLast) {
        this.store = store;
        this.secondSteps = secondSteps;
        this.clock = clock;
        this.sessionsLast = sessionsLast;
    }

    /** The login, if this request's browser session of it may go on; a session not listed yet is listed now. */
    @Transactional
    Optional<StillSignedIn> stillSignedIn(SharewellUser user, HttpServletRequest request) {
        var login = user.account().id();
        var now = clock.instant();
        var listed = SignInSession.browserSession(request);
        Optional<Account> found;
        if (listed.isPresent()) {
            found = store.stillSignedIn(login, listed.get(), now, NOTE_USE_EVERY);
        } else {
            store.deleteUnusedSince(login, now.minus(sessionsLast));
            var id = store.insert(login, DeviceNames.of(request.getHeader(HttpHeaders.USER_AGENT)), now);
            found = store.stillSignedIn(login, id, now, NOTE_USE_EVERY);
            found.ifPresent(account -> SignInSession.rememberBrowserSession(request, id));
        }
        return found.map(account -> new StillSignedIn(account, secondSteps.isOn(account.id())));
    }

    /** How long a session lasts unused: one not used for longer has ended by itself. */
    Duration sessionsLast() {
        return sessionsLast;
    }
}
