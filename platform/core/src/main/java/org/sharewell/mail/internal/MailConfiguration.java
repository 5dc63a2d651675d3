package org.sharewell.mail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the postman's rounds one after another, {@code sharewell.mail.poll-interval} apart: a round
 * never overlaps the previous one, however long a slow mail server makes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration implements SchedulingConfigurer {

    private final Postman postman;
    private final MailSettings settings;

    MailConfiguration(Postman postman, MailSettings settings) {
        this.postman = postman;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(postman::deliverDueMail, settings.pollInterval());
    }
}
