package org.sharewell.licensing.internal;

import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An application as the REST API shows it. */
record ApplicationView(UUID id, UUID personId, String personName, ApplicationStatus status, Instant appliedAt,
                       List<Item> training, boolean trainingComplete, Instant decidedAt, String decidedBy,
                       String declineReason) {

    static ApplicationView of(Application application) {
        return new ApplicationView(application.id().value(), application.personId().value(), application.personName(),
                application.status(), application.appliedAt(),
                application.training().stream().map(progress -> new Item(progress.item().id().value(),
                        progress.item().title(), progress.item().description(), progress.done(), progress.recordedAt(),
                        progress.recordedBy())).toList(),
                application.trainingComplete(), application.decidedAt(), application.decidedBy(), application.declineReason());
    }

    record Item(UUID itemId, String title, String description, boolean done, Instant recordedAt, String recordedBy) {
    }
}
