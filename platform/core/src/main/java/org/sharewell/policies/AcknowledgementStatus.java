package org.sharewell.policies;

import org.jspecify.annotations.Nullable;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonKind;
import org.sharewell.publishing.DocumentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who was asked to read a version of a policy, and who has.
 *
 * @param version the version they are asked to read: the newest substantive one
 */
public record AcknowledgementStatus(DocumentId policy, String title, int version, LocalDate dueOn, List<Reader> readers) {

    public long acknowledged() {
        return readers.stream().filter(Reader::hasAcknowledged).count();
    }

    /** The share who have acknowledged, as a whole percentage. */
    public int percentage() {
        return readers.isEmpty() ? 0 : (int) Math.round(100.0 * acknowledged() / readers.size());
    }

    /**
     * One person asked.
     *
     * @param email where their link went; null for someone with no address, who can acknowledge only signed in
     */
    public record Reader(PersonId person, String name, PersonKind kind, @Nullable String email, Instant askedAt,
                         LocalDate dueOn, @Nullable Instant acknowledgedAt, int reminders) {

        public boolean hasAcknowledged() {
            return acknowledgedAt != null;
        }
    }
}
