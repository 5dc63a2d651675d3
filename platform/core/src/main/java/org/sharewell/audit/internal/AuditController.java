package org.sharewell.audit.internal;

import org.sharewell.web.DeferredResponseWriter;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import org.sharewell.kernel.UkTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.sharewell.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

@RestController
@Tag(name = "Audit log")
class AuditController {

    private static final String FILTERS = "Filters, all optional: area (such as SETTINGS or PEOPLE), from and to "
            + "(days in UK time written as 2026-11-21, both included), who (part of the name of the person who made "
            + "the change) and text (part of what was changed). Admins only.";

    private final AuditLog log;
    private final Clock clock;

    AuditController(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Your organisation's audit log, newest first, a page at a time", description = FILTERS
            + " " + PageRequest.RULE)
    Page<EntryView> list(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
              @RequestParam(required = false) String to, @RequestParam(required = false) String who,
              @RequestParam(required = false) String text, @RequestParam(required = false) String offset,
              @RequestParam(required = false) String limit) {
        var query = new AuditQuery(area, from, to, who, text, offset, limit).check();
        return log.find(query.filter(), query.page()).map(EntryView::of);
    }

    @GetMapping("/api/v1/audit.csv")
    @Operation(summary = "Your organisation's audit log as a CSV file, newest first", description = FILTERS)
    void csv(@Parameter(hidden = true) HttpServletResponse response,
             @RequestParam(required = false) String area, @RequestParam(required = false) String from,
             @RequestParam(required = false) String to, @RequestParam(required = false) String who,
             @RequestParam(required = false) String text) throws IOException {
        var filter = new AuditQuery(area, from, to, who, text, null, null).check().filter();
        // Safe to set before the export checks access: if an error response replaces this one,
        // Spring clears both headers (and the writer is not taken until the export writes).
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("audit-log-" + UkTime.today(clock) + ".csv").build().toString());
        log.exportCsv(filter, new DeferredResponseWriter(response));
    }
}
