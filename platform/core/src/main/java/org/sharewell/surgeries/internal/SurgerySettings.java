package org.sharewell.surgeries.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The surgeries module's settings, {@code sharewell.surgeries.*}.
 *
 * @param formKey        signs the tokens of the public booking forms; from the environment. Empty: a key
 *                       made at start-up, which suits one instance only (a form shown by one instance is
 *                       then refused by another, and by the same one after a restart)
 * @param formMinAge     a form sent back sooner than this after it was shown is taken for a machine's
 * @param formMaxAge     and one sent back later than this is too old to trust
 * @param keepBookersFor how long after a date a booker's name, address and notes are kept; the places and
 *                       dates stay counted for good
 */
@ConfigurationProperties("sharewell.surgeries")
record SurgerySettings(@DefaultValue("") String formKey, @DefaultValue("3s") Duration formMinAge,
                       @DefaultValue("12h") Duration formMaxAge, @DefaultValue("365d") Duration keepBookersFor) {

    SurgerySettings {
        if (keepBookersFor.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("sharewell.surgeries.keep-bookers-for must be at least a day");
        }
    }
}
