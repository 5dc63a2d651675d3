package org.sharewell.publishing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.Decision;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Upstream;
import org.sharewell.tenancy.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The organisation's own documents, and those other organisations publish to it. */
@RestController
@Tag(name = "Documents")
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/documents")
    @Operation(summary = "Your organisation's own documents of a kind, by title")
    Page<DocumentView> ours(@RequestParam(defaultValue = "POLICY") DocumentKind kind, PageRequest page) {
        return documents.ours(kind, page).map(DocumentView::of);
    }

    @PostMapping("/api/v1/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a document of your own, with its first draft (admins)")
    DocumentView create(@RequestBody NewDocument body) {
        return DocumentView.of(documents.create(body.kind() == null ? DocumentKind.POLICY : body.kind(), body.audience(),
                body.title(), body.body()));
    }

    @PostMapping("/api/v1/adoptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adopt another organisation's published document as one of your own (admins)",
            description = "Its newest version becomes your draft; its later versions are offered to you as upstream changes.")
    DocumentView adopt(@RequestBody Adoption body) {
        if (body.publisher() == null || body.document() == null) {
            throw InvalidInput.of("document", "Say which document to adopt: its publisher and its id.");
        }
        return DocumentView.of(documents.adopt(new DocumentRef(new TenantId(body.publisher()), new DocumentId(body.document())),
                body.audience()));
    }

    @GetMapping("/api/v1/documents/{id}/draft")
    @Operation(summary = "The working text of one of your documents, its preview and what blocks publishing (admins)")
    DraftView draft(@PathVariable UUID id) {
        return DraftView.of(documents.draft(new DocumentId(id)));
    }

    @PutMapping("/api/v1/documents/{id}/draft")
    @Operation(summary = "Replace the working text and title of one of your documents (admins)")
    DraftView saveDraft(@PathVariable UUID id, @RequestBody DraftText body) {
        return DraftView.of(documents.saveDraft(new DocumentId(id), body.title(), body.body()));
    }

    @PostMapping("/api/v1/documents/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish the draft as the next version (admins)",
            description = "Refused while a placeholder is unanswered or a word in double braces is unknown.")
    VersionView publish(@PathVariable UUID id, @RequestBody Publication body) {
        return VersionView.of(documents.publish(new DocumentId(id), body.change(), body.summary()));
    }

    @GetMapping("/api/v1/published")
    @Operation(summary = "Other organisations' published documents of a kind that yours may read and adopt")
    Page<DocumentView> offered(@RequestParam(defaultValue = "POLICY") DocumentKind kind, PageRequest page) {
        return documents.offered(kind, page).map(DocumentView::of);
    }

    @GetMapping("/api/v1/published/{publisher}/{id}")
    @Operation(summary = "A document your organisation may read: your own, or one published to it")
    DocumentView find(@PathVariable UUID publisher, @PathVariable UUID id) {
        return DocumentView.of(documents.find(ref(publisher, id)));
    }

    @GetMapping("/api/v1/published/{publisher}/{id}/versions")
    @Operation(summary = "Every version of a document your organisation may read, newest first")
    List<VersionView> versions(@PathVariable UUID publisher, @PathVariable UUID id) {
        return documents.versions(ref(publisher, id)).stream().map(VersionView::of).toList();
    }

    @GetMapping("/api/v1/published/{publisher}/{id}/versions/{number}")
    @Operation(summary = "One version of a document your organisation may read")
    VersionView version(@PathVariable UUID publisher, @PathVariable UUID id, @PathVariable int number) {
        return VersionView.of(documents.version(ref(publisher, id), number));
    }

    @GetMapping("/api/v1/published/{publisher}/{id}/comparison")
    @Operation(summary = "Two versions side by side, the changed words marked (<del> and <ins> in HTML-escaped text)")
    ComparisonView compare(@PathVariable UUID publisher, @PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return ComparisonView.of(documents.compare(ref(publisher, id), from, to));
    }

    @GetMapping("/api/v1/documents/{id}/adoptions")
    @Operation(summary = "Who adopted this template of yours, how far behind each is, and what each declined and why (admins)",
            description = "Only organisations that let you see it: member groups that share their policy status with you.")
    List<AdoptionView> adoptions(@PathVariable UUID id) {
        return documents.adoptions(new DocumentId(id)).stream().map(AdoptionView::of).toList();
    }

    @GetMapping("/api/v1/documents/{id}/upstream")
    @Operation(summary = "What the document yours was adopted from has changed since you last took it in (admins)")
    UpstreamView upstream(@PathVariable UUID id) {
        return UpstreamView.of(documents.upstream(new DocumentId(id)));
    }

    @PostMapping("/api/v1/documents/{id}/upstream")
    @Operation(summary = "Take in the upstream's newest version as decided, amendment by amendment (admins)",
            description = "An amendment without a decision is taken, unless it conflicts with your own text.")
    DraftView takeUpstream(@PathVariable UUID id, @RequestBody Decisions body) {
        return DraftView.of(documents.takeUpstream(new DocumentId(id), body.newest(),
                body.choices() == null ? List.of() : body.choices().stream()
                        .map(choice -> new Upstream.Choice(choice.amendment(), choice.decision(), choice.text(), choice.reason()))
                        .toList()));
    }

    private static DocumentRef ref(UUID publisher, UUID id) {
        return new DocumentRef(new TenantId(publisher), new DocumentId(id));
    }

    record NewDocument(@Nullable DocumentKind kind, Audience audience, String title, String body) {
    }

    record Adoption(@Nullable UUID publisher, @Nullable UUID document, Audience audience) {
    }

    record DraftText(String title, String body) {
    }

    record Publication(Change change, String summary) {
    }

    record Decisions(int newest, @Nullable List<ChoiceBody> choices) {
    }

    record ChoiceBody(int amendment, Decision decision, @Nullable String text, @Nullable String reason) {
    }
}
