package org.sharewell.admin.policies;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.Document;

import java.util.function.BiPredicate;

/** Asks what kind of change a new version is and what changed, then publishes it. */
class PublishDialog extends Dialog {

    PublishDialog(Document document, BiPredicate<Change, String> publish) {
        setHeaderTitle("Publish \"" + document.title() + "\"");
        var change = new RadioButtonGroup<Change>("What kind of change is it?");
        change.setItems(Change.values());
        change.setItemLabelGenerator(Change::description);
        change.setValue(Change.SUBSTANTIVE);
        var summary = new TextArea("What changed, in a sentence");
        summary.setRequired(true);
        summary.setWidthFull();
        summary.setMaxLength(500);
        add(new Paragraph(document.isPublished()
                ? "This becomes version " + (document.latestVersion() + 1) + ". A substantive change asks everyone it applies "
                + "to to read it again; a minor one keeps their earlier acknowledgements."
                : "This becomes version 1."), change, summary);
        if (!document.isPublished()) {
            change.setVisible(false);
            summary.setValue("First version");
        }
        var cancel = new Button("Cancel", click -> close());
        var confirm = new Button("Publish", click -> {
            if (publish.test(change.getValue(), summary.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }
}
