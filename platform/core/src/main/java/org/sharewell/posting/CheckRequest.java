package org.sharewell.posting;

import org.jspecify.annotations.Nullable;
import org.sharewell.publishing.DocumentId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A draft post sent to the communications contact, and their answer once given.
 *
 * @param path  the walk through the guide that sent it, as {@link Walk#path()}
 * @param kind  the answer that said to check first, such as "New guidance or advice"
 * @param note  the contact's note with the answer; null while waiting
 */
public record CheckRequest(CheckRequestId id, DocumentId policy, int version, String path, String kind, String draft,
                           String platform, String account, LocalDate deadline, String requesterName,
                           String contactName, Instant askedAt, CheckStatus status, @Nullable String note,
                           @Nullable String answeredBy, @Nullable Instant answeredAt) {
}
