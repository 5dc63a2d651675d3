package org.sharewell.admin.policies;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Document;

import java.util.List;
import java.util.function.Consumer;

/**
 * For an organisation that may publish to others (an infrastructure body to its member groups): is
 * the adopted document its own policy, or a template of its own for its member groups?
 */
class AdoptDialog extends Dialog {

    AdoptDialog(Document template, List<Audience> audiences, Consumer<Audience> adopt) {
        setHeaderTitle("Adopt \"" + template.title() + "\"");
        var audience = audienceChoice(audiences);
        add(new Paragraph("Adopt it as your own policy, or as a template of your own that your member groups can adopt "
                + "in turn. Either way you receive " + template.publisherName() + "'s later changes to take or decline."),
                audience);
        var cancel = new Button("Cancel", click -> close());
        var confirm = new Button("Adopt it", click -> {
            close();
            adopt.accept(audience.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }

    static RadioButtonGroup<Audience> audienceChoice(List<Audience> audiences) {
        var choice = new RadioButtonGroup<Audience>("Who will read it?");
        choice.setItems(audiences);
        choice.setItemLabelGenerator(audience -> switch (audience) {
            case OWN_ORGANISATION -> "Your organisation: its own policy";
            case MEMBER_GROUPS -> "Your member groups: a template for them to adopt";
            case EVERY_ORGANISATION -> "Every organisation on Sharewell: a template for all";
        });
        choice.setValue(audiences.contains(Audience.OWN_ORGANISATION) ? Audience.OWN_ORGANISATION : audiences.getFirst());
        return choice;
    }
}
