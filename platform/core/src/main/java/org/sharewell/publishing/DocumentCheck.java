package org.sharewell.publishing;

import java.util.Map;

/**
 * A check another module makes of a document before it is published, so that what it builds from the
 * text (the "can I post this?" guide from a policy, for one) can never be published broken. Any bean
 * implementing it is asked on every publish; a problem refuses the publish and changes nothing.
 */
public interface DocumentCheck {

    /**
     * What is wrong with the text readers would read, in plain words, keyed by the field to show it
     * beside ({@code body} for the text); empty if nothing is.
     */
    Map<String, String> problemsWith(DocumentKind kind, String filled);
}
