package org.sharewell.posting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.posting.CheckRequestId;
import org.sharewell.posting.CheckRequests;
import org.sharewell.posting.CheckStatus;
import org.sharewell.posting.NewCheckRequest;
import org.sharewell.posting.Walk;
import org.sharewell.publishing.DocumentId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** Check requests: sending a draft post to the communications contact, and their answers. */
@RestController
@Tag(name = "Can I post this?")
class CheckRequestController {

    record Ask(UUID policy, int version, String path, String draft, String platform, String account,
               @Nullable LocalDate deadline) {
    }

    record Reply(CheckStatus answer, String note) {
    }

    private final CheckRequests requests;

    CheckRequestController(CheckRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/api/v1/check-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a draft post to the communications contact, from a walk through the guide that said to check it first")
    CheckRequestView ask(@RequestBody Ask body) {
        return CheckRequestView.of(requests.ask(new NewCheckRequest(new DocumentId(body.policy()), body.version(),
                Walk.pathOf(body.path()), body.draft(), body.platform(), body.account(), body.deadline())));
    }

    @GetMapping("/api/v1/me/check-requests")
    @Operation(summary = "The posts you have asked about, newest first, with their answers")
    Page<CheckRequestView> mine(PageRequest page) {
        return requests.mine(page).map(CheckRequestView::of);
    }

    @GetMapping("/api/v1/check-requests")
    @Operation(summary = "Search your organisation's questions about posts and their answers, newest first (champions and admins)")
    Page<CheckRequestView> search(@RequestParam(defaultValue = "") String words,
                                  @RequestParam(required = false) CheckStatus status, PageRequest page) {
        return requests.search(words, status, page).map(CheckRequestView::of);
    }

    @GetMapping("/api/v1/check-requests/figures")
    @Operation(summary = "How many questions about posts were asked in the last 90 days, and how fast they were answered (champions and admins)")
    CheckFiguresView figures() {
        return CheckFiguresView.of(requests.figures());
    }

    @GetMapping("/api/v1/check-requests/{id}")
    @Operation(summary = "One question about a post: your own, or any for champions and admins")
    CheckRequestView find(@PathVariable UUID id) {
        return CheckRequestView.of(requests.find(new CheckRequestId(id)));
    }

    @PostMapping("/api/v1/check-requests/{id}/answer")
    @Operation(summary = "Answer a question about a post, with a note for the person who asked (champions and admins)")
    CheckRequestView answer(@PathVariable UUID id, @RequestBody Reply body) {
        return CheckRequestView.of(requests.answer(new CheckRequestId(id), body.answer(), body.note()));
    }

    @GetMapping("/api/v1/public/check-requests/{token}")
    @Operation(summary = "What the communications contact's emailed link shows: the post to check")
    CheckRequestView byLink(@PathVariable String token) {
        return CheckRequestView.of(requests.byLink(token));
    }

    @PostMapping("/api/v1/public/check-requests/{token}")
    @Operation(summary = "Answer with the communications contact's emailed link, which then stops working")
    CheckRequestView answerByLink(@PathVariable String token, @RequestBody Reply body) {
        return CheckRequestView.of(requests.answerByLink(token, body.answer(), body.note()));
    }
}
