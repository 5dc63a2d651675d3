package org.sharewell.admin.licences;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.Licences;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** The account coordinator revokes a valid licence, with a reason the holder is told. */
class RevokeDialog extends Dialog {

    RevokeDialog(Licences licences, Licence licence, Runnable changed) {
        setHeaderTitle("Revoke " + licence.personName() + "'s licence");
        setWidth("min(34rem, 100%)");
        var reason = new TextArea("Reason");
        reason.setHelperText(licence.personName() + " is told this by email.");
        reason.setMaxLength(Licences.LONGEST_REASON);
        reason.setWidthFull();
        add(new Paragraph("The licence is " + Licence.validity(licence.expiresOn()) + ". Once it is revoked, "
                + licence.personName() + " has the rights of everyone and can no longer post for the organisation."), reason);
        var revoke = new Button("Revoke licence", click -> {
            if (Refusals.attempt(() -> licences.revoke(licence.id(), reason.getValue()), Map.of("reason", reason))) {
                Refusals.success(licence.personName() + "'s licence has been revoked.");
                changed.run();
                close();
            }
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), revoke);
        addOpenedChangeListener(opened -> reason.focus());
    }
}
