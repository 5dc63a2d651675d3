package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.sharewell.admin.shared.Refusals;
import org.sharewell.admin.shared.UkDatePicker;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.DateChange;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.Surgeries;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Changing or cancelling one date of a surgery, the others left as they are; everyone booked is told. */
class DateChangeForm extends Div {

    DateChangeForm(Surgeries surgeries, Occurrence date, Consumer<Occurrence> changed) {
        var starts = UkTime.inUk(date.startsAt());
        var day = new UkDatePicker("Day");
        day.setValue(starts.toLocalDate());
        var from = time("Starts", starts.toLocalTime());
        var until = time("Ends", UkTime.inUk(date.endsAt()).toLocalTime());
        var places = new IntegerField("Places");
        places.setValue(date.places());
        places.setMin(1);
        places.setMax(500);
        var message = new TextArea("What to tell everyone booked");
        message.setMaxLength(500);
        var change = new Button("Change this date", click -> {
            var made = new AtomicReference<Occurrence>();
            if (Refusals.attempt(() -> made.set(surgeries.change(date.id(), new DateChange(day.getValue(), from.getValue(),
                    until.getValue(), places.getValue() == null ? 0 : places.getValue(), message.getValue()))),
                    Map.of("day", day, "ends", until, "places", places, "message", message))) {
                Refusals.success("Changed. Everyone booked has been emailed the new time, with the calendar entry.");
                changed.accept(made.get());
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(day, places, from, until, message);
        form.setColspan(message, 2);

        var reason = new TextArea("Why it is cancelled");
        reason.setMaxLength(500);
        reason.setHelperText("Everyone booked, and everyone waiting, is told this.");
        var cancel = new Button("Cancel this date", click -> {
            var made = new AtomicReference<Occurrence>();
            if (Refusals.attempt(() -> made.set(surgeries.cancel(date.id(), reason.getValue())), Map.of("reason", reason))) {
                Refusals.success("Cancelled. Everyone booked has been told why.");
                changed.accept(made.get());
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2("Change this date"), new Paragraph("The other dates stay as they are."), form, change,
                new H2("Cancel this date"), reason, cancel);
    }

    private static TimePicker time(String label, java.time.LocalTime value) {
        var picker = new TimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setStep(Duration.ofMinutes(15));
        picker.setValue(value);
        return picker;
    }
}
