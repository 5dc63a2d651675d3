package org.sharewell.kernel;

/** What was asked for does not exist, or is not visible to the asker. Answered with 404 and the message. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
