package org.sharewell.membership.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Email;
import org.sharewell.mail.Outbox;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;

/** The emails the membership module sends, queued in the caller's transaction. */
@Component
class MembershipEmails {

    private final Outbox outbox;

    MembershipEmails(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param link the join page on the platform's own address: the group may not be on Sharewell
     *             yet, so the link cannot point at an address of its own
     */
    void invitation(String to, String groupName, String umbrellaName, String inviterName, URI link, Instant expiresAt) {
        outbox.queue(new Email(to, umbrellaName + " invites " + groupName + " to be a member group on Sharewell", """
                Hello,

                %s at %s has invited %s to be one of its member groups on Sharewell, where \
                voluntary organisations keep their social media policy, their people and their \
                Social Media Surgeries.

                To accept or decline, open this link:
                %s

                If your group is not on Sharewell yet, you can bring it there from the same page. \
                If it is, you can link it from there instead.

                As a member group, %s will see your group's name, its admins' names and email \
                addresses, and how your getting started is going. It sees anything more only if you \
                choose to share it, and you can stop sharing, or end the link, at any time.

                The link works until %s. If you were not expecting this, you can ignore this email.
                """.formatted(inviterName, umbrellaName, groupName, link, umbrellaName, UkTime.date(expiresAt))));
    }
}
