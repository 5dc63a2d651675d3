package org.sharewell.admin.people;

import org.sharewell.people.PersonChange;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.sharewell.people.Invitations;
import org.sharewell.people.KeyRole;
import org.sharewell.people.Level;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonalData;
import org.sharewell.admin.shared.Refusals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;

/**
 * Adds a person, or changes one: details, key roles, level and whether they are active. Every
 * change goes through the people module, which checks it, records it in the audit log and refuses
 * what breaks a rule with a plain message.
 */
class PersonDialog extends Dialog {

    private final People people;
    private final Invitations invitations;
    private final PersonalData personalData;
    private final Runnable changed;
    private final PersonForm form = new PersonForm();
    private final CheckboxGroup<KeyRole> roles = new CheckboxGroup<>("Key roles");
    private final Select<Level> level = new Select<>();

    PersonDialog(People people, Invitations invitations, PersonalData personalData, Person person, Runnable changed) {
        this.people = people;
        this.invitations = invitations;
        this.personalData = personalData;
        this.changed = changed;
        setHeaderTitle(person == null ? "Add a person" : person.fullName());
        // One width whatever is chosen, so the dialog does not jump as fields appear; never wider than a phone.
        setWidth("36rem");
        setMaxWidth("100%");
        add(form);
        if (person != null) {
            form.show(person);
            roles.setItems(KeyRole.values());
            roles.setItemLabelGenerator(KeyRole::description);
            roles.setValue(person.keyRoles().isEmpty() ? EnumSet.noneOf(KeyRole.class) : EnumSet.copyOf(person.keyRoles()));
            level.setLabel("Level");
            level.setItems(Level.values());
            level.setItemLabelGenerator(Level::description);
            level.setValue(person.level());
            level.setHelperText("Licensed poster and account manager need a valid licence to post.");
            add(roles, level);
            if (person.levelOnHold()) {
                add(new Paragraph(person.fullName() + " has no valid licence, so for now they have the rights of everyone."));
            }
            if (!person.hasLogin() && person.active()) {
                var invite = new Button("Invite to sign in", click -> invite(person));
                invite.setTooltipText("Emails them a link to choose a password");
                getFooter().add(invite);
            }
            add(personalDataControls(person));
            // Deactivating signs the person out at once, so it is asked first; reactivating harms nobody.
            var confirmDeactivation = new ConfirmDialog("Deactivate " + person.fullName() + "?",
                    "They will be signed out straight away and cannot sign in until someone reactivates them. "
                            + "Their details are kept.", "Deactivate", confirmed -> toggleActive(person));
            confirmDeactivation.setCancelable(true);
            confirmDeactivation.setCancelText("Keep them active");
            confirmDeactivation.setConfirmButtonTheme("error primary");
            var activation = new Button(person.active() ? "Deactivate" : "Reactivate",
                    click -> {
                        if (person.active()) {
                            confirmDeactivation.open();
                        } else {
                            toggleActive(person);
                        }
                    });
            activation.addThemeVariants(person.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            getFooter().add(activation);
        }
        var cancel = new Button("Cancel", click -> close());
        var save = new Button("Save", click -> save(person));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> form.focusFirst());
    }

    private void save(Person person) {
        var fields = new HashMap<String, HasValidation>(form.fieldsByName());
        fields.put("role", roles);
        fields.put("level", level);
        // One call, so that a refusal of any part (say, the last admin's role) saves none of it.
        if (Refusals.attempt(() -> {
            if (person == null) {
                people.add(form.details());
            } else {
                people.change(person.id(), new PersonChange(form.details(), roles.getValue(), level.getValue()));
            }
        }, fields)) {
            Refusals.success("Saved.");
            close();
        }
        changed.run();
    }

    /** A subject access download and erasure, as UK GDPR requires. */
    private Details personalDataControls(Person person) {
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var csv = new StringWriter();
            personalData.exportCsv(person.id(), csv);
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "personal-data.csv", "text/csv", bytes.length);
        }), "Download everything held about " + person.fullName() + " (CSV)");
        var erase = new Button("Erase their personal data", click -> {
            var confirm = new ConfirmDialog("Erase " + person.fullName() + "'s personal data?",
                    "Their name, email and login are removed for good, here and in the audit log. "
                            + "What happened is kept without their name. This cannot be undone.",
                    "Erase", confirmed -> {
                        if (Refusals.attempt(() -> personalData.erase(person.id()))) {
                            Refusals.success("Personal data erased.");
                            changed.run();
                            close();
                        }
                    }, "Cancel", cancelled -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var section = new Details("Personal data (UK GDPR)", new VerticalLayout(download, erase));
        section.setWidthFull();
        return section;
    }

    private void invite(Person person) {
        if (Refusals.attempt(() -> invitations.invite(person.id()))) {
            Refusals.success("Invitation emailed to " + person.email() + ".");
            close();
        }
    }

    private void toggleActive(Person person) {
        if (Refusals.attempt(() -> {
            if (person.active()) {
                people.deactivate(person.id());
            } else {
                people.reactivate(person.id());
            }
        })) {
            changed.run();
            close();
        }
    }
}
