package org.sharewell.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Umbrellas;
import org.sharewell.tenancy.TenantAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Umbrella bodies", description = "The umbrella bodies your organisation is a member group of (its admins only)")
class UmbrellaController {

    private static final String ANSWER = "Send the token from the invitation's link as {\"token\": \"...\"}, "
            + "unless the invitation was sent to an email address one of your organisation's logins has confirmed.";

    private final Umbrellas umbrellas;
    private final TenantAddresses addresses;

    UmbrellaController(Umbrellas umbrellas, TenantAddresses addresses) {
        this.umbrellas = umbrellas;
        this.addresses = addresses;
    }

    @GetMapping("/api/v1/umbrellas")
    @Operation(summary = "The umbrella bodies your organisation is or was a member group of, newest first")
    List<UmbrellaView> list() {
        return umbrellas.list().stream().map(umbrella -> UmbrellaView.of(umbrella, addresses)).toList();
    }

    @GetMapping("/api/v1/umbrellas/invitations")
    @Operation(summary = "Open invitations sent to an email address one of your organisation's logins has confirmed")
    List<InvitationView> invitations() {
        return umbrellas.invitations().stream().map(InvitationView::of).toList();
    }

    @GetMapping("/api/v1/umbrellas/onboarding")
    @Operation(summary = "Your getting-started checklist, as your umbrella bodies see it",
            description = "Steps tick themselves from what happens in Sharewell. 'tracked' is false for steps "
                    + "Sharewell cannot tell yet; they show as not done.")
    List<StepView> onboarding() {
        return StepView.of(umbrellas.onboarding());
    }

    @PostMapping("/api/v1/umbrellas/invitations/{id}/acceptance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Accept an invitation: your organisation becomes a member group from today", description = ANSWER)
    UmbrellaView accept(@PathVariable UUID id, @RequestBody(required = false) Answer answer) {
        return UmbrellaView.of(umbrellas.accept(new LinkId(id), Answer.tokenOf(answer)), addresses);
    }

    @PostMapping("/api/v1/umbrellas/invitations/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline an invitation", description = ANSWER)
    void decline(@PathVariable UUID id, @RequestBody(required = false) Answer answer) {
        umbrellas.decline(new LinkId(id), Answer.tokenOf(answer));
    }

    @PostMapping("/api/v1/umbrellas/{id}/ending")
    @Operation(summary = "End your membership: the umbrella body stops seeing anything of yours at once")
    UmbrellaView end(@PathVariable UUID id) {
        return UmbrellaView.of(umbrellas.end(new LinkId(id)), addresses);
    }

    @PutMapping("/api/v1/umbrellas/{id}/sharing/{kind}")
    @Operation(summary = "Share one kind of data with the umbrella body (off until you switch it on)")
    UmbrellaView share(@PathVariable UUID id, @PathVariable SharingKind kind) {
        return UmbrellaView.of(umbrellas.share(new LinkId(id), kind, true), addresses);
    }

    @DeleteMapping("/api/v1/umbrellas/{id}/sharing/{kind}")
    @Operation(summary = "Stop sharing one kind of data with the umbrella body, at once")
    UmbrellaView stopSharing(@PathVariable UUID id, @PathVariable SharingKind kind) {
        return UmbrellaView.of(umbrellas.share(new LinkId(id), kind, false), addresses);
    }


    record Answer(String token) {
        static String tokenOf(Answer answer) {
            return answer == null ? null : answer.token();
        }
    }
}
