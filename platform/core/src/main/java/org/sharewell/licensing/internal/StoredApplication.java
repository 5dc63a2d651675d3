package org.sharewell.licensing.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationId;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingProgress;
import org.sharewell.people.PersonId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An application as stored: without its applicant's name, and with the training recorded for it so far. */
record StoredApplication(ApplicationId id, PersonId person, ApplicationStatus status, Instant appliedAt,
                         Map<TrainingItemId, Recorded> recorded, @Nullable Instant decidedAt, @Nullable String decidedBy,
                         @Nullable String declineReason) {

    /** One piece of training recorded for the application: when, and by whom as they were named then. */
    record Recorded(Instant at, String by) {
    }

    /**
     * @param personName the applicant's name as it is now
     * @param required   the training the organisation requires now, in order
     */
    Application toApplication(String personName, List<TrainingItem> required) {
        var progress = required.stream().map(item -> {
            var done = recorded.get(item.id());
            return done == null ? new TrainingProgress(item, null, null) : new TrainingProgress(item, done.at(), done.by());
        }).toList();
        return new Application(id, person, personName, status, appliedAt, progress, decidedAt, decidedBy, declineReason);
    }
}
