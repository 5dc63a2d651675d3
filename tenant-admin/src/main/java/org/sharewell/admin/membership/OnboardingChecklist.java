package org.sharewell.admin.membership;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.sharewell.membership.OnboardingItem;

import java.util.List;

/**
 * A member group's getting-started steps, each saying in words whether it is done (never by colour
 * or a tick alone). Steps Sharewell cannot see yet say so plainly, rather than pretending either way.
 */
class OnboardingChecklist extends UnorderedList {

    OnboardingChecklist(List<OnboardingItem> items) {
        addClassName("checklist");
        for (OnboardingItem item : items) {
            var state = new Span(item.done() ? "Done on " + UkTime.date(item.doneAt())
                    : item.tracked() ? "Not yet" : "Not recorded on Sharewell yet");
            state.addClassName(item.done() ? "step-done" : "step-not-yet");
            add(new ListItem(new Span(item.step().description() + ": "), state));
        }
    }
}
