package org.sharewell.accounts;

import java.util.List;

/**
 * The signed-in person's own browser sessions and API tokens, to see where they are signed in and
 * end any of it. Everyone signed in may use it, for their own login only: another login's session
 * or token is answered exactly as one that does not exist. Publishes nothing.
 *
 * <p>Sessions last while used: one not used for longer than a session lasts has ended by itself
 * and is not listed.
 */
public interface Sessions {

    /**
     * The signed-in login's browser sessions, the one in use now first.
     *
     * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
     */
    List<BrowserSession> mine();

    /** The signed-in login's API tokens that have not expired, the newest first. */
    List<IssuedToken> myTokens();

    /**
     * Ends one of the signed-in login's browser sessions: its next request finds it signed out.
     *
     * @throws org.sharewell.kernel.NotFound if it is not one of the login's sessions
     */
    void end(BrowserSessionId session);

    /**
     * Deletes one of the signed-in login's API tokens: it stops working at once.
     *
     * @throws org.sharewell.kernel.NotFound if it is not one of the login's tokens
     */
    void revoke(ApiTokenId token);
}
