package org.sharewell.publishing.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.PageRequest;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.publishing.Source;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.publishing.tables.records.DocumentRecord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static sharewell.db.publishing.Tables.DOCUMENT;
import static sharewell.db.publishing.Tables.DRAFT;

/**
 * Documents and their drafts. Reads whatever row-level security lets the bound organisation see: its
 * own documents, and others' through the audience policies.
 */
@Component
class DocumentStore {

    /** A document row, before the publisher's name is looked up. */
    record Stored(DocumentRef ref, DocumentKind kind, Audience audience, String title, @Nullable Integer latestVersion,
                  @Nullable Source source, Instant createdAt) {
    }

    record StoredDraft(DocumentId document, String title, String body, String updatedBy, Instant updatedAt) {
    }

    private final DSLContext db;

    DocumentStore(DSLContext db) {
        this.db = db;
    }

    void insert(DocumentId id, DocumentKind kind, Audience audience, String title, @Nullable Source source, Instant now) {
        db.insertInto(DOCUMENT)
                .set(DOCUMENT.TENANT_ID, TenantScope.required().value())
                .set(DOCUMENT.ID, id.value())
                .set(DOCUMENT.KIND, kind)
                .set(DOCUMENT.AUDIENCE, audience)
                .set(DOCUMENT.TITLE, title)
                .set(DOCUMENT.SOURCE_TENANT_ID, source == null ? null : source.document().publisher().value())
                .set(DOCUMENT.SOURCE_DOCUMENT_ID, source == null ? null : source.document().id().value())
                .set(DOCUMENT.SOURCE_VERSION, source == null ? null : source.version())
                .set(DOCUMENT.CREATED_AT, now)
                .execute();
    }

    Optional<Stored> find(DocumentRef ref) {
        return db.selectFrom(DOCUMENT)
                .where(DOCUMENT.TENANT_ID.eq(ref.publisher().value()), DOCUMENT.ID.eq(ref.id().value()))
                .fetchOptional(DocumentStore::stored);
    }

    List<Stored> ours(DocumentKind kind, PageRequest page) {
        return db.selectFrom(DOCUMENT).where(ours(kind)).orderBy(DOCUMENT.TITLE, DOCUMENT.ID)
                .offset(page.offset()).limit(page.limit()).fetch(DocumentStore::stored);
    }

    int countOurs(DocumentKind kind) {
        return db.fetchCount(DOCUMENT, ours(kind));
    }

    List<Stored> offered(DocumentKind kind, PageRequest page) {
        return db.selectFrom(DOCUMENT).where(offered(kind)).orderBy(DOCUMENT.TITLE, DOCUMENT.TENANT_ID, DOCUMENT.ID)
                .offset(page.offset()).limit(page.limit()).fetch(DocumentStore::stored);
    }

    int countOffered(DocumentKind kind) {
        return db.fetchCount(DOCUMENT, offered(kind));
    }

    /** Whether the bound organisation has published one of its own documents of this kind for its own people. */
    boolean hasPublishedOwn(DocumentKind kind) {
        return db.fetchExists(DOCUMENT, ours(kind).and(DOCUMENT.AUDIENCE.eq(Audience.OWN_ORGANISATION))
                .and(DOCUMENT.LATEST_VERSION.isNotNull()));
    }

    /** The organisation's own published documents of this kind for its own people, by title. */
    List<Stored> publishedOwn(DocumentKind kind) {
        return db.selectFrom(DOCUMENT).where(ours(kind).and(DOCUMENT.AUDIENCE.eq(Audience.OWN_ORGANISATION))
                .and(DOCUMENT.LATEST_VERSION.isNotNull())).orderBy(DOCUMENT.TITLE, DOCUMENT.ID).fetch(DocumentStore::stored);
    }

    /** Others' documents adopted from this one, as far as row-level security lets the bound organisation see them. */
    List<Stored> adoptionsOf(DocumentRef source) {
        return db.selectFrom(DOCUMENT)
                .where(DOCUMENT.SOURCE_TENANT_ID.eq(source.publisher().value()), DOCUMENT.SOURCE_DOCUMENT_ID.eq(source.id().value()),
                        DOCUMENT.TENANT_ID.ne(TenantScope.required().value()))
                .orderBy(DOCUMENT.TENANT_ID, DOCUMENT.ID).fetch(DocumentStore::stored);
    }

    /** The organisation's own document for this audience adopted from this one, if any. */
    Optional<DocumentId> adoptedFrom(DocumentRef source, Audience audience) {
        return db.select(DOCUMENT.ID).from(DOCUMENT)
                .where(DOCUMENT.TENANT_ID.eq(TenantScope.required().value()), DOCUMENT.AUDIENCE.eq(audience),
                        DOCUMENT.SOURCE_TENANT_ID.eq(source.publisher().value()),
                        DOCUMENT.SOURCE_DOCUMENT_ID.eq(source.id().value()))
                .fetchOptional(row -> new DocumentId(row.value1()));
    }

    /** After a version is published: its number, and its title as the document's. */
    void published(DocumentId id, String title, int number) {
        db.update(DOCUMENT).set(DOCUMENT.LATEST_VERSION, number).set(DOCUMENT.TITLE, title)
                .where(DOCUMENT.TENANT_ID.eq(TenantScope.required().value()), DOCUMENT.ID.eq(id.value())).execute();
    }

    /** The upstream version the document's text has now taken in: the base of the next merge. */
    void tookUpstream(DocumentId id, int sourceVersion) {
        db.update(DOCUMENT).set(DOCUMENT.SOURCE_VERSION, sourceVersion)
                .where(DOCUMENT.TENANT_ID.eq(TenantScope.required().value()), DOCUMENT.ID.eq(id.value())).execute();
    }

    Optional<StoredDraft> draft(DocumentId id) {
        return db.selectFrom(DRAFT)
                .where(DRAFT.TENANT_ID.eq(TenantScope.required().value()), DRAFT.DOCUMENT_ID.eq(id.value()))
                .fetchOptional(row -> new StoredDraft(id, row.getTitle(), row.getBody(), row.getUpdatedBy(), row.getUpdatedAt()));
    }

    void saveDraft(DocumentId id, String title, String body, String by, Instant now) {
        db.insertInto(DRAFT)
                .set(DRAFT.TENANT_ID, TenantScope.required().value())
                .set(DRAFT.DOCUMENT_ID, id.value())
                .set(DRAFT.TITLE, title)
                .set(DRAFT.BODY, body)
                .set(DRAFT.UPDATED_BY, by)
                .set(DRAFT.UPDATED_AT, now)
                .onConflict(DRAFT.TENANT_ID, DRAFT.DOCUMENT_ID).doUpdate()
                .set(DRAFT.TITLE, title)
                .set(DRAFT.BODY, body)
                .set(DRAFT.UPDATED_BY, by)
                .set(DRAFT.UPDATED_AT, now)
                .execute();
    }

    private static Condition ours(DocumentKind kind) {
        return DOCUMENT.TENANT_ID.eq(TenantScope.required().value()).and(DOCUMENT.KIND.eq(kind));
    }

    /** Others' published templates; which of them this organisation may see is the database's decision. */
    private static Condition offered(DocumentKind kind) {
        return DOCUMENT.TENANT_ID.ne(TenantScope.required().value()).and(DOCUMENT.KIND.eq(kind))
                .and(DOCUMENT.AUDIENCE.ne(Audience.OWN_ORGANISATION)).and(DOCUMENT.LATEST_VERSION.isNotNull());
    }

    private static Stored stored(DocumentRecord row) {
        var ref = new DocumentRef(new TenantId(row.getTenantId()), new DocumentId(row.getId()));
        Source source = row.getSourceDocumentId() == null ? null
                : new Source(new DocumentRef(new TenantId(row.getSourceTenantId()), new DocumentId(row.getSourceDocumentId())),
                        row.getSourceVersion());
        return new Stored(ref, row.getKind(), row.getAudience(), row.getTitle(), row.getLatestVersion(), source,
                row.getCreatedAt());
    }
}
