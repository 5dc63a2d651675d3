package org.sharewell.admin.policies;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.publishing.Audience;

import java.util.List;
import java.util.function.BiPredicate;

/** Asks for the title of a new document, and who may read it where the organisation has a choice. */
class NewDocumentDialog extends Dialog {

    NewDocumentDialog(List<Audience> audiences, BiPredicate<Audience, String> create) {
        setHeaderTitle("Start a document");
        var title = new TextField("Title");
        title.setRequired(true);
        title.setWidthFull();
        var audience = AdoptDialog.audienceChoice(audiences);
        add(title);
        if (audiences.size() > 1) {
            add(audience);
        }
        var cancel = new Button("Cancel", click -> close());
        var start = new Button("Start", click -> {
            if (create.test(audience.getValue(), title.getValue())) {
                close();
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, start);
    }

}
