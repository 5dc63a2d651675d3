package org.sharewell.posting.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.posting.Answer;
import org.sharewell.posting.Question;
import org.sharewell.posting.Walk;

import java.util.List;
import java.util.UUID;

/**
 * A walk through a guide as the REST API shows it: the answers so far, then the next question or the end.
 *
 * @param path the link's name for this walk, as {@code 2.2.1}
 */
record WalkView(UUID policy, int version, String title, String path, List<StepView> steps, @Nullable Question next,
                @Nullable Answer end, int newestVersion, boolean outOfDate) {

    record StepView(String question, String answer) {
    }

    static WalkView of(Walk walk) {
        return new WalkView(walk.guide().policy().value(), walk.guide().version(), walk.guide().title(), walk.path(),
                walk.steps().stream().map(step -> new StepView(step.question().text(), step.chosen().label())).toList(),
                walk.next(), walk.end(), walk.newestVersion(), walk.outOfDate());
    }
}
