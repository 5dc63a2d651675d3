package org.sharewell.licensing;

import org.sharewell.people.PersonId;

import java.time.Instant;
import java.util.List;

/**
 * An application for a licence to post, with the training the organisation requires and how far it
 * has got.
 *
 * @param personName    the applicant's name as it is now
 * @param training      every piece of training the organisation requires now, in order, each with
 *                      whether it was recorded for this application
 * @param decidedAt     when the coordinator granted or declined it; null while pending
 * @param decidedBy     the coordinator's name as it was then; null while pending
 * @param declineReason why it was declined; null unless declined
 */
public record Application(ApplicationId id, PersonId personId, String personName, ApplicationStatus status,
                          Instant appliedAt, List<TrainingProgress> training, Instant decidedAt, String decidedBy,
                          String declineReason) {

    public Application {
        training = List.copyOf(training);
    }

    /** Whether every piece of required training is recorded, so a licence may be granted. */
    public boolean trainingComplete() {
        return training.stream().allMatch(TrainingProgress::done);
    }

    /** The required training still to be recorded, in order. */
    public List<TrainingItem> trainingToDo() {
        return training.stream().filter(progress -> !progress.done()).map(TrainingProgress::item).toList();
    }

    public long trainingDone() {
        return training.stream().filter(TrainingProgress::done).count();
    }
}
