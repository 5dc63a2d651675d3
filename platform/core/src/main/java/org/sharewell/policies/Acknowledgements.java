package org.sharewell.policies;

import org.sharewell.people.PersonKind;
import org.sharewell.publishing.DocumentId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading and acknowledging a policy. Publishing a substantive version of a policy (a document for the
 * organisation's own people) asks everyone it applies to, by kind, to read it within
 * {@value #DAYS_TO_READ} days: each with an email holding a link of their own, single-use and
 * expiring, and those with a login also on their dashboard. Reminders follow every 3 days and once 2
 * days before the due date, until they acknowledge. A minor version keeps existing acknowledgements.
 */
public interface Acknowledgements {

    int DAYS_TO_READ = 14;

    /** The kinds of people a policy applies to (staff, trustees and volunteers, unless changed). Anyone signed in. */
    Set<PersonKind> readersOf(DocumentId policy);

    /**
     * Changes them, for the next substantive version. Admins.
     *
     * @throws org.sharewell.kernel.InvalidInput if no kind is chosen
     */
    Set<PersonKind> changeReaders(DocumentId policy, Set<PersonKind> kinds);

    /**
     * What an emailed link shows, for whoever holds it, with nobody signed in: the version, and what
     * changed since the version the person last acknowledged.
     *
     * @throws org.sharewell.kernel.NotFound for a link that is forged, expired, already used or replaced
     *         by a newer one: the same answer for each, so a link cannot be probed
     */
    LinkedPolicy byLink(String token);

    /**
     * Records "I have read this" from an emailed link, and uses the link up. Publishes
     * {@link PoliciesEvent.PolicyAcknowledged}.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}; nothing changes
     */
    void acknowledgeByLink(String token);

    /** The versions the signed-in person has been asked to read and has not, soonest due first. */
    List<ToRead> mine();

    /**
     * Records that the signed-in person has read the version they were asked to read. Publishes
     * {@link PoliciesEvent.PolicyAcknowledged}.
     *
     * @throws org.sharewell.kernel.NotFound if they were not asked to read it, or have already
     */
    void acknowledge(DocumentId policy, int version);

    /**
     * Who has and has not acknowledged the version of the policy people are asked to read now (its
     * newest substantive version). Admins; empty before anyone was asked.
     */
    Optional<AcknowledgementStatus> status(DocumentId policy);
}
