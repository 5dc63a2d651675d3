package org.sharewell.posting.internal;

import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.posting.Answer;
import org.sharewell.posting.Guide;
import org.sharewell.posting.Outcome;
import org.sharewell.posting.Question;
import org.sharewell.posting.Walk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the "can I post this?" questions out of a policy's text, and walks them. The questions are the
 * policy's own, written so that they read well on the page: in one {@code ##} section, each question a
 * {@code ###} heading, its examples a paragraph, and its answers a list, each answer in bold and then
 * what to do ({@code - **Yes**: you may post it.}). What to do starts with "you may post" (or "go
 * ahead"), "check" (or "ask"), or says "next question". Pure: unit-tested on its own.
 */
final class GuideRules {

    static final int MOST_QUESTIONS = 20;
    static final int MOST_ANSWERS = 12;

    /** The same limits as the page the policy is read on, so no text is read here that could not be shown. */
    private static final Parser PARSER = Parser.builder().maxOpenBlockParsers(16).maxInlineNesting(16).build();

    /** The questions found, and what stops them being followed; {@code problems} is empty when they can be. */
    record Reading(String section, List<Question> questions, Map<String, String> problems) {
    }

    private GuideRules() {
    }

    /** The questions of the first section that asks any; empty if no section does. */
    static Optional<Reading> read(String markdown) {
        String section = "";
        String asking = "";
        List<Node> parts = null;
        List<List<Node>> questions = new ArrayList<>();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 2) {
                if (asksQuestions(questions)) {
                    break;
                }
                section = plain(heading);
                questions.clear();
                parts = null;
            } else if (node instanceof Heading heading && heading.getLevel() == 3) {
                parts = new ArrayList<>(List.of(heading));
                questions.add(parts);
                asking = section;
            } else if (parts != null) {
                parts.add(node);
            }
        }
        // Only a section with a question that offers answers is a guide: plain ### headings are not.
        if (!asksQuestions(questions)) {
            return Optional.empty();
        }
        var problems = new LinkedHashMap<String, String>();
        var read = new ArrayList<Question>();
        for (var asked : questions) {
            read.add(question(read.size() + 1, asked, problems));
        }
        if (read.size() > MOST_QUESTIONS) {
            problems.putIfAbsent("body", "The guide in \"" + asking + "\" asks " + read.size() + " questions; ask at most "
                    + MOST_QUESTIONS + ".");
        }
        var last = read.getLast();
        if (last.answers().stream().anyMatch(answer -> answer.outcome() == Outcome.NEXT_QUESTION)) {
            problems.putIfAbsent("body", "The last question, \"" + last.text() + "\", cannot send people on to a next question: "
                    + "say \"you may post it\" or \"check it first\" for each of its answers.");
        }
        return Optional.of(new Reading(asking, read, problems));
    }

    /** Follows the answers given, question by question. */
    static Walk walk(Guide guide, List<Integer> path, int newestVersion) {
        var steps = new ArrayList<Walk.Step>();
        Answer end = null;
        for (int chosen : path) {
            if (end != null || steps.size() >= guide.questions().size()) {
                throw InvalidInput.of("path", "The guide has already ended: there is no question to answer after \""
                        + steps.getLast().chosen().label() + "\".");
            }
            var question = guide.questions().get(steps.size());
            if (chosen < 1 || chosen > question.answers().size()) {
                throw InvalidInput.of("path", "\"" + question.text() + "\" has " + question.answers().size()
                        + " answers: choose one of them.");
            }
            var answer = question.answers().get(chosen - 1);
            steps.add(new Walk.Step(question, answer));
            if (answer.outcome() != Outcome.NEXT_QUESTION) {
                end = answer;
            }
        }
        return new Walk(guide, steps, end, newestVersion);
    }

    private static boolean asksQuestions(List<List<Node>> questions) {
        return questions.stream().anyMatch(parts -> parts.stream().anyMatch(part -> part instanceof BulletList list
                && looksLikeAnswers(list)));
    }

    private static boolean looksLikeAnswers(BulletList list) {
        return list.getFirstChild() instanceof ListItem item && item.getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof StrongEmphasis;
    }

    private static Question question(int number, List<Node> parts, Map<String, String> problems) {
        String text = plain(parts.getFirst());
        var hint = new ArrayList<String>();
        var answers = new ArrayList<Answer>();
        for (var part : parts.subList(1, parts.size())) {
            if (part instanceof Paragraph paragraph && answers.isEmpty()) {
                hint.add(plain(paragraph));
            } else if (part instanceof BulletList list && answers.isEmpty()) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    answer(text, answers.size() + 1, (ListItem) item, problems).ifPresent(answers::add);
                }
            }
        }
        if (answers.size() < 2 && !problems.containsKey("body")) {
            problems.put("body", "The question \"" + text + "\" needs at least two answers, each in a list like "
                    + "\"- **Yes**: you may post it.\"");
        }
        if (answers.size() > MOST_ANSWERS) {
            problems.putIfAbsent("body", "The question \"" + text + "\" offers " + answers.size() + " answers; offer at most "
                    + MOST_ANSWERS + ".");
        }
        return new Question(number, text, String.join(" ", hint), answers);
    }

    private static Optional<Answer> answer(String question, int number, ListItem item, Map<String, String> problems) {
        if (!(item.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis label
                && label.getNext() instanceof Text colon && colon.getLiteral().startsWith(":"))) {
            problems.putIfAbsent("body", "Each answer to \"" + question + "\" must start with the answer in bold and a colon, "
                    + "such as \"- **Yes**: you may post it.\"");
            return Optional.empty();
        }
        var says = new StringBuilder(colon.getLiteral().substring(1));
        for (Node rest = colon.getNext(); rest != null; rest = rest.getNext()) {
            says.append(plain(rest));
        }
        for (Node more = paragraph.getNext(); more != null; more = more.getNext()) {
            says.append(' ').append(plain(more));
        }
        String said = says.toString().strip();
        var outcome = outcome(said);
        if (outcome.isEmpty()) {
            problems.putIfAbsent("body", "After \"" + plain(label) + "\" (in \"" + question + "\"), say what to do: start with "
                    + "\"you may post it\" or \"check it first\", or say \"go on to the next question\".");
            return Optional.empty();
        }
        return Optional.of(new Answer(number, plain(label), outcome.get(), said));
    }

    private static Optional<Outcome> outcome(String said) {
        String words = said.toLowerCase(Locale.UK);
        if (words.contains("next question")) {
            return Optional.of(Outcome.NEXT_QUESTION);
        }
        if (words.startsWith("you may post") || words.startsWith("go ahead")) {
            return Optional.of(Outcome.GO_AHEAD);
        }
        if (words.startsWith("check") || words.startsWith("ask")) {
            return Optional.of(Outcome.CHECK_FIRST);
        }
        return Optional.empty();
    }

    /** The words of a piece of the text, without its Markdown. */
    private static String plain(Node node) {
        var words = new StringBuilder();
        collect(node, words);
        return words.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collect(Node node, StringBuilder words) {
        switch (node) {
            case Text text -> words.append(text.getLiteral());
            case Code code -> words.append(code.getLiteral());
            case SoftLineBreak ignored -> words.append(' ');
            case HardLineBreak ignored -> words.append(' ');
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    collect(child, words);
                }
            }
        }
    }
}
