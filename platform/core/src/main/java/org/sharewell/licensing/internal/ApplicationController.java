package org.sharewell.licensing.internal;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.kernel.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/licence-applications")
@Tag(name = "Licences to post")
class ApplicationController {

    private final Licences licences;

    ApplicationController(Licences licences) {
        this.licences = licences;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for a licence to post for yourself")
    ApplicationView apply() {
        return ApplicationView.of(licences.apply());
    }

    @GetMapping("/mine")
    @Operation(summary = "Your latest application and its training checklist")
    ApplicationView mine() {
        return licences.myApplication().map(ApplicationView::of)
                .orElseThrow(() -> new NotFound("You have not applied for a licence to post."));
    }

    @GetMapping
    @Operation(summary = "Applications, those waiting for a decision first (champions, coordinators and admins)")
    Page<ApplicationView> list(@RequestParam(required = false) ApplicationStatus status, PageRequest page) {
        return licences.applications(status, page).map(ApplicationView::of);
    }

    @GetMapping("/{id}")
    ApplicationView get(@PathVariable UUID id) {
        return licences.findApplication(new ApplicationId(id)).map(ApplicationView::of)
                .orElseThrow(() -> new NotFound("There is no application with that id in your organisation."));
    }

    @PostMapping("/{id}/training/{itemId}")
    @Operation(summary = "Record that the applicant has done a piece of required training (champions and admins)")
    ApplicationView recordTraining(@PathVariable UUID id, @PathVariable UUID itemId) {
        return ApplicationView.of(licences.recordTraining(new ApplicationId(id), new TrainingItemId(itemId)));
    }

    @DeleteMapping("/{id}/training/{itemId}")
    @Operation(summary = "Take back a training record made by mistake (champions and admins)")
    ApplicationView removeTraining(@PathVariable UUID id, @PathVariable UUID itemId) {
        return ApplicationView.of(licences.removeTraining(new ApplicationId(id), new TrainingItemId(itemId)));
    }

    @PostMapping("/{id}/grant")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant the licence, optionally until an expiry date (its last valid day; account coordinator)",
            description = "Refused until all the required training is recorded.")
    LicenceView grant(@PathVariable UUID id, @RequestBody(required = false) Grant grant) {
        return LicenceView.of(licences.grant(new ApplicationId(id), grant == null ? null : grant.expiresOn()));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline the application with a reason the applicant is told (account coordinator)")
    ApplicationView decline(@PathVariable UUID id, @RequestBody Reason reason) {
        return ApplicationView.of(licences.decline(new ApplicationId(id), reason.reason()));
    }

    record Grant(LocalDate expiresOn) {
    }

    record Reason(String reason) {
    }
}
