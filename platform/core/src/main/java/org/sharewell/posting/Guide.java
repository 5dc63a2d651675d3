package org.sharewell.posting;

import org.sharewell.publishing.DocumentId;

import java.util.List;

/**
 * The "can I post this?" guide of one published version of a policy. The questions are the policy's
 * own (the section that asks them), so they are versioned with it: a new version may ask differently,
 * and a walk through an older version still shows what that version said.
 *
 * @param section the heading of the policy's section that asks the questions, to link to
 */
public record Guide(DocumentId policy, int version, String title, String section, List<Question> questions) {

    public Guide {
        questions = List.copyOf(questions);
    }
}
