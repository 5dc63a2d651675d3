package org.sharewell.mail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;

/**
 * Runs the postman's rounds one after another, {@code sharewell.mail.poll-interval} apart: a round
 * never overlaps the previous one, however long a slow mail server makes it. Old sent email is
 * cleared hourly: the retention period is counted in days, so an hour late does not matter.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration implements SchedulingConfigurer {

    private final Postman postman;
    private final SentMailRetention retention;
    private final MailSettings settings;

    MailConfiguration(Postman postman, SentMailRetention retention, MailSettings settings) {
        this.postman = postman;
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(postman::deliverDueMail, settings.pollInterval());
        registrar.addFixedDelayTask(retention::deleteOldSentMail, Duration.ofHours(1));
    }
}
