package org.sharewell.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.admin.shared.QrCodeImage;
import org.sharewell.admin.shared.Refusals;

import java.util.List;
import java.util.Map;

/** Turning two-step sign-in on with an authenticator app, and looking after it once on. */
class TwoStepSection extends Section {

    private final TwoStepSignIn twoStep;
    private final Div content = new Div();

    TwoStepSection(TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
        add(new H2("Two-step sign-in"), content);
        showStatus();
    }

    private void showStatus() {
        content.removeAll();
        if (twoStep.isOn()) {
            showOn();
            return;
        }
        var start = new Button("Set up two-step sign-in", click -> {
            if (Refusals.attempt(this::showSetUp)) {
                content.getChildren().filter(TextField.class::isInstance).findFirst()
                        .ifPresent(field -> ((TextField) field).focus());
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph("With two-step sign-in, signing in needs a code from an app on your phone as well "
                        + "as your password, so a password someone else has found is not enough. Any authenticator app "
                        + "works, such as Microsoft Authenticator, Google Authenticator or 2FAS."
                        + (twoStep.requiredOfKeyRoles() ? " Your organisation requires it of admins and coordinators." : "")),
                start);
    }

    private void showSetUp() {
        var setUp = twoStep.beginSetUp();
        content.removeAll();
        var code = new TextField("The six-digit code your app shows");
        code.setRequired(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setMaxLength(12);
        var finish = new Button("Turn on two-step sign-in", click -> {
            var codes = new java.util.ArrayList<String>();
            if (Refusals.attempt(() -> codes.addAll(twoStep.finishSetUp(code.getValue())), Map.of("code", code))) {
                showRecoveryCodes(codes);
            }
        });
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var inApp = new Anchor();
        inApp.setText("open the key in your app");
        // Built here from the secret, never from anything typed: the otpauth scheme is what phones open apps with.
        inApp.setUnsafeHref(setUp.address().toString());
        var steps = new OrderedList(
                new ListItem("Open your authenticator app and choose to add an account."),
                new ListItem(new Span("Scan this QR code, or choose to type a key and type "),
                        new Span(setUp.secretInGroups()), new Span(" (spaces do not matter). On a phone, you can "),
                        inApp, new Span(" instead.")),
                new ListItem("Type the code the app shows for Sharewell here."));
        content.add(new H3("Set up your authenticator app"), steps,
                new QrCodeImage(setUp.address().toString(), "QR code holding the key " + setUp.secretInGroups()),
                code, finish, new Button("Cancel", click -> showStatus()));
    }

    private void showRecoveryCodes(List<String> codes) {
        content.removeAll();
        var list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        var done = new Button("I have kept my recovery codes", click -> showStatus());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new Paragraph("Two-step sign-in is on. These recovery codes let you sign in if you lose your phone: "
                + "each works once. Print them or keep them somewhere safe, away from your phone. You will not see them again."),
                list, done);
        done.focus();
    }

    private void showOn() {
        var password = new PasswordField("Your password, to confirm it is you");
        password.setRequired(true);
        var codes = new Button("Make new recovery codes", click -> {
            var made = new java.util.ArrayList<String>();
            if (Refusals.attempt(() -> made.addAll(twoStep.newRecoveryCodes(password.getValue())),
                    Map.of("currentPassword", password))) {
                showRecoveryCodes(made);
            }
        });
        var off = new Button("Turn off two-step sign-in", click -> {
            if (Refusals.attempt(() -> twoStep.turnOff(password.getValue()), Map.of("currentPassword", password))) {
                Refusals.success("Two-step sign-in is off. You sign in with your password alone.");
                showStatus();
            }
        });
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        int left = twoStep.recoveryCodesLeft();
        content.add(new Paragraph("Two-step sign-in is on: signing in needs a code from your authenticator app. You have "
                        + left + (left == 1 ? " recovery code" : " recovery codes") + " left."),
                new Paragraph("To make new recovery codes (the old ones stop working) or to turn two-step sign-in off, "
                        + "type your password."),
                password, codes, off);
    }
}
