package org.sharewell.admin.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.accounts.TwoStepSignIn;
import org.sharewell.admin.shared.Refusals;

import java.util.Map;

/** The second step of signing in, for a login with two-step sign-in: the code from the app, or a recovery code. */
@Route(value = "second-step", autoLayout = false)
@PageTitle("Enter your code | Sharewell")
@AnonymousAllowed
public class SecondStepView extends Main implements BeforeEnterObserver {

    private final TwoStepSignIn twoStep;

    SecondStepView(TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var waiting = twoStep.awaitingSecondStep();
        if (waiting.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        var code = new TextField("Code");
        code.setHelperText("The six digits your authenticator app shows for Sharewell now, or one of your recovery codes.");
        code.setRequired(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        var next = new Button("Continue", click -> {
            if (Refusals.attempt(() -> twoStep.completeSignIn(code.getValue()), Map.of("code", code))) {
                getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            } else {
                code.clear();
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        var cancel = new Button("Cancel and sign out", click -> {
            VaadinSession.getCurrent().getSession().invalidate();
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1("Enter your code"),
                new Paragraph("Your password was right, " + waiting.get().displayName() + ". Your login has two-step "
                        + "sign-in, so open your authenticator app and type the code it shows for Sharewell."),
                code, next, cancel,
                new Paragraph("Lost your phone? Type one of your recovery codes instead. If you have none left, ask "
                        + "your organisation's admin for help."));
        code.focus();
    }
}
