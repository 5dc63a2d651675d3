package org.sharewell.admin.shared;

import com.vaadin.flow.component.textfield.EmailField;

/**
 * An email address field that says what is wrong when the browser's own check fails, in words
 * (WCAG 3.3.1): Vaadin's field otherwise only turns red.
 */
public class EmailAddressField extends EmailField {

    public EmailAddressField(String label) {
        super(label);
        setI18n(new EmailFieldI18n()
                .setPatternErrorMessage("Enter an email address in the right format, such as name@example.org.")
                .setRequiredErrorMessage("Enter an email address.")
                .setMaxLengthErrorMessage("This email address is too long."));
    }
}
