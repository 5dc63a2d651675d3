package org.sharewell.licensing.internal;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.licensing.LicenceId;
import org.sharewell.licensing.LicenceState;
import org.sharewell.licensing.Licences;
import org.sharewell.kernel.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "Licences to post")
class LicenceController {

    private final Licences licences;

    LicenceController(Licences licences) {
        this.licences = licences;
    }

    @GetMapping("/mine")
    @Operation(summary = "Your latest licence: valid, expired or revoked")
    LicenceView mine() {
        return licences.myLicence().map(LicenceView::of)
                .orElseThrow(() -> new NotFound("You have not been granted a licence to post."));
    }

    @GetMapping
    @Operation(summary = "Licences, newest first (champions, coordinators and admins)")
    Page<LicenceView> list(@RequestParam(required = false) LicenceState state, PageRequest page) {
        return licences.licences(state, page).map(LicenceView::of);
    }

    @GetMapping("/{id}")
    LicenceView get(@PathVariable UUID id) {
        return licences.findLicence(new LicenceId(id)).map(LicenceView::of)
                .orElseThrow(() -> new NotFound("There is no licence with that id in your organisation."));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke a valid licence with a reason the holder is told (account coordinator)")
    LicenceView revoke(@PathVariable UUID id, @RequestBody ApplicationController.Reason reason) {
        return LicenceView.of(licences.revoke(new LicenceId(id), reason.reason()));
    }
}
