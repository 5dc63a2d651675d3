package org.sharewell.posting;

/**
 * One answer offered to a question of the guide, as the policy words it.
 *
 * @param number  from 1, in the policy's order: a walk through the guide names answers by number
 * @param label   the answer itself, such as "Yes"
 * @param says    what the policy says to do after that answer, quoted as written
 */
public record Answer(int number, String label, Outcome outcome, String says) {
}
