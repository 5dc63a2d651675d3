package org.sharewell.publishing.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.publishing.Markdown;
import org.sharewell.publishing.Placeholder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTests {

    @Test
    void findsTheKnownPlaceholdersAndNamesTheUnknownOnes() {
        String text = "Ask {{communications_contact}} or {{ deputy_contact }}; not {{comms}} nor {{comms}} again.";
        assertThat(Placeholders.used(text)).containsExactly(Placeholder.COMMUNICATIONS_CONTACT, Placeholder.DEPUTY_CONTACT);
        assertThat(Placeholders.unknown(text)).containsExactly("comms");
    }

    @Test
    void fillingPutsEachAnswerInAndLeavesUnansweredPlaceholdersAsTheyWere() {
        String filled = Placeholders.fill("Ask {{communications_contact}} or {{deputy_contact}}.",
                Map.of(Placeholder.COMMUNICATIONS_CONTACT, "Jo Bloggs"));
        assertThat(filled).isEqualTo("Ask Jo Bloggs or {{deputy_contact}}.");
    }

    @Test
    void anAnswerIsShownAsTypedNeverAsMarkdownOrALink() {
        String filled = Placeholders.fill("Ask {{communications_contact}}.",
                Map.of(Placeholder.COMMUNICATIONS_CONTACT, "*Jo* [x](javascript:alert(1)) <b>$1</b>"));
        String html = Markdown.toSafeHtml(filled);
        assertThat(html).doesNotContain("<em>").doesNotContain("<a ").doesNotContain("<b>");
        assertThat(html).contains("*Jo*").contains("$1");
    }

    @Test
    void eachTypeOfAnswerSaysWhatIsWrongInPlainWords() {
        assertThat(Placeholder.COMMUNICATIONS_EMAIL.problemWith("jo at example")).isPresent();
        assertThat(Placeholder.COMMUNICATIONS_EMAIL.problemWith("jo@example.org")).isEmpty();
        assertThat(Placeholder.ESCALATION_PHONE.problemWith("0121 496 0000")).isEmpty();
        assertThat(Placeholder.ESCALATION_PHONE.problemWith("call me")).hasValueSatisfying(problem -> problem.contains("phone"));
        assertThat(Placeholder.REVIEW_MONTHS.problemWith("12")).isEmpty();
        assertThat(Placeholder.REVIEW_MONTHS.problemWith("0")).isPresent();
        assertThat(Placeholder.REVIEW_MONTHS.problemWith("a year")).isPresent();
        assertThat(Placeholder.WEBSITE.problemWith("javascript:alert(1)")).isPresent();
        assertThat(Placeholder.WEBSITE.problemWith("https://www.example.org.uk")).isEmpty();
        assertThat(Placeholder.CHAIR.problemWith(" ")).hasValue("Fill this in.");
    }
}
