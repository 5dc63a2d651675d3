package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.admin.shared.EmailAddressField;
import org.sharewell.surgeries.FormProof;
import org.sharewell.surgeries.GroupKind;
import org.sharewell.surgeries.HelpWanted;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.Need;

import java.util.Map;
import java.util.UUID;

/**
 * What a booking asks of the person booking, the same on the public page and for a host taking a booking
 * by phone: who they are, their group, whether it is a voluntary or community group, what they want help
 * with and how much, and how many are coming. Each problem is shown beside its field.
 */
class BookerFields extends FormLayout {

    /** Made when the form is shown: the same form sent twice makes one booking. */
    private final String requestKey = UUID.randomUUID().toString();
    private final TextField name = new TextField("Your name");
    private final EmailAddressField email = new EmailAddressField("Your email address");
    private final TextField groupName = new TextField("Your group's name");
    private final Select<GroupKind> groupKind = new Select<>();
    private final RadioButtonGroup<Boolean> voluntary = new RadioButtonGroup<>();
    private final CheckboxGroup<Need> needs = new CheckboxGroup<>("What would you like help with?");
    private final TextArea needNote = new TextArea("Anything else we should know");
    private final RadioButtonGroup<HelpWanted> help = new RadioButtonGroup<>();
    private final RadioButtonGroup<Integer> places = new RadioButtonGroup<>();

    BookerFields() {
        name.setMaxLength(200);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setHelperText("We send your booking and its link here, and nothing else.");
        groupName.setMaxLength(200);
        groupKind.setLabel("What kind of group is it?");
        groupKind.setItems(GroupKind.values());
        groupKind.setItemLabelGenerator(GroupKind::description);
        voluntary.setLabel("Is your group a voluntary or community group (not a business or a political campaign)?");
        voluntary.setItems(true, false);
        voluntary.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        needs.setItems(Need.values());
        needs.setItemLabelGenerator(Need::description);
        needNote.setMaxLength(1000);
        needNote.setHelperText("Such as the name of your Facebook page. At most 1,000 characters.");
        help.setLabel("How much help do you think you need?");
        help.setItems(HelpWanted.values());
        help.setItemLabelGenerator(HelpWanted::description);
        places.setLabel("How many of you are coming?");
        places.setItems(1, 2);
        places.setItemLabelGenerator(count -> count == 1 ? "1 person" : "2 people");
        places.setValue(1);
        add(name, email, groupName, groupKind, voluntary, needs, needNote, help, places);
        setColspan(voluntary, 2);
        setColspan(needs, 2);
        setColspan(needNote, 2);
        setColspan(help, 2);
    }

    NewBooking booking(FormProof proof) {
        return new NewBooking(requestKey, name.getValue(), email.getValue(), groupName.getValue(), groupKind.getValue(),
                Boolean.TRUE.equals(voluntary.getValue()), needs.getValue(), needNote.getValue(), help.getValue(),
                places.getValue() == null ? 0 : places.getValue(), proof);
    }

    /** Each field by the name the surgeries module gives its problems. */
    Map<String, HasValidation> byName() {
        return Map.of("name", name, "email", email, "groupName", groupName, "groupKind", groupKind, "voluntary", voluntary,
                "needs", needs, "needNote", needNote, "help", help, "places", places);
    }
}
