package org.sharewell.posting.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.posting.Guide;
import org.sharewell.posting.Outcome;
import org.sharewell.posting.Walk;
import org.sharewell.publishing.DocumentId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guide's questions are read out of the policy's own text, so they change with it; every way
 * through the social media policy template's questions ends, and every end is reached.
 */
class GuideRulesTests {

    static final String TEMPLATE = template();

    @Test
    void theSocialMediaPolicyTemplateAsksThreeQuestionsInItsSectionOnWhatYouMayPost() {
        var reading = GuideRules.read(TEMPLATE).orElseThrow();
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.section()).isEqualTo("What you may post, and when to check first");
        assertThat(reading.questions()).extracting(question -> question.text()).containsExactly(
                "Is it information that is already public?", "Is it a pointer to another resource?", "What is new in it?");
        var first = reading.questions().getFirst();
        assertThat(first.hint()).startsWith("Such as the date of an event");
        assertThat(first.answers()).extracting(answer -> answer.label()).containsExactly("Yes", "No, or I am not sure");
        assertThat(first.answers().getFirst().outcome()).isEqualTo(Outcome.GO_AHEAD);
        assertThat(first.answers().getFirst().says()).startsWith("you may post it.");
        assertThat(reading.questions().getLast().answers()).allSatisfy(answer ->
                assertThat(answer.outcome()).isEqualTo(Outcome.CHECK_FIRST));
    }

    @Test
    void everyWayThroughTheTemplatesQuestionsEndsAndEveryEndIsReached() {
        var guide = guide(TEMPLATE);
        var ends = new ArrayList<Walk>();
        walkEveryWay(guide, List.of(), ends);
        assertThat(ends).extracting(Walk::path).containsExactlyInAnyOrder("1", "2.1", "2.2.1", "2.2.2", "2.2.3");
        int answersThatEnd = guide.questions().stream().mapToInt(question -> (int) question.answers().stream()
                .filter(answer -> answer.outcome() != Outcome.NEXT_QUESTION).count()).sum();
        assertThat(ends).extracting(walk -> walk.end().says()).as("each end is reached by a way of its own")
                .hasSize(answersThatEnd);
        assertThat(ends).filteredOn(walk -> walk.end().outcome() == Outcome.GO_AHEAD).hasSize(2);
        assertThat(ends).filteredOn(walk -> walk.end().outcome() == Outcome.CHECK_FIRST).hasSize(3);
    }

    @Test
    void aNewVersionOfThePolicyAsksItsOwnQuestions() {
        var changed = TEMPLATE.replace("### Is it a pointer to another resource?", "### Does it point to someone else's page?");
        assertThat(guide(changed).questions().get(1).text()).isEqualTo("Does it point to someone else's page?");
        assertThat(guide(TEMPLATE).questions().get(1).text()).isEqualTo("Is it a pointer to another resource?");
    }

    @Test
    void aDocumentWithoutQuestionsHasNoGuide() {
        assertThat(GuideRules.read("# Escalation\n\n## A mistake\n\n### What to do\n\nDelete it.\n\n- one\n- two")).isEmpty();
    }

    @Test
    void questionsThatCannotBeFollowedAreToldPlainly() {
        assertThat(problem("""
                ## Can I post?

                ### Is it public?

                - **Yes**: you may post it.
                - **No**: go on to the next question.
                """)).contains("The last question, \"Is it public?\", cannot send people on to a next question");
        assertThat(problem("""
                ## Can I post?

                ### Is it public?

                - **Yes**: you may post it.
                - **No**: perhaps.
                """)).contains("After \"No\" (in \"Is it public?\"), say what to do");
        assertThat(problem("""
                ## Can I post?

                ### Is it public?

                - **Yes**: you may post it.
                - No: check it first.
                """)).contains("must start with the answer in bold and a colon");
        assertThat(problem("""
                ## Can I post?

                ### Is it public?

                - **Yes**: you may post it.

                ### Is it new?

                Just ask.
                """)).contains("\"Is it public?\" needs at least two answers");
    }

    @Test
    void aWalkOffersOnlyTheAnswersEachQuestionHasAndEndsWhereTheyLead() {
        var guide = guide(TEMPLATE);
        assertThat(GuideRules.walk(guide, List.of(), 1).next().number()).isEqualTo(1);
        assertThat(GuideRules.walk(guide, List.of(2), 1).next().number()).isEqualTo(2);
        assertThat(GuideRules.walk(guide, List.of(2, 1), 2).outOfDate()).isTrue();
        assertThatThrownBy(() -> GuideRules.walk(guide, List.of(3), 1)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("has 2 answers");
        assertThatThrownBy(() -> GuideRules.walk(guide, List.of(1, 1), 1)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already ended");
        assertThat(Walk.pathOf("2.2.1")).containsExactly(2, 2, 1);
        assertThat(Walk.pathOf("")).isEmpty();
        assertThatThrownBy(() -> Walk.pathOf("2..1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Walk.pathOf("1;DROP")).isInstanceOf(InvalidInput.class);
    }

    private static void walkEveryWay(Guide guide, List<Integer> path, List<Walk> ends) {
        var walk = GuideRules.walk(guide, path, guide.version());
        if (walk.end() != null) {
            ends.add(walk);
            return;
        }
        assertThat(walk.next()).as("a way that neither ends nor asks another question: %s", path).isNotNull();
        for (var answer : walk.next().answers()) {
            var longer = new ArrayList<>(path);
            longer.add(answer.number());
            walkEveryWay(guide, longer, ends);
        }
    }

    private static String problem(String markdown) {
        var reading = GuideRules.read(markdown).orElseThrow();
        assertThat(reading.problems()).isNotEmpty();
        return reading.problems().get("body");
    }

    static Guide guide(String markdown) {
        var reading = GuideRules.read(markdown).orElseThrow();
        assertThat(reading.problems()).isEmpty();
        return new Guide(new DocumentId(UUID.randomUUID()), 1, "Social media policy", reading.section(), reading.questions());
    }

    private static String template() {
        try (var in = GuideRulesTests.class.getResourceAsStream("/templates/policy/social-media-policy.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
