package org.sharewell.licensing.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;

/**
 * Runs the expiry check one round after another, {@code sharewell.licensing.expiry-check-interval}
 * apart, so that rounds never overlap. The first round waits a minute, to leave start-up to itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LicensingConfiguration implements SchedulingConfigurer {

    private static final Duration FIRST_ROUND_AFTER = Duration.ofMinutes(1);

    private final ExpiryCheck check;
    private final LicensingSettings settings;

    LicensingConfiguration(ExpiryCheck check, LicensingSettings settings) {
        this.check = check;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(check::checkEveryTenant, settings.expiryCheckInterval(), FIRST_ROUND_AFTER));
    }
}
