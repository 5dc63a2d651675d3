package org.sharewell.publishing.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.publishing.Decision;
import org.sharewell.publishing.Upstream.Choice;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreeWayMergeTests {

    /** A template with ten placeholders, a paragraph a line, as the policies are written. */
    static final String TEMPLATE_V1 = """
            # Social media policy for {{organisation_name}}

            ## Why we are online
            We use social media to tell people what {{organisation_name}} does.

            ## Who may post
            Only people with a licence to post may post for us. Ask {{communications_contact}} ({{communications_email}}).

            ## When to check first
            New guidance, new content or a view is checked with {{communications_contact}} first, within {{response_hours}} hours.

            ## When something goes wrong
            Tell {{escalation_contact}} on {{escalation_phone}} at once.

            ## Safeguarding
            Concerns go to {{safeguarding_lead}} on {{safeguarding_phone}}.

            ## Our website
            Our website is {{website}}; our deputy contact is {{deputy_contact}}.

            ## Review
            {{chair}} makes sure we review this policy every {{review_months}} months.""";

    @Test
    void anUpstreamChangeToOtherClausesMergesWithoutConflictIntoAPolicyWithThreeLocalEdits() {
        String mine = TEMPLATE_V1
                .replace("We use social media to tell people what {{organisation_name}} does.",
                        "We use social media to tell the people of Brookfield what {{organisation_name}} does, and to listen.")
                .replace("Only people with a licence to post may post for us.", "Only staff and volunteers with a licence may post.")
                .replace("Tell {{escalation_contact}} on {{escalation_phone}} at once.",
                        "Tell {{escalation_contact}} on {{escalation_phone}} at once, day or night.");
        String v2 = TEMPLATE_V1.replace("Concerns go to {{safeguarding_lead}} on {{safeguarding_phone}}.",
                "Concerns about a child or an adult at risk go to {{safeguarding_lead}} on {{safeguarding_phone}} the same day.");

        var merge = new ThreeWayMerge(TEMPLATE_V1, mine, v2);
        assertThat(merge.amendments()).hasSize(1).allSatisfy(amendment -> assertThat(amendment.conflict()).isFalse());
        String merged = merge.apply(List.of());
        assertThat(merged).contains("the people of Brookfield", "Only staff and volunteers with a licence", "day or night",
                "a child or an adult at risk");
        assertThat(Placeholders.used(merged)).hasSize(12);
    }

    @Test
    void aChangeToTextEditedLocallyIsAConflictThatMustBeDecided() {
        String base = "One.\n\nTwo.\n\nThree.";
        String mine = "One.\n\nTwo, as we say it.\n\nThree.";
        String theirs = "One.\n\nTwo, as upstream says it.\n\nThree.";
        var merge = new ThreeWayMerge(base, mine, theirs);
        var amendment = merge.amendments().getFirst();
        assertThat(amendment.conflict()).isTrue();
        assertThat(amendment.before()).contains("Two.");
        assertThat(amendment.after()).contains("as upstream says it");
        assertThat(amendment.mine()).contains("as we say it");

        assertThatThrownBy(() -> merge.apply(List.of())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("text you have changed too");
        assertThat(merge.apply(List.of(new Choice(1, Decision.TAKEN, null, null)))).isEqualTo(theirs);
        assertThat(merge.apply(List.of(new Choice(1, Decision.DECLINED, null, "Our wording is clearer")))).isEqualTo(mine);
        assertThat(merge.apply(List.of(new Choice(1, Decision.EDITED, "Two, in new words.", null))))
                .isEqualTo("One.\n\nTwo, in new words.\n\nThree.");
    }

    @Test
    void aDeclinedChangeNeedsAReasonAndIsLeftOut() {
        String base = "One.\n\nTwo.";
        var merge = new ThreeWayMerge(base, base, "One, changed.\n\nTwo, changed.");
        assertThat(merge.amendments()).hasSize(2);
        assertThatThrownBy(() -> merge.apply(List.of(new Choice(2, Decision.DECLINED, null, " "))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Say why");
        assertThat(merge.apply(List.of(new Choice(2, Decision.DECLINED, null, "Not for us")))).isEqualTo("One, changed.\n\nTwo.");
    }

    @Test
    void additionsAndRemovalsUpstreamAreAmendmentsToo() {
        String base = "One.\n\nTwo.\n\nThree.";
        var merge = new ThreeWayMerge(base, base, "One.\n\nThree.\n\nFour.");
        assertThat(merge.amendments()).hasSize(2);
        assertThat(merge.apply(List.of())).isEqualTo("One.\n\nThree.\n\nFour.");
    }
}
