package org.sharewell.posting;

import java.util.List;
import java.util.Optional;

import org.sharewell.publishing.DocumentId;

/**
 * The "can I post this?" guide: the questions a published policy asks before a post goes out (its
 * section of {@code ###} questions, each with a list of answers such as {@code - **Yes**: you may post it.}),
 * walked one at a time. Needs no role, like the policy's public page: only the published policies of
 * the organisation bound to the transaction (the address the request came to). A finished walk can be
 * shared as a link, and keeps showing what that version of the policy said.
 */
public interface PostingGuide {

    /** The guide of the organisation's policy that has one (the first by title); empty if none does. */
    Optional<Guide> newest();

    /**
     * A walk through the guide of one published version.
     *
     * @param path the answers' numbers in order; empty to start
     * @throws org.sharewell.kernel.NotFound if the organisation has no such published policy, or that version has no guide
     * @throws org.sharewell.kernel.InvalidInput (field {@code path}) for an answer the question does not
     *         offer, or answers after the guide has ended
     */
    Walk walk(DocumentId policy, int version, List<Integer> path);
}
