package org.sharewell.publishing.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.publishing.Adoption;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.Comparison;
import org.sharewell.publishing.Document;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.publishing.DocumentCheck;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Draft;
import org.sharewell.publishing.Markdown;
import org.sharewell.publishing.Placeholder;
import org.sharewell.publishing.PublishingEvent.DocumentCreated;
import org.sharewell.publishing.PublishingEvent.VersionPublished;
import org.sharewell.publishing.Source;
import org.sharewell.publishing.Upstream;
import org.sharewell.publishing.Version;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writing, publishing and adopting documents; see {@link Documents} for the contract. */
@Service
@Transactional
class DocumentService implements Documents {

    private static final String NO_SUCH_DOCUMENT = "There is no such document that your organisation may read.";

    private final DocumentStore documents;
    private final List<DocumentCheck> checks;
    private final VersionStore versions;
    private final PlaceholderAnswers answers;
    private final Adoptions adoptions;
    private final UpstreamMerges upstreams;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentService(DocumentStore documents, VersionStore versions, PlaceholderAnswers answers, Adoptions adoptions,
                    UpstreamMerges upstreams, List<DocumentCheck> checks,
                    Tenants tenants, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.checks = checks;
        this.upstreams = upstreams;
        this.adoptions = adoptions;
        this.versions = versions;
        this.answers = answers;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.ADMINS_AND_SHAREWELL)
    public Document create(DocumentKind kind, Audience audience, String title, String body) {
        var tidiedTitle = DocumentRules.title(title);
        var tidiedBody = DocumentRules.body(body);
        DocumentRules.audience(audience, us().kind());
        var id = DocumentId.random();
        documents.insert(id, kind, audience, tidiedTitle, null, clock.instant());
        documents.saveDraft(id, tidiedTitle, tidiedBody, Actor.current().name(), clock.instant());
        events.publishEvent(new DocumentCreated(us().id(), id, kind, tidiedTitle, audience, null, Actor.current()));
        return own(id);
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public Document adopt(DocumentRef source, Audience audience) {
        var upstream = documents.find(source).filter(found -> found.audience().isTemplate() && found.latestVersion() != null
                && !found.ref().publisher().equals(us().id())).orElseThrow(() -> new NotFound(NO_SUCH_DOCUMENT));
        DocumentRules.audience(audience, us().kind());
        if (documents.adoptedFrom(source, audience).isPresent()) {
            throw new Conflict("Your organisation has adopted this document for " + audience.description().toLowerCase()
                    + " already. Open it from your own documents.");
        }
        var newest = versions.find(source, upstream.latestVersion()).orElseThrow(() -> new NotFound(NO_SUCH_DOCUMENT));
        var id = DocumentId.random();
        documents.insert(id, upstream.kind(), audience, newest.title(), new Source(source, newest.number()), clock.instant());
        documents.saveDraft(id, newest.title(), newest.body(), Actor.current().name(), clock.instant());
        String publisher = tenants.findById(source.publisher()).map(Tenant::name).orElse("another organisation");
        events.publishEvent(new DocumentCreated(us().id(), id, upstream.kind(), newest.title(), audience, publisher,
                Actor.current()));
        return own(id);
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Audience> audiences() {
        return switch (us().kind()) {
            case OPERATOR -> List.of(Audience.EVERY_ORGANISATION, Audience.OWN_ORGANISATION);
            case INFRASTRUCTURE_BODY -> List.of(Audience.OWN_ORGANISATION, Audience.MEMBER_GROUPS);
            case LOCAL_GROUP -> List.of(Audience.OWN_ORGANISATION);
        };
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Document ours(DocumentId document) {
        return own(document);
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    @Transactional(readOnly = true)
    public String preview(DocumentId document, String markdown) {
        return Markdown.toSafeHtml(forReaders(own(document), DocumentRules.body(markdown)));
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<Document> ours(DocumentKind kind, PageRequest page) {
        return Page.of(named(documents.ours(kind, page)), documents.countOurs(kind), page);
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<Document> offered(DocumentKind kind, PageRequest page) {
        return Page.of(named(documents.offered(kind, page)), documents.countOffered(kind), page);
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Document find(DocumentRef ref) {
        return documents.find(ref).map(stored -> named(List.of(stored)).getFirst())
                .orElseThrow(() -> new NotFound(NO_SUCH_DOCUMENT));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    @Transactional(readOnly = true)
    public Draft draft(DocumentId document) {
        own(document);
        return draftOf(document);
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public Draft saveDraft(DocumentId document, String title, String body) {
        own(document);
        documents.saveDraft(document, DocumentRules.title(title), DocumentRules.body(body), Actor.current().name(),
                clock.instant());
        return draftOf(document);
    }

    @Override
    @PreAuthorize(Roles.ADMINS_AND_SHAREWELL)
    public Version publish(DocumentId document, Change change, String summary) {
        var doc = own(document);
        var draft = draftOf(document);
        var problems = new LinkedHashMap<String, String>();
        try {
            DocumentRules.summary(summary);
        } catch (InvalidInput refused) {
            problems.putAll(refused.problems());
        }
        if (change == null) {
            problems.put("change", "Say whether the change is minor (wording only) or substantive.");
        }
        if (!doc.audience().isTemplate() && !draft.unfilled().isEmpty()) {
            problems.put("placeholders", "Fill in " + String.join("; ", draft.unfilled().stream().map(Placeholder::label).toList())
                    + " before publishing.");
        }
        if (!draft.unknown().isEmpty()) {
            problems.put("body", "These words in double braces are not placeholders Sharewell knows: "
                    + String.join(", ", draft.unknown().stream().map(word -> "{{" + word + "}}").toList())
                    + ". Correct or remove them.");
        }
        String filled = forReaders(doc, draft.body());
        checks.forEach(check -> check.problemsWith(doc.kind(), filled).forEach(problems::putIfAbsent));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        upstreams.blockOnPublishing(doc, draft.body()).ifPresent(block -> {
            throw new Conflict(block);
        });
        Integer latest = doc.latestVersion();
        if (latest != null) {
            var newest = versions.find(doc.ref(), latest).orElseThrow();
            if (newest.body().equals(draft.body()) && newest.title().equals(draft.title())
                    && newest.filled().equals(filled)) {
                throw new Conflict("Nothing has changed since version " + latest + ". Edit the text before publishing.");
            }
        }
        int number = latest == null ? 1 : latest + 1;
        Integer sourceVersion = doc.source() == null ? null : doc.source().version();
        var version = new Version(doc.ref(), number, draft.title(), draft.body(), filled,
                latest == null ? Change.SUBSTANTIVE : change, summary.strip(), Actor.current().name(), clock.instant(),
                sourceVersion);
        versions.insert(version);
        documents.published(document, draft.title(), number);
        events.publishEvent(new VersionPublished(us().id(), document, doc.kind(), draft.title(), number, version.change(),
                version.summary(), doc.audience(), Actor.current()));
        return version;
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Version> versions(DocumentRef document) {
        find(document);
        return versions.all(document);
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Version version(DocumentRef document, int number) {
        return versions.find(document, number).orElseThrow(() -> new NotFound("There is no version " + number
                + " of that document that your organisation may read."));
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Comparison compare(DocumentRef document, int from, int to) {
        var before = version(document, from);
        var after = version(document, to);
        return new Comparison(document, from, to, WordComparison.rows(before.filled(), after.filled()));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    @Transactional(readOnly = true)
    public Upstream upstream(DocumentId document) {
        return upstreams.of(own(document), draftOf(document).body());
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public Draft takeUpstream(DocumentId document, int newest, List<Upstream.Choice> choices) {
        var doc = own(document);
        var draft = draftOf(document);
        String merged = upstreams.take(doc, draft.body(), newest, choices);
        documents.saveDraft(document, draft.title(), DocumentRules.body(merged), Actor.current().name(), clock.instant());
        return draftOf(document);
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    @Transactional(readOnly = true)
    public List<Adoption> adoptions(DocumentId template) {
        return adoptions.of(own(template));
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Placeholder, String> answers() {
        return answers.filled(us().name());
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public Map<Placeholder, String> answer(Map<Placeholder, String> given) {
        answers.set(given, us().id());
        return answers.filled(us().name());
    }

    /** The text as its readers read it: filled in with the answers, or for a template its blanks left for its adopters. */
    private String forReaders(Document document, String body) {
        return document.audience().isTemplate() ? Placeholders.blanks(body) : Placeholders.fill(body, answers.filled(us().name()));
    }

    private Draft draftOf(DocumentId document) {
        var stored = documents.draft(document).orElseThrow(() -> new NotFound(NO_SUCH_DOCUMENT));
        var known = answers.filled(us().name());
        var template = own(document).audience().isTemplate();
        var unfilled = template ? List.<Placeholder>of()
                : Placeholders.used(stored.body()).stream().filter(placeholder -> !known.containsKey(placeholder)).toList();
        return new Draft(document, stored.title(), stored.body(), stored.updatedBy(), stored.updatedAt(), unfilled,
                Placeholders.unknown(stored.body()));
    }

    /** One of the bound organisation's own documents, or NotFound: another's is never written to. */
    private Document own(DocumentId id) {
        return documents.find(new DocumentRef(us().id(), id)).map(stored -> named(List.of(stored)).getFirst())
                .orElseThrow(() -> new NotFound("There is no such document in your organisation."));
    }

    private Tenant us() {
        return tenants.findById(TenantScope.required()).orElseThrow();
    }

    private List<Document> named(List<DocumentStore.Stored> stored) {
        var names = tenants.findAll(stored.stream().map(found -> found.ref().publisher()).toList());
        return stored.stream().map(found -> new Document(found.ref(),
                names.containsKey(found.ref().publisher()) ? names.get(found.ref().publisher()).name() : "",
                found.kind(), found.audience(), found.title(), found.latestVersion(), found.source(), found.createdAt())).toList();
    }
}
