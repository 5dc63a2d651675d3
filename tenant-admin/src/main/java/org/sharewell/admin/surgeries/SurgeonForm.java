package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.admin.shared.EmailAddressField;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.surgeries.Surgeons;
import org.sharewell.surgeries.Surgery;

import java.util.Map;

/** Signing a volunteer surgeon up for every date of a surgery still to come; they are emailed their calendar feed. */
class SurgeonForm extends Div {

    SurgeonForm(Surgeons surgeons, Surgery surgery) {
        var name = new TextField("Surgeon's name");
        name.setMaxLength(200);
        var email = new EmailAddressField("Surgeon's email address");
        var add = new Button("Add the surgeon", click -> {
            if (Refusals.attempt(() -> surgeons.add(surgery.id(), name.getValue(), email.getValue()),
                    Map.of("name", name, "email", email))) {
                Refusals.success(name.getValue().strip() + " is down for every date to come, and has been emailed their "
                        + "calendar feed.");
                name.clear();
                email.clear();
            }
        });
        add(new H2("Surgeons"), new Paragraph("The volunteers who help at this surgery. Each is emailed a calendar feed of "
                + "their sessions, kept up to date when a date changes or is cancelled."), new FormLayout(name, email), add);
    }
}
