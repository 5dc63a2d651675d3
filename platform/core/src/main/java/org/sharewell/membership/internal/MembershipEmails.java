package org.sharewell.membership.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** The emails the membership module sends (templates in {@code email/membership/}), queued in the caller's transaction. */
@Component
class MembershipEmails {

    private final Letters letters;

    MembershipEmails(Letters letters) {
        this.letters = letters;
    }

    /**
     * Invites a group on behalf of the bound umbrella body.
     *
     * @param link the join page on the platform's own address: the group may not be on Sharewell
     *             yet, so the link cannot point at an address of its own
     */
    void invitation(String to, String groupName, String inviterName, URI link, Instant expiresAt) {
        letters.send(new Letter(to, null, "membership/invitation", Map.of("group", groupName, "inviter", inviterName,
                "link", link.toString(), "until", UkTime.date(expiresAt))));
    }
}
