package org.sharewell.posting;

import java.util.List;

/**
 * One question of the guide, as the policy asks it.
 *
 * @param number from 1, in the policy's order
 * @param hint   the policy's words between the question and its answers (examples); empty if none
 */
public record Question(int number, String text, String hint, List<Answer> answers) {

    public Question {
        answers = List.copyOf(answers);
    }
}
