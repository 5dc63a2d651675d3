package org.sharewell.web.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A value in a request body that {@link InputText} refuses; its message is plain English, safe to send back. */
class RefusedValue extends MismatchedInputException {

    RefusedValue(JsonParser parser, String message) {
        super(parser, message);
    }
}
