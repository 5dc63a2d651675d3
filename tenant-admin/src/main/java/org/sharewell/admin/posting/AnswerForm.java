package org.sharewell.admin.posting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.posting.CheckRequest;
import org.sharewell.posting.CheckStatus;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** The contact's answer to a question about a post, with a note for the person who asked: signed in or by the emailed link. */
class AnswerForm extends Div {

    AnswerForm(BiFunction<CheckStatus, String, CheckRequest> answer, Consumer<CheckRequest> answered) {
        var choice = new RadioButtonGroup<CheckStatus>("Your answer");
        choice.setItems(Arrays.stream(CheckStatus.values()).filter(CheckStatus::answered).toList());
        choice.setItemLabelGenerator(CheckStatus::description);
        var note = new TextArea("A note for the person who asked");
        note.setHelperText("Say why, or what to change. They are emailed your answer and this note.");
        note.setMaxLength(2000);
        note.setWidthFull();
        var send = new Button("Send the answer", click -> {
            var done = new CheckRequest[1];
            if (Refusals.attempt(() -> done[0] = answer.apply(choice.getValue(), note.getValue()),
                    Map.of("answer", choice, "note", note))) {
                answered.accept(done[0]);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Answer it"), choice, note, send);
    }
}
