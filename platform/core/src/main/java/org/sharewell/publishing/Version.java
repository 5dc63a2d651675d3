package org.sharewell.publishing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One published version: never changed afterwards.
 *
 * @param body          the Markdown as written, placeholders and all (what merges work on)
 * @param filled        the Markdown with the organisation's answers put in: what readers read
 * @param sourceVersion the upstream version its text had taken in, for an adopted document
 */
public record Version(DocumentRef document, int number, String title, String body, String filled, Change change,
                      String summary, String publishedBy, Instant publishedAt, @Nullable Integer sourceVersion) {
}
