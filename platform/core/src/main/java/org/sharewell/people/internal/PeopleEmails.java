package org.sharewell.people.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.people.Person;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** The emails the people module sends (templates in {@code email/people/}), queued in the caller's transaction. */
@Component
class PeopleEmails {

    private final Letters letters;

    PeopleEmails(Letters letters) {
        this.letters = letters;
    }

    void invitation(Person person, String inviterName, URI link, Instant expiresAt) {
        letters.send(new Letter(person.email(), person.fullName(), "people/invitation",
                Map.of("inviter", inviterName, "link", link.toString(), "until", UkTime.date(expiresAt))));
    }
}
