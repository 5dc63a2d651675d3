package org.sharewell.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.people.Invitations;
import org.sharewell.people.PersonId;
import org.sharewell.kernel.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

@RestController
@Tag(name = "People")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/v1/people/{id}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Email a person a link to create their login (admins)")
    Sent invite(@PathVariable UUID id) {
        return new Sent(invitations.invite(new PersonId(id)).expiresAt());
    }

    @GetMapping("/api/v1/public/invitations/{token}")
    @Operation(summary = "Who an invitation link is for", description = "Anyone holding the link may read this.")
    Invitations.OpenInvitation find(@PathVariable String token) {
        return invitations.find(token).orElseThrow(() -> new NotFound(
                "This invitation link has expired or has already been used. Ask your organisation's admin for a new one."));
    }

    @PostMapping("/api/v1/public/invitations/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Accept an invitation by choosing a password", description = "Creates the login; then sign in.")
    void accept(@PathVariable String token, @RequestBody Acceptance acceptance) {
        invitations.accept(token, acceptance.password());
    }

    record Sent(Instant expiresAt) {
    }

    record Acceptance(String password) {
        @Override
        public String toString() {
            return "Acceptance[password=(hidden)]";
        }
    }
}
