package org.sharewell.admin.policies;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.policies.Reviews;
import org.sharewell.publishing.Document;

import java.util.Map;

/** Records that a policy was reviewed and nothing needs changing, with a note of what was checked. */
class ReviewedDialog extends Dialog {

    ReviewedDialog(Reviews reviews, Document policy, Runnable done) {
        setHeaderTitle("Reviewed \"" + policy.title() + "\", no change");
        var note = new TextArea("What you checked, and with whom");
        note.setWidthFull();
        note.setRequired(true);
        note.setMaxLength(1000);
        add(new Paragraph("This restarts the clock: the next review is a review period from today."), note);
        var cancel = new Button("Cancel", click -> close());
        var record = new Button("Record the review", click -> {
            if (Refusals.attempt(() -> reviews.reviewedWithoutChange(policy.id(), note.getValue()), Map.of("note", note))) {
                Refusals.success("Review recorded.");
                close();
                done.run();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, record);
    }
}
