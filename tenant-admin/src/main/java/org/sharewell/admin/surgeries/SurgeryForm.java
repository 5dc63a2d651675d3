package org.sharewell.admin.surgeries;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.sharewell.admin.shared.UkDatePicker;
import org.sharewell.surgeries.BookingTerms;
import org.sharewell.surgeries.NewSurgery;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a host says about a new surgery: what it is, where and when, how often, its places, and how
 * booking it works (approval, how long places are held, the cut-off, offers to the waiting list, reminders).
 */
class SurgeryForm extends FormLayout {

    private final TextField title = new TextField("Title");
    private final TextArea offers = new TextArea("What it offers");
    private final TextField venue = new TextField("Venue");
    private final TextField postcode = new TextField("Postcode");
    private final TextField onlineLink = new TextField("Online link, for a surgery held online");
    private final TextArea accessibility = new TextArea("Access");
    private final UkDatePicker firstDay = new UkDatePicker("First day");
    private final TimePicker starts = time("Starts");
    private final TimePicker ends = time("Ends");
    private final Select<Repeats> repeats = new Select<>();
    private final IntegerField dates = hours("How many dates", 6);
    private final TextField rule = new TextField("The iCalendar rule");
    private final IntegerField places = hours("Places at each date", 6);
    private final Checkbox open = new Checkbox("Show it on your public page and in the directory of surgeries", true);
    private final Checkbox approval = new Checkbox("Check each booking before it is confirmed");
    private final IntegerField holdHours = hours("Keep a place for a booking you have not checked, in hours", 48);
    private final IntegerField cutOffHours = hours("Bookers can change or cancel until this many hours before", 24);
    private final IntegerField offerHours = hours("Keep a freed place for the first on the waiting list, in hours", 48);
    private final IntegerField firstReminder = hours("First reminder, hours before", 48);
    private final IntegerField secondReminder = hours("Second reminder, hours before", 2);

    SurgeryForm() {
        title.setMaxLength(200);
        title.setHelperText("Such as \"Social Media Surgery at the library\".");
        offers.setMaxLength(2000);
        offers.setHelperText("Such as Facebook pages, websites and sharing photos safely.");
        venue.setMaxLength(200);
        postcode.setMaxLength(10);
        postcode.setHelperText("Such as DY1 1HP.");
        onlineLink.setMaxLength(500);
        onlineLink.setHelperText("Starting with https://. Leave the venue empty for a surgery held online.");
        accessibility.setMaxLength(2000);
        accessibility.setHelperText("Such as step-free entrance, hearing loop, quiet room.");
        repeats.setLabel("How often");
        repeats.setItems(Repeats.values());
        repeats.setItemLabelGenerator(Repeats::description);
        repeats.setValue(Repeats.ONCE);
        rule.setHelperText("Such as FREQ=MONTHLY;BYDAY=1TU;COUNT=6 for the first Tuesday of six months.");
        rule.setVisible(false);
        dates.setVisible(false);
        dates.setMin(1);
        dates.setMax(60);
        repeats.addValueChangeListener(change -> showRepeat());
        firstDay.addValueChangeListener(change -> showRepeat());
        places.setMin(1);
        places.setMax(500);
        holdHours.setVisible(false);
        approval.addValueChangeListener(change -> holdHours.setVisible(change.getValue()));
        add(title, offers, venue, postcode, onlineLink, accessibility, firstDay, repeats, starts, ends, dates, rule, places, open,
                approval, holdHours, cutOffHours, offerHours, firstReminder, secondReminder);
        setColspan(offers, 2);
        setColspan(accessibility, 2);
        setColspan(onlineLink, 2);
        setColspan(open, 2);
        setColspan(approval, 2);
    }

    NewSurgery surgery(boolean clashesSeen) {
        var reminders = new ArrayList<Integer>();
        if (firstReminder.getValue() != null) {
            reminders.add(firstReminder.getValue());
        }
        if (secondReminder.getValue() != null) {
            reminders.add(secondReminder.getValue());
        }
        return new NewSurgery(title.getValue(), offers.getValue(), venue.getValue(), postcode.getValue(),
                onlineLink.getValue(), accessibility.getValue(), firstDay.getValue(), starts.getValue(), ends.getValue(),
                repeats.getValue().rule(firstDay.getValue(), dates.getValue() == null ? 1 : dates.getValue(), rule.getValue()),
                places.getValue() == null ? 0 : places.getValue(), open.getValue(),
                new BookingTerms(approval.getValue(), number(holdHours), number(cutOffHours), number(offerHours), reminders),
                clashesSeen);
    }

    /** Each field by the name the surgeries module gives its problems. */
    Map<String, HasValidation> byName() {
        var fields = new HashMap<String, HasValidation>(Map.of("title", title, "offers", offers, "venue", venue, "postcode", postcode,
                "onlineLink", onlineLink, "accessibility", accessibility, "firstDay", firstDay, "starts", starts, "ends", ends,
                "places", places));
        fields.putAll(Map.of("repeats", repeats.getValue() == Repeats.RULE ? rule : dates, "holdHours", holdHours,
                "cutOffHours", cutOffHours, "offerHours", offerHours, "reminderHours", firstReminder));
        return fields;
    }

    private void showRepeat() {
        boolean repeating = repeats.getValue() != Repeats.ONCE;
        rule.setVisible(repeats.getValue() == Repeats.RULE);
        dates.setVisible(repeating && repeats.getValue() != Repeats.RULE);
        repeats.setHelperText(repeats.getValue() == Repeats.MONTHLY && firstDay.getValue() != null
                ? "On " + Repeats.monthlyInWords(firstDay.getValue()) + "." : null);
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static TimePicker time(String label) {
        var picker = new TimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setStep(Duration.ofMinutes(15));
        picker.setValue(label.equals("Starts") ? LocalTime.of(10, 0) : LocalTime.of(12, 0));
        return picker;
    }

    private static IntegerField hours(String label, int value) {
        var field = new IntegerField(label);
        field.setValue(value);
        field.setMin(0);
        field.setStepButtonsVisible(false);
        return field;
    }
}
