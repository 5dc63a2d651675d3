package org.sharewell.admin.settings;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** The organisation's rule that admins and coordinators, who see volunteers' personal data, sign in in two steps. */
class SignInRuleSection extends Section {

    SignInRuleSection(TwoStepSignIn twoStep) {
        var required = new Checkbox("Require two-step sign-in of admins and coordinators", twoStep.requiredOfKeyRoles());
        required.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (Refusals.attempt(() -> twoStep.requireOfKeyRoles(change.getValue()), Map.of("required", required))) {
                Refusals.success(change.getValue() ? "Admins and coordinators now need two-step sign-in."
                        : "Two-step sign-in is now up to each person.");
            } else {
                required.setValue(change.getOldValue());
            }
        });
        add(new H2("Signing in"),
                new Paragraph("Admins and coordinators see volunteers' personal data. When this is ticked, each of them "
                        + "needs a code from an authenticator app to sign in; until they turn it on in \"Your login\", "
                        + "they are signed in without those roles. Turn it on for yourself first."),
                required);
    }
}
