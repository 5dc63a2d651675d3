package org.sharewell.posting;

import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;

/**
 * Check requests: a draft post the guide said to check first, sent to the organisation's communications
 * contact (the policy's {@code {{communications_contact}}} and {@code {{communications_email}}}) with
 * the platform, the account and a deadline. The contact is emailed a single-use link to answer with
 * no login; champions and admins can answer signed in. The answer (go ahead, change it first, or do
 * not post it) comes with a note, and the requester is emailed it. Requests and answers are kept.
 */
public interface CheckRequests {

    int MOST_DRAFT = 5000;

    /**
     * Sends a draft to the communications contact. Anyone signed in who is one of the organisation's
     * people. Publishes {@link PostingEvent.CheckAsked}.
     *
     * @throws org.sharewell.kernel.NotFound if the guide's version is not one of the organisation's published policies
     * @throws org.sharewell.kernel.InvalidInput field by field: a walk that does not end in "check it
     *         first", an empty or too long draft, platform or account, a deadline missing, past, or more
     *         than a year away
     * @throws org.sharewell.kernel.Conflict if the organisation has not given its communications
     *         contact's email address, or the signed-in login is not one of its people
     */
    CheckRequest ask(NewCheckRequest request);

    /** The signed-in person's own requests, newest first. */
    Page<CheckRequest> mine(PageRequest page);

    /**
     * The organisation's requests whose draft, platform, account, kind, requester or note match the words
     * (English stemming, so "photos" finds "photo"; every word must match, the last as the start of a
     * word), newest first; all of them when there are no words. Champions and admins.
     */
    Page<CheckRequest> search(String words, @Nullable CheckStatus status, PageRequest page);

    /** @throws org.sharewell.kernel.NotFound unless it is the signed-in person's own, or they are a champion or admin */
    CheckRequest find(CheckRequestId request);

    /**
     * Answers a request signed in. Champions and admins. Publishes {@link PostingEvent.CheckAnswered} and
     * emails the requester.
     *
     * @throws org.sharewell.kernel.InvalidInput if the answer is {@link CheckStatus#ASKED} or the note is
     *         empty or longer than 2,000 characters
     * @throws org.sharewell.kernel.Conflict if it has been answered already
     */
    CheckRequest answer(CheckRequestId request, CheckStatus answer, String note);

    /**
     * What the contact's emailed link shows, for whoever holds it, with nobody signed in.
     *
     * @throws org.sharewell.kernel.NotFound for a link that is forged, expired or already used: the same
     *         answer for each, so a link cannot be probed
     */
    CheckRequest byLink(String token);

    /**
     * Answers a request from the contact's emailed link, which then stops working; as {@link #answer}.
     *
     * @throws org.sharewell.kernel.NotFound as for {@link #byLink}; nothing changes
     */
    CheckRequest answerByLink(String token, CheckStatus answer, String note);

    /** How many requests were sent in the last {@value #FIGURES_DAYS} days and how fast they were answered. Champions and admins. */
    CheckFigures figures();

    int FIGURES_DAYS = 90;
}
