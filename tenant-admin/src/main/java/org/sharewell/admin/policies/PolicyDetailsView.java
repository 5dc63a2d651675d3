package org.sharewell.admin.policies;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.kernel.Roles;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Placeholder;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers every policy of the organisation fills its blanks with: who the communications contact
 * is, the safeguarding lead's number, how often policies are reviewed. Kept apart from the text, so
 * changing one here changes it in the next version of every document, and never in the wording.
 */
@Route("policies/details")
@PageTitle("Your organisation's details for its policies | Sharewell")
@RolesAllowed(Roles.ADMIN)
public class PolicyDetailsView extends Main {

    private final Documents documents;
    private final Map<Placeholder, TextField> fields = new EnumMap<>(Placeholder.class);

    PolicyDetailsView(Documents documents) {
        this.documents = documents;
        addClassName("page");
        var answers = documents.answers();
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (Placeholder placeholder : Placeholder.values()) {
            var field = new TextField(placeholder.label());
            field.setValue(answers.getOrDefault(placeholder, ""));
            field.setHelperText("Written {{" + placeholder.word() + "}} in a document.");
            field.setWidthFull();
            fields.put(placeholder, field);
            form.add(field);
        }
        var save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Your organisation's details for its policies"),
                new Paragraph("Each document's blanks are filled in from these. A change shows in the next version you "
                        + "publish of each document; published versions keep the details of their day."),
                form, save, new Paragraph(new RouterLink("Back to your policies", PoliciesView.class)));
    }

    private void save() {
        var given = new EnumMap<Placeholder, String>(Placeholder.class);
        var byWord = new LinkedHashMap<String, HasValidation>();
        fields.forEach((placeholder, field) -> {
            given.put(placeholder, field.getValue());
            byWord.put(placeholder.word(), field);
        });
        if (Refusals.attempt(() -> documents.answer(given), byWord)) {
            Refusals.success("Details saved.");
        }
    }
}
