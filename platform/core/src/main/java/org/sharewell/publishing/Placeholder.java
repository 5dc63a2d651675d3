package org.sharewell.publishing;

import org.sharewell.kernel.EmailAddresses;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * A word in double braces, such as {@code {{communications_contact}}}, that a template leaves for each
 * organisation to fill in. Each has a type that says what a good answer is. The answers are kept apart
 * from the text (one set for all an organisation's documents), so answering never touches the text
 * and never causes a merge conflict.
 */
public enum Placeholder {

    ORGANISATION_NAME("organisation_name", "Your organisation's name", Type.NAME),
    COMMUNICATIONS_CONTACT("communications_contact", "Communications contact: who checks a post before it goes out", Type.NAME),
    COMMUNICATIONS_EMAIL("communications_email", "The communications contact's email address", Type.EMAIL),
    DEPUTY_CONTACT("deputy_contact", "Who checks posts when the communications contact is away", Type.NAME),
    ESCALATION_CONTACT("escalation_contact", "Who to tell first when something goes wrong online", Type.NAME),
    ESCALATION_PHONE("escalation_phone", "Their phone number", Type.PHONE),
    SAFEGUARDING_LEAD("safeguarding_lead", "Safeguarding lead", Type.NAME),
    SAFEGUARDING_PHONE("safeguarding_phone", "The safeguarding lead's phone number", Type.PHONE),
    CHAIR("chair", "Chair of the trustees (or of the committee)", Type.NAME),
    RESPONSE_HOURS("response_hours", "How quickly a post is checked, in hours", Type.HOURS),
    REVIEW_MONTHS("review_months", "How often the policy is reviewed, in months", Type.MONTHS),
    WEBSITE("website", "Your website's address", Type.WEB_ADDRESS);

    /** What a good answer is. */
    public enum Type {
        NAME, EMAIL, PHONE, HOURS, MONTHS, WEB_ADDRESS
    }

    private final String word;
    private final String label;
    private final Type type;

    Placeholder(String word, String label, Type type) {
        this.word = word;
        this.label = label;
        this.type = type;
    }

    /** As written in a document, between double braces. */
    public String word() {
        return word;
    }

    /** The question the form asks. */
    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    public static Optional<Placeholder> byWord(String word) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.word.equals(word)).findFirst();
    }

    /** What is wrong with this answer, in plain words, if anything; the answer is taken as typed, trimmed. */
    public Optional<String> problemWith(String answer) {
        String value = answer == null ? "" : answer.strip();
        if (value.isEmpty()) {
            return Optional.of("Fill this in.");
        }
        if (value.length() > 200) {
            return Optional.of("Use at most 200 characters.");
        }
        return switch (type) {
            case NAME -> value.length() < 2 ? Optional.of("Enter at least two letters.") : Optional.empty();
            case EMAIL -> EmailAddresses.problemWith(value);
            case PHONE -> value.matches("\\+?[0-9 ()-]{7,20}") && value.replaceAll("[^0-9]", "").length() >= 7
                    ? Optional.empty() : Optional.of("Enter a phone number, such as 0121 496 0000.");
            case HOURS -> between(value, 1, 168, "a number of hours from 1 to 168, such as 24");
            case MONTHS -> between(value, 1, 36, "a number of months from 1 to 36, such as 12");
            case WEB_ADDRESS -> isWebAddress(value) ? Optional.empty()
                    : Optional.of("Enter a web address starting with https://, such as https://www.example.org.uk.");
        };
    }

    private static Optional<String> between(String value, int least, int most, String what) {
        if (!value.matches("[0-9]{1,3}")) {
            return Optional.of("Enter " + what + ".");
        }
        int number = Integer.parseInt(value);
        return number < least || number > most ? Optional.of("Enter " + what + ".") : Optional.empty();
    }

    private static boolean isWebAddress(String value) {
        try {
            var address = URI.create(value);
            return ("https".equals(address.getScheme()) || "http".equals(address.getScheme())) && address.getHost() != null
                    && address.getHost().contains(".");
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
