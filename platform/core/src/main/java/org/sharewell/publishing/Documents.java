package org.sharewell.publishing;

import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;

import java.util.List;
import java.util.Map;

/**
 * Versioned documents: written by an organisation, published to an audience, adopted by others.
 * Every operation works for the organisation bound to the transaction. What another organisation's
 * documents an organisation may read is decided by PostgreSQL (its audience policies), so a document
 * out of reach is simply not found: {@link org.sharewell.kernel.NotFound}, never a hint it exists.
 * Writing is for the organisation's admins ({@code AccessDeniedException} otherwise); reading its own
 * published documents, and those offered to it, for anyone signed in.
 */
public interface Documents {

    /**
     * Starts a document of the organisation's own, with its first draft; nothing is published yet.
     * Publishes {@link PublishingEvent.DocumentCreated}.
     *
     * @throws org.sharewell.kernel.InvalidInput for a title of fewer than 2 or more than 200 characters, a
     *         body too long, or the audience {@link Audience#EVERY_ORGANISATION} for anyone but the operator
     *         (and {@link Audience#MEMBER_GROUPS} for a local group, which has none)
     */
    Document create(DocumentKind kind, Audience audience, String title, String body);

    /**
     * Starts a document of the organisation's own from another's published one: its draft is the
     * source's newest version, and the source's later versions are offered as upstream changes
     * ({@link #upstream}). Publishes {@link PublishingEvent.DocumentCreated}.
     *
     * @throws org.sharewell.kernel.NotFound if the source is not offered to this organisation
     * @throws org.sharewell.kernel.Conflict if the organisation has adopted it for this audience already
     *         (an infrastructure body may adopt it once as its own policy and once as a template for its members)
     */
    Document adopt(DocumentRef source, Audience audience);

    /** The audiences the organisation may publish to: every organisation for the operator, member groups for an infrastructure body, and itself. */
    List<Audience> audiences();

    /** @throws org.sharewell.kernel.NotFound if the organisation has no such document of its own */
    Document ours(DocumentId document);

    /**
     * The text as readers would see it, as safe HTML: with the organisation's answers put in, or for a
     * template with each placeholder shown as a blank. Admins.
     *
     * @throws org.sharewell.kernel.InvalidInput if the text is too long to be a document
     */
    String preview(DocumentId document, String markdown);

    /** The organisation's own documents of this kind, by title. */
    Page<Document> ours(DocumentKind kind, PageRequest page);

    /** Other organisations' published documents of this kind that this one may read and adopt, by title. */
    Page<Document> offered(DocumentKind kind, PageRequest page);

    /** @throws org.sharewell.kernel.NotFound if there is none this organisation may read */
    Document find(DocumentRef ref);

    /** The working text of one of the organisation's documents. Admins. */
    Draft draft(DocumentId document);

    /**
     * Replaces the working text (and the title). Admins.
     *
     * @throws org.sharewell.kernel.InvalidInput for a title or body out of bounds
     */
    Draft saveDraft(DocumentId document, String title, String body);

    /**
     * Publishes the draft as the next version, with the organisation's answers put in; a template
     * (a document for other organisations) keeps its placeholders as blanks for them to fill. Admins.
     * Publishes {@link PublishingEvent.VersionPublished}.
     *
     * @throws org.sharewell.kernel.InvalidInput if the summary is empty or the draft uses a placeholder
     *         left unanswered or a word in double braces that is no placeholder, each named
     * @throws org.sharewell.kernel.Conflict if the draft is the same as the newest version, or if the
     *         upstream has amendments that conflict with the draft and have not been decided
     */
    Version publish(DocumentId document, Change change, String summary);

    /** Every version of a document this organisation may read, newest first. */
    List<Version> versions(DocumentRef document);

    /** @throws org.sharewell.kernel.NotFound if there is no such version this organisation may read */
    Version version(DocumentRef document, int number);

    /**
     * Two versions of a document this organisation may read, side by side with the changed words marked
     * (the text as filled in, as its readers read it).
     *
     * @throws org.sharewell.kernel.NotFound if either version is not one this organisation may read
     */
    Comparison compare(DocumentRef document, int from, int to);

    /**
     * What the document this one was adopted from has changed since the version it last took in,
     * amendment by amendment, each saying whether it conflicts with the organisation's own text. Admins.
     *
     * @throws org.sharewell.kernel.NotFound if the document is not the organisation's, was not adopted,
     *         or its source may no longer be read (an umbrella body it has left)
     */
    Upstream upstream(DocumentId document);

    /**
     * Merges the upstream's newest version into the draft as decided (an amendment without a decision
     * is taken, unless it conflicts), records each decision, and counts the document as up to date
     * with that version. Admins. Publishes {@link PublishingEvent.UpstreamTaken}.
     *
     * @param newest the upstream version the person saw; if the upstream has moved on since, nothing is done
     * @throws org.sharewell.kernel.InvalidInput naming each conflicting amendment left undecided and each
     *         declined one without a reason
     * @throws org.sharewell.kernel.Conflict if the upstream has a newer version than {@code newest}, or none newer than the base
     */
    Draft takeUpstream(DocumentId document, int newest, List<Upstream.Choice> choices);

    /**
     * The documents other organisations adopted from this template of ours, as far as they let us see
     * them (member groups that share {@code POLICY} with us), by organisation name: each one's newest
     * version, which of ours it has taken in, and what it declined and why. Admins.
     *
     * @throws org.sharewell.kernel.NotFound if the document is not one of ours
     */
    List<Adoption> adoptions(DocumentId template);

    /** The organisation's answers to placeholders; its name stands for {@link Placeholder#ORGANISATION_NAME} until answered. */
    Map<Placeholder, String> answers();

    /**
     * Sets answers (an empty answer removes one). Admins. Publishes {@link PublishingEvent.AnswersChanged}.
     *
     * @throws org.sharewell.kernel.InvalidInput naming each placeholder whose answer is not of its type
     */
    Map<Placeholder, String> answer(Map<Placeholder, String> answers);
}
