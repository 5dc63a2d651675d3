package org.sharewell.policies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.kernel.NotFound;
import org.sharewell.policies.PublishedPolicies;
import org.sharewell.publishing.DocumentId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** An organisation's published policies, for anyone, at the organisation's address. */
@RestController
@Tag(name = "Policies")
class PublicPolicyController {

    private static final String NONE = "This organisation has no published policy at this address.";

    private final PublishedPolicies policies;

    PublicPolicyController(PublishedPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/api/v1/public/policies/{id}")
    @Operation(summary = "An organisation's published policy: its newest version, as safe HTML")
    PublishedPolicyView find(@PathVariable UUID id) {
        return policies.find(new DocumentId(id)).map(PublishedPolicyView::of).orElseThrow(() -> new NotFound(NONE));
    }

    @GetMapping(value = "/api/v1/public/policies/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "An organisation's published policy as an accessible PDF (tagged, PDF/UA)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var pdf = policies.pdf(new DocumentId(id)).orElseThrow(() -> new NotFound(NONE));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("policy.pdf").build().toString())
                .body(pdf);
    }
}
