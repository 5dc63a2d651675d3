package org.sharewell.admin.licences;

import java.time.Clock;

import org.sharewell.kernel.UkTime;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.sharewell.licensing.Application;
import org.sharewell.licensing.ApplicationStatus;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.TrainingProgress;
import org.sharewell.people.PersonId;
import org.sharewell.admin.shared.Refusals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One application: its training checklist, which champions tick as training is done, and for the
 * account coordinator the decision, with an optional expiry date or a reason for declining.
 */
class ApplicationDialog extends Dialog {

    private final Licences licences;
    private final PersonId me;
    private final boolean recordsTraining;
    private final boolean decides;
    private final Runnable changed;
    private final Clock clock;
    private final Div content = new Div();

    ApplicationDialog(Licences licences, Application application, PersonId me, boolean recordsTraining, boolean decides,
                      Clock clock, Runnable changed) {
        this.licences = licences;
        this.me = me;
        this.recordsTraining = recordsTraining;
        this.decides = decides;
        this.changed = changed;
        this.clock = clock;
        setHeaderTitle(application.personName() + "'s application");
        setWidth("min(40rem, 100%)");
        add(content);
        getFooter().add(new Button("Close", click -> close()));
        show(application);
    }

    private void show(Application application) {
        content.removeAll();
        boolean pending = application.status() == ApplicationStatus.PENDING;
        boolean own = application.personId().equals(me);
        content.add(new Paragraph("Applied on " + UkTime.date(application.appliedAt()) + ". "
                + application.status().description() + (application.declineReason() == null ? "."
                : ": " + application.declineReason())));
        if (own && pending) {
            content.add(new Paragraph("This is your own application: someone else must record your training and decide on it."));
        }
        content.add(new H3("Training"));
        application.training().forEach(progress -> content.add(trainingRow(application, progress,
                pending && recordsTraining && !own)));
        if (pending && decides && !own) {
            content.add(decision(application));
        }
    }

    private Div trainingRow(Application application, TrainingProgress progress, boolean editable) {
        var box = new Checkbox(progress.item().title(), progress.done());
        box.setEnabled(editable);
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (Refusals.attempt(() -> show(change.getValue() ? licences.recordTraining(application.id(), progress.item().id())
                    : licences.removeTraining(application.id(), progress.item().id())))) {
                changed.run();
            } else {
                box.setValue(change.getOldValue());
            }
        });
        var row = new Div(box);
        row.addClassName("training-row");
        String about = progress.done() ? "Recorded by " + progress.recordedBy() + " on " + UkTime.date(progress.recordedAt()) + "."
                : progress.item().description();
        if (!about.isEmpty()) {
            var note = new Span(about);
            note.addClassName("training-note");
            row.add(note);
        }
        return row;
    }

    private Div decision(Application application) {
        LocalDate today = UkTime.today(clock);
        var expiresOn = new DatePicker("Expiry date (optional)");
        expiresOn.setLocale(Locale.UK);
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(today.plusYears(Licences.LONGEST_YEARS));
        expiresOn.setHelperText("The last day the licence is valid. Leave empty for a licence that does not expire.");
        var grant = new Button("Grant licence", click -> decide(() -> licences.grant(application.id(), expiresOn.getValue()),
                Map.of("expiresOn", expiresOn), "Licence granted to " + application.personName() + "."));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setEnabled(application.trainingComplete());
        var reason = new TextArea("Reason for declining");
        reason.setHelperText("The applicant is told this by email.");
        reason.setMaxLength(Licences.LONGEST_REASON);
        var decline = new Button("Decline", click -> decide(() -> licences.decline(application.id(), reason.getValue()),
                Map.of("reason", reason), "Application declined. " + application.personName() + " has been told why."));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var section = new Div(new H3("Decision"), new Paragraph(application.trainingComplete()
                ? "All the required training is recorded." : "A licence can be granted once all the training is recorded."),
                expiresOn, grant, reason, decline);
        section.addClassName("decision");
        return section;
    }

    private void decide(Runnable decision, Map<String, HasValidation> fields, String done) {
        if (Refusals.attempt(decision, fields)) {
            Refusals.success(done);
            changed.run();
            close();
        }
    }
}
