package org.sharewell.people;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Invitations for people to create their own login. An invitation is a link, emailed to the person,
 * that works once and for {@value #VALID_DAYS} days; only a hash of it is stored.
 */
public interface Invitations {

    int VALID_DAYS = 14;

    /**
     * Emails the person a link to create their login (tenant admins). Any earlier invitation stops working.
     * The link is returned too, for an admin who would rather hand it over in person.
     *
     * @throws org.sharewell.kernel.InvalidInput if the person has no email address, already has a login,
     *         or is deactivated
     */
    SentInvitation invite(PersonId person);

    /** The open invitation behind a link of the current tenant, for the page that accepts it. */
    Optional<OpenInvitation> find(String token);

    /**
     * Creates the person's login with the password they chose and links it to them.
     *
     * @throws org.sharewell.kernel.InvalidInput if the link has expired or been used, or the password is weak
     */
    void accept(String token, String password);

    /** An invitation just sent: its link and until when it works. */
    record SentInvitation(URI link, Instant expiresAt) {
    }

    /** What the acceptance page shows. */
    record OpenInvitation(String fullName, String email, Instant expiresAt) {
    }
}
