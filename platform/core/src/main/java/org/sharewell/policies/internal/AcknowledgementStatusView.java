package org.sharewell.policies.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.people.PersonKind;
import org.sharewell.policies.AcknowledgementStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Who has read a policy's version, as the REST API shows it. */
record AcknowledgementStatusView(UUID policy, String title, int version, LocalDate dueOn, int asked, long acknowledged,
                                 int percentage, List<Reader> readers) {

    static AcknowledgementStatusView of(AcknowledgementStatus status) {
        return new AcknowledgementStatusView(status.policy().value(), status.title(), status.version(), status.dueOn(),
                status.readers().size(), status.acknowledged(), status.percentage(), status.readers().stream()
                .map(reader -> new Reader(reader.person().value(), reader.name(), reader.kind(), reader.email(), reader.askedAt(),
                        reader.acknowledgedAt(), reader.reminders())).toList());
    }

    record Reader(UUID person, String name, PersonKind kind, @Nullable String email, Instant askedAt,
                  @Nullable Instant acknowledgedAt, int reminders) {
    }
}
