package org.sharewell.mail.internal;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sharewell.mail.Outbox;
import org.sharewell.mail.QueuedEmail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


@RestController
@Tag(name = "Email")
class SentEmailController {

    private final Outbox outbox;

    SentEmailController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/sent-email")
    @Operation(summary = "The email Sharewell sent for your organisation, newest first, with delivery state (admins)")
    Page<QueuedEmail> recent(PageRequest page) {
        return outbox.recent(page);
    }
}
