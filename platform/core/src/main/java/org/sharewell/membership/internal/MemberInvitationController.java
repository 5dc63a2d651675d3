package org.sharewell.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.accounts.SignUpForm;
import org.sharewell.membership.MemberInvitations;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.kernel.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The invitation link's own endpoints: whoever holds the link may use them, without signing in. */
@RestController
@Tag(name = "Member invitations", description = "Invitations to be a member group, for whoever holds the link")
class MemberInvitationController {

    private final MemberInvitations invitations;
    private final TenantAddresses addresses;

    MemberInvitationController(MemberInvitations invitations, TenantAddresses addresses) {
        this.invitations = invitations;
        this.addresses = addresses;
    }

    @GetMapping("/api/v1/public/member-invitations/{token}")
    @Operation(summary = "Who an invitation is from and to")
    InvitationView find(@PathVariable String token) {
        return invitations.find(token).map(InvitationView::of).orElseThrow(() -> new NotFound(
                "This invitation has expired, been withdrawn or already been answered. Ask the umbrella body for a new one."));
    }

    @PostMapping("/api/v1/public/member-invitations/{token}/organisation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Bring the group to Sharewell as a new organisation, and accept the invitation",
            description = "The body is the same as for POST /api/v1/signup. If the invitation was answered or "
                    + "withdrawn meanwhile, the organisation is still created and 'umbrella' is empty.")
    Joined join(@PathVariable String token, @RequestBody SignUpForm form) {
        var joined = invitations.joinAsNewOrganisation(token, form);
        return new Joined(OrganisationView.of(joined.signedUp().tenant(), addresses), joined.signedUp().admin().email(),
                joined.umbrella().map(umbrella -> UmbrellaView.of(umbrella, addresses)).orElse(null));
    }

    @PostMapping("/api/v1/public/member-invitations/{token}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline the invitation on the group's behalf")
    void decline(@PathVariable String token) {
        invitations.decline(token);
    }

    record Joined(OrganisationView organisation, String adminEmail, UmbrellaView umbrella) {
    }
}
