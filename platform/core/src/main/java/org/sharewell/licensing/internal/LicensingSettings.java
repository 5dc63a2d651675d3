package org.sharewell.licensing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The licensing module's settings, {@code sharewell.licensing.*}.
 *
 * @param expiryCheckInterval how often licences are checked for expiry notices and lapses. Notices
 *                            are worked out by date, so anything up to a few hours is prompt enough
 */
@ConfigurationProperties("sharewell.licensing")
record LicensingSettings(@DefaultValue("1h") Duration expiryCheckInterval) {

    LicensingSettings {
        if (expiryCheckInterval.isNegative() || expiryCheckInterval.isZero()) {
            throw new IllegalArgumentException("sharewell.licensing.expiry-check-interval must be longer than zero");
        }
    }
}
