package org.sharewell.posting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.kernel.NotFound;
import org.sharewell.posting.PostingGuide;
import org.sharewell.posting.Walk;
import org.sharewell.publishing.DocumentId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The "can I post this?" guide, for anyone at the organisation's address, like its public policy. */
@RestController
@Tag(name = "Can I post this?")
class GuideController {

    private final PostingGuide guide;

    GuideController(PostingGuide guide) {
        this.guide = guide;
    }

    @GetMapping("/api/v1/public/can-i-post")
    @Operation(summary = "The questions of the organisation's \"can I post this?\" guide, from its published policy")
    GuideView newest() {
        return guide.newest().map(GuideView::of).orElseThrow(() -> new NotFound(GuideService.NO_GUIDE));
    }

    @GetMapping("/api/v1/public/can-i-post/{policy}/{version}")
    @Operation(summary = "A walk through one version's guide: the answers given (such as path=2.2.1), then the next "
            + "question or what the policy says to do; a finished walk can be shared as a link")
    WalkView walk(@PathVariable UUID policy, @PathVariable int version, @RequestParam(defaultValue = "") String path) {
        return WalkView.of(guide.walk(new DocumentId(policy), version, Walk.pathOf(path)));
    }
}
