package org.sharewell.surgeries;

import java.util.List;

/**
 * The volunteers who help at the organisation's surgeries ("surgeons"), as far as booking needs them:
 * who comes to which dates, and each one's calendar feed of their sessions. The feed's address is a
 * secret token (kept only as a hash) that the surgeon can renew, so the old address stops working, or
 * stop altogether, from their own emailed link, with no account. Part 2 of the surgeries work adds
 * what they help with, volunteering through a public form, and the pairing board.
 */
public interface Surgeons {

    /**
     * Signs a surgeon up for every date of the surgery still to come: a new one by their address, or one
     * the organisation knows already. They are emailed the address of their calendar feed and their own
     * link to renew or stop it. Champions and admins. Publishes {@link SurgeriesEvent.SurgeonAdded}.
     *
     * @throws org.sharewell.kernel.NotFound if the organisation has no such surgery
     * @throws org.sharewell.kernel.InvalidInput for a name of fewer than 2 or more than 200 characters, or
     *         an address that is not one email address
     */
    Surgeon add(SurgeryId surgery, String name, String email);

    /** The organisation's surgeons, by name, with their dates to come. Champions and admins. */
    List<Surgeon> ours();

    /**
     * A surgeon's calendar feed (iCalendar, RFC 5545): their dates from a month ago on, cancelled ones
     * marked so. Needs no role: the token is the key.
     *
     * @throws org.sharewell.kernel.NotFound for a token that is forged, renewed or stopped: the same answer for each
     */
    String feed(String feedToken);

    /**
     * What the surgeon's own emailed link shows. Needs no role.
     *
     * @throws org.sharewell.kernel.NotFound for a link that is forged: the same answer as for any other
     */
    Surgeon byLink(String token);

    /**
     * A new address for the surgeon's feed, from their own link: the old one stops working at once. The
     * new one is emailed to them, and returned for the page to show. Needs no role.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}
     */
    String renewFeed(String token);

    /**
     * Stops the surgeon's feed, from their own link: its address stops working. Needs no role.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}
     */
    Surgeon stopFeed(String token);
}
