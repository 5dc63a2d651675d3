package org.sharewell.people.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.sharewell.people.Person;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;

/** The emails the people module sends, queued in the caller's transaction. */
@Component
class PeopleEmails {

    private final Outbox outbox;

    PeopleEmails(Outbox outbox) {
        this.outbox = outbox;
    }

    void invitation(Person person, String inviterName, String organisation, URI link, Instant expiresAt) {
        outbox.queue(new Email(person.email(), "Join " + organisation + " on Sharewell", """
                Hello %s,

                %s has invited you to join %s on Sharewell, where it keeps its social media policy, \
                its people and its Social Media Surgeries.

                To create your login, open this link and choose a password:
                %s

                The link works once, until %s. If you were not expecting this, you can ignore this email.
                """.formatted(person.fullName(), inviterName, organisation, link, UkTime.date(expiresAt))));
    }
}
