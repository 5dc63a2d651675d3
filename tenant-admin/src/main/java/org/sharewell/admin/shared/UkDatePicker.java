package org.sharewell.admin.shared;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Locale;

/** A date field written as people in the UK write dates, day first, with the week starting on Monday. */
public class UkDatePicker extends DatePicker {

    public UkDatePicker(String label) {
        super(label);
        setLocale(Locale.UK);
        // A date that cannot be read (typed month first, say) is said to be wrong, not silently ignored.
        setI18n(new DatePickerI18n().setDateFormat("dd/MM/yyyy").setFirstDayOfWeek(1)
                .setBadInputErrorMessage("Write the date day first, then month, then year, such as 21/11/2026."));
        setHelperText("For example 21/11/2026.");
        setClearButtonVisible(true);
    }
}
