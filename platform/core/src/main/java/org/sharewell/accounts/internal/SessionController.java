package org.sharewell.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.accounts.ApiTokenId;
import org.sharewell.accounts.BrowserSessionId;
import org.sharewell.accounts.Sessions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Where the signed-in person is signed in: their browser sessions and API tokens, each of which they may end. */
@RestController
@Tag(name = "Your login")
class SessionController {

    private final Sessions sessions;

    SessionController(Sessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/api/v1/me/sessions")
    @Operation(summary = "Your signed-in browser sessions, the most recently used first")
    List<BrowserSessionView> sessions() {
        return sessions.mine().stream().map(BrowserSessionView::of).toList();
    }

    @DeleteMapping("/api/v1/me/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End one of your browser sessions: it is signed out on its next request")
    void end(@PathVariable UUID id) {
        sessions.end(new BrowserSessionId(id));
    }

    @GetMapping("/api/v1/me/tokens")
    @Operation(summary = "Your API tokens that have not expired (never the tokens themselves), the newest first")
    List<IssuedTokenView> tokens() {
        return sessions.myTokens().stream().map(IssuedTokenView::of).toList();
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of your API tokens: it stops working at once")
    void revoke(@PathVariable UUID id) {
        sessions.revoke(new ApiTokenId(id));
    }
}
