package org.sharewell.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.EmailAddresses;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Sharewell operator's settings, {@code sharewell.operator.*}.
 *
 * @param adminEmail the operator's first admin, given a login on the start after it is set, while the
 *                   operator has none; empty for none yet
 * @param adminName  that admin's name, as the audit log and emails show it
 */
@ConfigurationProperties("sharewell.operator")
record OperatorSettings(@Nullable String adminEmail, @DefaultValue("Sharewell admin") String adminName) {

    OperatorSettings {
        adminEmail = adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip();
        if (adminEmail != null && !EmailAddresses.isValid(adminEmail)) {
            throw new IllegalArgumentException("sharewell.operator.admin-email is not an email address: " + adminEmail);
        }
        if (adminName.isBlank() || adminName.strip().length() > 120) {
            throw new IllegalArgumentException("sharewell.operator.admin-name must be 1 to 120 characters");
        }
    }
}
