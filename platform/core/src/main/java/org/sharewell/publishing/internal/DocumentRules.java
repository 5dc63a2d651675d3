package org.sharewell.publishing.internal;

import org.sharewell.kernel.InvalidInput;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Markdown;
import org.sharewell.tenancy.TenantKind;

/** What a document's title, text, audience and version summary may be; pure, so tested on its own. */
final class DocumentRules {

    private DocumentRules() {
    }

    static String title(String title) {
        String value = title == null ? "" : title.strip();
        if (value.length() < 2) {
            throw InvalidInput.of("title", "Enter a title of at least two letters.");
        }
        if (value.length() > 200) {
            throw InvalidInput.of("title", "Use at most 200 characters for the title.");
        }
        return value;
    }

    /** The text as written, with Windows line endings made plain (they would make every line differ in a merge). */
    static String body(String body) {
        String value = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        if (value.length() > Markdown.MOST_CHARACTERS) {
            throw InvalidInput.of("body", "The text is too long: at most " + String.format("%,d", Markdown.MOST_CHARACTERS)
                    + " characters (about 30,000 words). Split it into several documents.");
        }
        return value;
    }

    static String summary(String summary) {
        String value = summary == null ? "" : summary.strip();
        if (value.isEmpty()) {
            throw InvalidInput.of("summary", "Say in a few words what changed in this version.");
        }
        if (value.length() > 500) {
            throw InvalidInput.of("summary", "Use at most 500 characters for the summary.");
        }
        return value;
    }

    static Audience audience(Audience audience, TenantKind publisher) {
        if (audience == null) {
            throw InvalidInput.of("audience", "Choose who may read it.");
        }
        if (audience == Audience.EVERY_ORGANISATION && publisher != TenantKind.OPERATOR) {
            throw InvalidInput.of("audience", "Only Sharewell publishes to every organisation. Choose your member groups or "
                    + "your organisation only.");
        }
        if (audience == Audience.MEMBER_GROUPS && publisher == TenantKind.LOCAL_GROUP) {
            throw InvalidInput.of("audience", "A local group has no member groups. Choose your organisation only.");
        }
        return audience;
    }
}
