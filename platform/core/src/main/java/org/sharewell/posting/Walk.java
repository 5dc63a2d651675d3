package org.sharewell.posting;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A way through a guide: the questions answered so far, each with the answer chosen, and then either
 * the next question or the end the answers lead to.
 *
 * @param end           the last answer, once it leads to {@link Outcome#GO_AHEAD} or {@link Outcome#CHECK_FIRST}; null until then
 * @param newestVersion the newest published version of the policy: a walk through an older one is out of date
 */
public record Walk(Guide guide, List<Step> steps, @Nullable Answer end, int newestVersion) {

    public Walk {
        steps = List.copyOf(steps);
    }

    /** A question and the answer chosen. */
    public record Step(Question question, Answer chosen) {
    }

    /** The question to answer next; null once finished. */
    public @Nullable Question next() {
        return end != null ? null : guide.questions().get(steps.size());
    }

    /** The answers' numbers joined by dots, such as {@code 2.2.1}: how a link to this walk names it. */
    public String path() {
        return steps.stream().map(step -> Integer.toString(step.chosen().number())).collect(Collectors.joining("."));
    }

    /**
     * The answers' numbers from a link's {@link #path()}; an empty text is the start.
     *
     * @throws org.sharewell.kernel.InvalidInput (field {@code path}) for anything else
     */
    public static List<Integer> pathOf(String dotted) {
        if (dotted == null || dotted.isBlank()) {
            return List.of();
        }
        if (!dotted.strip().matches("[0-9]{1,2}(\\.[0-9]{1,2}){0,19}")) {
            throw org.sharewell.kernel.InvalidInput.of("path", "Give the answers' numbers joined by dots, such as 2.2.1.");
        }
        return java.util.Arrays.stream(dotted.strip().split("\\.")).map(Integer::valueOf).toList();
    }

    public boolean outOfDate() {
        return newestVersion > guide.version();
    }
}
