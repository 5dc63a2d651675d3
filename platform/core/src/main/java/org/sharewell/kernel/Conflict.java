package org.sharewell.kernel;

/**
 * The request clashes with what is already there (a name already taken, say) and nothing was
 * changed. Answered with 409 and the message, which must be plain English and safe to show.
 */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
