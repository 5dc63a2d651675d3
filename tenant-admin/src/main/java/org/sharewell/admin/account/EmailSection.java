package org.sharewell.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.sharewell.admin.shared.EmailAddressField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.sharewell.accounts.Accounts;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** Moving the login to a new email address, which a link sent there confirms. */
class EmailSection extends Section {

    EmailSection(Accounts accounts, String email) {
        var newEmail = new EmailAddressField("New email address");
        newEmail.setRequired(true);
        newEmail.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        var password = new PasswordField("Your password, to confirm it is you");
        password.setRequired(true);
        var sent = new Paragraph();
        sent.getElement().setAttribute("role", "status");
        var ask = new Button("Send a link to the new address", click -> {
            sent.setText("");
            String address = newEmail.getValue().strip();
            if (Refusals.attempt(() -> accounts.changeEmail(password.getValue(), address),
                    Map.of("newEmail", newEmail, "currentPassword", password))) {
                password.clear();
                sent.setText("We have emailed a link to " + address + ". Open it within a day to make the change; "
                        + "until then you sign in with " + email + ".");
            }
        });
        var form = new FormLayout(newEmail, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2("Change your email address"),
                new Paragraph("We send a link to the new address to check that it is yours. When you open it, your "
                        + "login moves to the new address and we tell " + email + "."),
                form, ask, sent);
    }
}
