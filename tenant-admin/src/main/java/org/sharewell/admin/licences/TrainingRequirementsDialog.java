package org.sharewell.admin.licences;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sharewell.licensing.TrainingItemDetails;
import org.sharewell.licensing.TrainingItemId;
import org.sharewell.licensing.TrainingRequirements;
import org.sharewell.admin.shared.Refusals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tenant admins change the training required for a licence: reword, reorder, add and take items off. */
class TrainingRequirementsDialog extends Dialog {

    private final TrainingRequirements requirements;
    private final Runnable changed;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    TrainingRequirementsDialog(TrainingRequirements requirements, Runnable changed) {
        this.requirements = requirements;
        this.changed = changed;
        setHeaderTitle("Required training");
        setWidth("min(44rem, 100%)");
        requirements.list().forEach(item -> rows.add(new Row(item.id(), item.title(), item.description())));
        var add = new Button("Add a piece of training", click -> {
            rows.add(new Row(null, "", ""));
            show();
            rows.getLast().title().focus();
        });
        add(new Paragraph("Pending applications follow this list: new training must be recorded for them too. "
                + "Licences already granted are not affected."), list, add);
        var save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        show();
    }

    private void show() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            int position = i;
            var row = rows.get(i);
            var up = new Button("Move up", click -> {
                rows.add(position - 1, rows.remove(position));
                show();
            });
            up.setVisible(position > 0);
            String named = row.title().getValue().isBlank() ? "this training" : row.title().getValue();
            // The accessible name starts with the visible words (WCAG 2.5.3), so "Move up" spoken as a command works.
            up.setAriaLabel("Move up: " + named);
            var down = new Button("Move down", click -> {
                rows.add(position + 1, rows.remove(position));
                show();
            });
            down.setVisible(position < rows.size() - 1);
            down.setAriaLabel("Move down: " + named);
            var remove = new Button("Take off the list", click -> {
                rows.remove(position);
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            var item = new Div(row.title(), row.description(), up, down, remove);
            item.addClassName("training-row");
            list.add(item);
        }
    }

    private void save() {
        if (Refusals.attempt(() -> requirements.change(rows.stream().map(row -> new TrainingItemDetails(row.id(),
                row.title().getValue(), row.description().getValue())).toList()), fieldsByName())) {
            Refusals.success("The required training has been saved.");
            changed.run();
            close();
        }
    }

    /** Each row's fields under the names the licensing module gives them: items[0].title and so on. */
    private Map<String, HasValidation> fieldsByName() {
        var fields = new HashMap<String, HasValidation>();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("items[" + i + "].title", rows.get(i).title());
            fields.put("items[" + i + "].description", rows.get(i).description());
        }
        return fields;
    }

    /** One item as it is being edited; {@code id} is null for a new one. */
    private record Row(TrainingItemId id, TextField title, TextArea description) {

        Row(TrainingItemId id, String title, String description) {
            this(id, new TextField("Title"), new TextArea("What it covers"));
            this.title.setValue(title);
            this.title.setMaxLength(TrainingRequirements.LONGEST_TITLE);
            this.title.setRequired(true);
            this.title.setWidthFull();
            this.description.setValue(description);
            this.description.setMaxLength(TrainingRequirements.LONGEST_DESCRIPTION);
            this.description.setWidthFull();
        }
    }
}
