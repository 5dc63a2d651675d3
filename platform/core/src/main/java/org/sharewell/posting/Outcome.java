package org.sharewell.posting;

/** Where an answer to one of the guide's questions leads. */
public enum Outcome {

    /** To the question after it. */
    NEXT_QUESTION,

    /** The policy says the post may go out: the guide ends, quoting it. */
    GO_AHEAD,

    /** The policy says to check the post first: the guide ends with a check request to the communications contact. */
    CHECK_FIRST
}
