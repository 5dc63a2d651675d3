package org.sharewell.admin.posting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.admin.shared.UkDatePicker;
import org.sharewell.kernel.UkTime;
import org.sharewell.posting.CheckRequest;
import org.sharewell.posting.CheckRequests;
import org.sharewell.posting.NewCheckRequest;
import org.sharewell.posting.Walk;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/** The draft post, where it would go and by when an answer is needed, sent to the communications contact. */
class CheckRequestForm extends Div {

    CheckRequestForm(Walk walk, CheckRequests requests, Consumer<CheckRequest> sent) {
        var draft = new TextArea("Your post, as you would write it");
        draft.setMaxLength(CheckRequests.MOST_DRAFT);
        draft.setHelperText("Paste the words, and describe any picture or video.");
        draft.setWidthFull();
        var platform = new TextField("Where it would go");
        platform.setHelperText("Such as Facebook or Instagram.");
        platform.setMaxLength(100);
        var account = new TextField("Which of your organisation's accounts would post it");
        account.setMaxLength(200);
        var deadline = new UkDatePicker("Answer needed by");
        deadline.setMin(UkTime.today(Clock.systemUTC()));
        var form = new FormLayout(draft, platform, account, deadline);
        form.setColspan(draft, 2);
        var send = new Button("Send it to be checked", click -> {
            var made = new CheckRequest[1];
            if (Refusals.attempt(() -> made[0] = requests.ask(new NewCheckRequest(walk.guide().policy(), walk.guide().version(),
                    Walk.pathOf(walk.path()), draft.getValue(), platform.getValue(), account.getValue(), deadline.getValue())),
                    Map.of("draft", draft, "platform", platform, "account", account, "deadline", deadline))) {
                sent.accept(made[0]);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Send it to be checked"), form, send);
    }
}
