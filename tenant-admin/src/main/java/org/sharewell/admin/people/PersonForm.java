package org.sharewell.admin.people;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.sharewell.admin.shared.EmailAddressField;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.people.Person;
import org.sharewell.people.PersonDetails;
import org.sharewell.people.PersonKind;
import org.sharewell.people.VolunteerTerm;

import java.util.Locale;
import java.util.Map;

/** The fields describing a person, shown when adding or changing one. Shows only what applies. */
class PersonForm extends FormLayout {

    private final TextField fullName = new TextField("Name");
    private final EmailAddressField email = new EmailAddressField("Email address (optional)");
    private final RadioButtonGroup<PersonKind> kind = new RadioButtonGroup<>("They are");
    private final RadioButtonGroup<VolunteerTerm> term = new RadioButtonGroup<>("They volunteer");
    private final DatePicker endsOn = new DatePicker("Last day of volunteering");

    PersonForm() {
        fullName.setRequired(true);
        email.setHelperText("Needed to invite them to sign in.");
        kind.setItems(PersonKind.values());
        kind.setItemLabelGenerator(PersonKind::description);
        term.setItems(VolunteerTerm.values());
        term.setItemLabelGenerator(volunteerTerm -> volunteerTerm == VolunteerTerm.LONG_SERVING
                ? "Long-term" : "For a set period");
        endsOn.setLocale(Locale.UK);
        endsOn.setHelperText("For example 31/03/2027");
        kind.addValueChangeListener(change -> showWhatApplies());
        term.addValueChangeListener(change -> showWhatApplies());
        add(fullName, email, kind, term, endsOn);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        showWhatApplies();
    }

    void show(Person person) {
        fullName.setValue(person.fullName());
        email.setValue(person.email() == null ? "" : person.email());
        kind.setValue(person.kind());
        term.setValue(person.volunteerTerm());
        endsOn.setValue(person.volunteeringEndsOn());
    }

    PersonDetails details() {
        return new PersonDetails(fullName.getValue(), email.getValue(), kind.getValue(), term.getValue(), endsOn.getValue());
    }

    /** The fields under the names the people module gives them in its refusals. */
    Map<String, HasValidation> fieldsByName() {
        return Map.of("fullName", fullName, "email", email, "kind", kind, "volunteerTerm", term, "volunteeringEndsOn", endsOn);
    }

    void focusFirst() {
        fullName.focus();
    }

    private void showWhatApplies() {
        boolean volunteer = kind.getValue() == PersonKind.VOLUNTEER;
        term.setVisible(volunteer);
        endsOn.setVisible(volunteer && term.getValue() == VolunteerTerm.SHORT_TERM);
    }
}
