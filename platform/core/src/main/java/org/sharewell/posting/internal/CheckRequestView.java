package org.sharewell.posting.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.posting.CheckRequest;
import org.sharewell.posting.CheckStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A check request as the REST API shows it. */
record CheckRequestView(UUID id, UUID policy, int version, String path, String kind, String draft, String platform,
                        String account, LocalDate deadline, String requesterName, String contactName, Instant askedAt,
                        CheckStatus status, String statusDescription, @Nullable String note, @Nullable String answeredBy,
                        @Nullable Instant answeredAt) {

    static CheckRequestView of(CheckRequest request) {
        return new CheckRequestView(request.id().value(), request.policy().value(), request.version(), request.path(),
                request.kind(), request.draft(), request.platform(), request.account(), request.deadline(),
                request.requesterName(), request.contactName(), request.askedAt(), request.status(),
                request.status().description(), request.note(), request.answeredBy(), request.answeredAt());
    }
}
