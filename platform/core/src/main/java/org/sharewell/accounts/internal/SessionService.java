package org.sharewell.accounts.internal;

import org.sharewell.accounts.Account;
import org.sharewell.accounts.ApiTokenId;
import org.sharewell.accounts.BrowserSession;
import org.sharewell.accounts.BrowserSessionId;
import org.sharewell.accounts.IssuedToken;
import org.sharewell.accounts.Sessions;
import org.sharewell.kernel.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The signed-in person's own sessions and tokens; see {@link Sessions} for the contract. */
@Service
@Transactional
class SessionService implements Sessions {

    private final AccountService accounts;
    private final BrowserSessionStore sessions;
    private final BrowserSessions lifetimes;
    private final ApiTokenStore tokens;
    private final Clock clock;

    SessionService(AccountService accounts, BrowserSessionStore sessions, BrowserSessions lifetimes,
                   ApiTokenStore tokens, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.lifetimes = lifetimes;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BrowserSession> mine() {
        var listed = sessions.of(signedIn().id(), clock.instant().minus(lifetimes.sessionsLast()),
                SignInSession.currentBrowserSession());
        return java.util.stream.Stream.concat(listed.stream().filter(BrowserSession::thisOne),
                listed.stream().filter(session -> !session.thisOne())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IssuedToken> myTokens() {
        return tokens.of(signedIn().id(), clock.instant());
    }

    @Override
    public void end(BrowserSessionId session) {
        if (!sessions.delete(signedIn().id(), session)) {
            throw new NotFound("You have no such session.");
        }
    }

    @Override
    public void revoke(ApiTokenId token) {
        if (!tokens.delete(signedIn().id(), token)) {
            throw new NotFound("You have no such API token.");
        }
    }

    private Account signedIn() {
        return accounts.signedIn().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }
}
