package org.sharewell.publishing.internal;

import org.jooq.DSLContext;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.publishing.Version;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.publishing.tables.records.VersionRecord;

import java.util.List;
import java.util.Optional;

import static sharewell.db.publishing.Tables.VERSION;

/** Published versions: only ever added, never changed (the database role may not). */
@Component
class VersionStore {

    private final DSLContext db;

    VersionStore(DSLContext db) {
        this.db = db;
    }

    void insert(Version version) {
        db.insertInto(VERSION)
                .set(VERSION.TENANT_ID, TenantScope.required().value())
                .set(VERSION.DOCUMENT_ID, version.document().id().value())
                .set(VERSION.NUMBER, version.number())
                .set(VERSION.TITLE, version.title())
                .set(VERSION.BODY, version.body())
                .set(VERSION.FILLED, version.filled())
                .set(VERSION.CHANGE, version.change())
                .set(VERSION.SUMMARY, version.summary())
                .set(VERSION.PUBLISHED_BY, version.publishedBy())
                .set(VERSION.PUBLISHED_AT, version.publishedAt())
                .set(VERSION.SOURCE_VERSION, version.sourceVersion())
                .execute();
    }

    Optional<Version> find(DocumentRef document, int number) {
        return db.selectFrom(VERSION)
                .where(VERSION.TENANT_ID.eq(document.publisher().value()), VERSION.DOCUMENT_ID.eq(document.id().value()),
                        VERSION.NUMBER.eq(number))
                .fetchOptional(row -> version(document, row));
    }

    List<Version> all(DocumentRef document) {
        return db.selectFrom(VERSION)
                .where(VERSION.TENANT_ID.eq(document.publisher().value()), VERSION.DOCUMENT_ID.eq(document.id().value()))
                .orderBy(VERSION.NUMBER.desc())
                .fetch(row -> version(document, row));
    }

    private static Version version(DocumentRef document, VersionRecord row) {
        return new Version(document, row.getNumber(), row.getTitle(), row.getBody(), row.getFilled(), row.getChange(),
                row.getSummary(), row.getPublishedBy(), row.getPublishedAt(), row.getSourceVersion());
    }
}
