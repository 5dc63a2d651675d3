package org.sharewell.mail.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.sharewell.timetable.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The mail module's settings, {@code sharewell.mail.*}. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}, used whenever the development mailbox is off.
 *
 * @param from         the sender of every email, such as {@code Sharewell <no-reply@example.org>}
 * @param retry        how long to wait before trying a failed email again
 * @param keepSentFor  how long sent email stays in the outbox, for the tenant admin's "Sent email"
 *                     page and for questions about delivery, before it is deleted
 * @param devMailbox   the in-process SMTP server that keeps email instead of delivering it
 */
@ConfigurationProperties("sharewell.mail")
record MailSettings(String from, @DefaultValue Retry retry, @DefaultValue("90d") Duration keepSentFor,
                    @DefaultValue DevMailboxSettings devMailbox) {

    MailSettings {
        sender(from);
        if (keepSentFor.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("sharewell.mail.keep-sent-for must be at least a day");
        }
    }

    /** Who every email is from, checked at start-up so that a typo cannot hold up every email later. */
    InternetAddress sender() {
        return sender(from);
    }

    /** The sender's domain, which also names the platform in Message-IDs. */
    String domain() {
        String address = sender().getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    private static InternetAddress sender(String from) {
        try {
            var sender = new InternetAddress(from == null ? "" : from, true);
            sender.validate();
            if (sender.isGroup() || !sender.getAddress().contains("@")) {
                throw new AddressException("not a single address with a domain");
            }
            return sender;
        } catch (AddressException e) {
            throw new IllegalArgumentException("sharewell.mail.from must be one email address, such as "
                    + "'Sharewell <no-reply@example.org>', not '" + from + "'", e);
        }
    }

    /**
     * Pauses after failed attempts to send an email: doubling from {@code firstPause} up to
     * {@code longestPause}, and then steady at {@code longestPause} for as long as it takes, the
     * timetable's one {@link Backoff} rule. No email is ever given up on.
     */
    record Retry(@DefaultValue("30s") Duration firstPause, @DefaultValue("1h") Duration longestPause) {

        Retry {
            if (firstPause.isNegative() || firstPause.isZero() || longestPause.compareTo(firstPause) < 0) {
                throw new IllegalArgumentException(
                        "sharewell.mail.retry needs a first-pause above zero and a longest-pause at least as long");
            }
        }

        /** How long to wait after the given number of failed attempts (1 or more) before the next. */
        Duration pauseAfter(int failures) {
            return new Backoff(firstPause, longestPause).after(failures);
        }
    }

    /**
     * @param enabled whether to run the development mailbox (never in production)
     * @param port    where it listens, or 0 for any free port (several platforms may share a machine)
     */
    record DevMailboxSettings(@DefaultValue("false") boolean enabled, @DefaultValue("0") int port) {
    }
}
