package org.sharewell.posting.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.posting.CheckRequests;
import org.sharewell.posting.CheckStatus;
import org.sharewell.posting.NewCheckRequest;
import org.sharewell.posting.Outcome;
import org.sharewell.posting.Walk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What a check request and its answer must hold. Pure: unit-tested on its own. */
final class CheckRequestRules {

    static final int MOST_NOTE = 2000;

    private CheckRequestRules() {
    }

    /**
     * The request's problems, field by field, for a request from this walk.
     *
     * @throws InvalidInput if there are any
     */
    static void check(NewCheckRequest request, Walk walk, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        if (walk.end() == null) {
            problems.put("path", "Answer the guide's questions first: \"" + walk.next().text() + "\" is still to answer.");
        } else if (walk.end().outcome() != Outcome.CHECK_FIRST) {
            problems.put("path", "Your answers lead to \"" + walk.end().says() + "\" There is nothing to check: you may post it.");
        }
        text(problems, "draft", request.draft(), CheckRequests.MOST_DRAFT, "the post as you would write it");
        text(problems, "platform", request.platform(), 100, "where it would go, such as Facebook");
        text(problems, "account", request.account(), 200, "which of your organisation's accounts would post it");
        var deadline = request.deadline();
        if (deadline == null) {
            problems.put("deadline", "Say by when you need an answer.");
        } else if (deadline.isBefore(today)) {
            problems.put("deadline", "The date has passed: choose today or a later day.");
        } else if (deadline.isAfter(today.plusYears(1))) {
            problems.put("deadline", "Choose a day within a year from today.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * The note, tidied.
     *
     * @throws InvalidInput if the answer is not an answer or the note is empty or too long
     */
    static String answer(CheckStatus answer, String note) {
        var problems = new LinkedHashMap<String, String>();
        if (answer == null || !answer.answered()) {
            problems.put("answer", "Choose an answer: go ahead, change it first, or do not post it.");
        }
        text(problems, "note", note, MOST_NOTE, "a note for the person who asked");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return note.strip();
    }

    private static void text(Map<String, String> problems, String field, String value, int most, String what) {
        if (value == null || value.isBlank()) {
            problems.put(field, "Write " + what + ".");
        } else if (value.strip().length() > most) {
            problems.put(field, "Use at most " + String.format(Locale.UK, "%,d", most) + " characters; this has "
                    + String.format(Locale.UK, "%,d", value.strip().length()) + ".");
        }
    }
}
