package org.sharewell.mail.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * With {@code sharewell.mail.dev-mailbox.enabled} (the default outside production), email goes to the
 * {@link DevMailbox}: this sender replaces the one Spring Boot would build from {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sharewell.mail.dev-mailbox.enabled")
class DevMailboxConfiguration {

    @Bean
    DevMailbox devMailbox(MailSettings settings) {
        return new DevMailbox(settings.devMailbox().port());
    }

    @Bean
    JavaMailSender devMailboxSender(DevMailbox mailbox) {
        return new DevMailboxSender(mailbox);
    }

    /** Asks the mailbox for its port at every connection: a free port is chosen only when it starts. */
    static final class DevMailboxSender extends JavaMailSenderImpl {

        private final DevMailbox mailbox;

        DevMailboxSender(DevMailbox mailbox) {
            this.mailbox = mailbox;
            setHost(DevMailbox.HOST);
            setDefaultEncoding(StandardCharsets.UTF_8.name());
            var timeouts = new Properties();
            timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
            timeouts.setProperty("mail.smtp.timeout", "10000");
            timeouts.setProperty("mail.smtp.writetimeout", "10000");
            setJavaMailProperties(timeouts);
        }

        @Override
        public int getPort() {
            return mailbox.port();
        }
    }
}
