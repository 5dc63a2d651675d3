package org.sharewell.policies.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.sharewell.kernel.CsvFile;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.UkTime;
import org.sharewell.people.PersonKind;
import org.sharewell.policies.Acknowledgements;
import org.sharewell.publishing.DocumentId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reading and acknowledging policies: by an emailed link, signed in, and the admins' view of who has. */
@RestController
@Tag(name = "Policies")
class AcknowledgementController {

    private final Acknowledgements acknowledgements;

    AcknowledgementController(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @GetMapping("/api/v1/public/acknowledgements/{token}")
    @Operation(summary = "What an emailed link to read a policy shows: the version, and what changed since the one last read")
    LinkedPolicyView byLink(@PathVariable String token) {
        return LinkedPolicyView.of(acknowledgements.byLink(token));
    }

    @PostMapping("/api/v1/public/acknowledgements/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Say \"I have read this\" with an emailed link, which then stops working")
    void acknowledgeByLink(@PathVariable String token) {
        acknowledgements.acknowledgeByLink(token);
    }

    @GetMapping("/api/v1/me/to-read")
    @Operation(summary = "The policies you have been asked to read and have not yet, soonest due first")
    List<ToReadView> mine() {
        return acknowledgements.mine().stream().map(ToReadView::of).toList();
    }

    @PostMapping("/api/v1/me/to-read/{policy}/{version}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Say you have read the version of a policy you were asked to read")
    void acknowledge(@PathVariable UUID policy, @PathVariable int version) {
        acknowledgements.acknowledge(new DocumentId(policy), version);
    }

    @GetMapping("/api/v1/policies/{id}/readers")
    @Operation(summary = "The kinds of people a policy applies to, who are asked to read each substantive version")
    Set<PersonKind> readers(@PathVariable UUID id) {
        return acknowledgements.readersOf(new DocumentId(id));
    }

    @PutMapping("/api/v1/policies/{id}/readers")
    @Operation(summary = "Change the kinds of people a policy applies to, for its next substantive version (admins)")
    Set<PersonKind> changeReaders(@PathVariable UUID id, @RequestBody Set<PersonKind> kinds) {
        return acknowledgements.changeReaders(new DocumentId(id), kinds);
    }

    @GetMapping("/api/v1/policies/{id}/acknowledgements")
    @Operation(summary = "Who has and has not read the version people are asked to read now, with counts (admins)")
    AcknowledgementStatusView status(@PathVariable UUID id) {
        return acknowledgements.status(new DocumentId(id)).map(AcknowledgementStatusView::of)
                .orElseThrow(() -> new NotFound("Nobody has been asked to read this policy yet: publish a version first."));
    }

    @GetMapping("/api/v1/policies/{id}/acknowledgements.csv")
    @Operation(summary = "The same as a CSV file (admins)")
    void csv(@Parameter(hidden = true) HttpServletResponse response, @PathVariable UUID id) throws IOException {
        var status = acknowledgements.status(new DocumentId(id))
                .orElseThrow(() -> new NotFound("Nobody has been asked to read this policy yet: publish a version first."));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("acknowledgements-version-" + status.version() + ".csv").build().toString());
        var csv = CsvFile.start(response.getWriter(), "Name", "Kind", "Email", "Asked", "Due", "Read", "Reminders");
        for (var reader : status.readers()) {
            csv.row(reader.name(), reader.kind().description(), reader.email(), UkTime.date(reader.askedAt()),
                    UkTime.date(reader.dueOn()), reader.acknowledgedAt() == null ? "" : UkTime.date(reader.acknowledgedAt()),
                    reader.reminders());
        }
        csv.finish();
    }
}
