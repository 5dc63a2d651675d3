package org.sharewell.posting.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.sharewell.kernel.Page;
import org.sharewell.kernel.PageRequest;
import org.sharewell.people.PersonId;
import org.sharewell.posting.CheckFigures;
import org.sharewell.posting.CheckRequest;
import org.sharewell.posting.CheckRequestId;
import org.sharewell.posting.CheckStatus;
import org.sharewell.publishing.DocumentId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;
import sharewell.db.posting.tables.records.CheckRequestRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.posting.Tables.CHECK_REQUEST;

/** Check requests and their answers. */
@Component
class CheckRequestStore {

    /** A request with who asked and who is to answer, as only this module needs them. */
    record Stored(CheckRequest request, PersonId requester, String requesterEmail, String contactEmail) {
    }

    private final DSLContext db;

    CheckRequestStore(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, DocumentId policy, int version, String path, String kind, String draft, String platform,
                String account, LocalDate deadline, PersonId requester, String requesterName, String requesterEmail,
                String contactName, String contactEmail, byte[] tokenHash, Instant linkExpiresAt, Instant now) {
        db.insertInto(CHECK_REQUEST)
                .set(CHECK_REQUEST.TENANT_ID, TenantScope.required().value())
                .set(CHECK_REQUEST.ID, id)
                .set(CHECK_REQUEST.DOCUMENT_ID, policy.value())
                .set(CHECK_REQUEST.VERSION, version)
                .set(CHECK_REQUEST.PATH, path)
                .set(CHECK_REQUEST.KIND, kind)
                .set(CHECK_REQUEST.DRAFT, draft)
                .set(CHECK_REQUEST.PLATFORM, platform)
                .set(CHECK_REQUEST.ACCOUNT, account)
                .set(CHECK_REQUEST.DEADLINE, deadline)
                .set(CHECK_REQUEST.REQUESTER_ID, requester.value())
                .set(CHECK_REQUEST.REQUESTER_NAME, requesterName)
                .set(CHECK_REQUEST.REQUESTER_EMAIL, requesterEmail)
                .set(CHECK_REQUEST.CONTACT_NAME, contactName)
                .set(CHECK_REQUEST.CONTACT_EMAIL, contactEmail)
                .set(CHECK_REQUEST.TOKEN_HASH, tokenHash)
                .set(CHECK_REQUEST.LINK_EXPIRES_AT, linkExpiresAt)
                .set(CHECK_REQUEST.ASKED_AT, now)
                .execute();
    }

    /** Locked when it is about to be answered, so two answers at once give one. */
    Optional<Stored> find(CheckRequestId id, boolean toAnswer) {
        var query = db.selectFrom(CHECK_REQUEST).where(CHECK_REQUEST.TENANT_ID.eq(TenantScope.required().value()),
                CHECK_REQUEST.ID.eq(id.value()));
        return (toAnswer ? query.forUpdate().fetchOptional() : query.fetchOptional()).map(CheckRequestStore::stored);
    }

    /** The request a contact's link stands for, while the link works: unanswered and unexpired. */
    Optional<Stored> byLink(byte[] tokenHash, Instant now, boolean toAnswer) {
        var query = db.selectFrom(CHECK_REQUEST).where(CHECK_REQUEST.TOKEN_HASH.eq(tokenHash),
                CHECK_REQUEST.LINK_EXPIRES_AT.gt(now), CHECK_REQUEST.STATUS.eq(CheckStatus.ASKED));
        return (toAnswer ? query.forUpdate().fetchOptional() : query.fetchOptional()).map(CheckRequestStore::stored);
    }

    Page<CheckRequest> byRequester(PersonId requester, PageRequest page) {
        return page(CHECK_REQUEST.REQUESTER_ID.eq(requester.value()), page);
    }

    /** Each word matched as the start of a word after English stemming; the words hold only letters and digits. */
    Page<CheckRequest> search(List<String> words, @Nullable CheckStatus status, PageRequest page) {
        Condition matching = words.isEmpty() ? DSL.noCondition()
                : DSL.condition("{0} @@ to_tsquery('english', {1})", CHECK_REQUEST.SEARCH,
                DSL.val(String.join(" & ", words.stream().map(word -> "'" + word + "':*").toList())));
        return page(matching.and(status == null ? DSL.noCondition() : CHECK_REQUEST.STATUS.eq(status)), page);
    }

    void answer(CheckRequestId id, CheckStatus answer, String note, String by, Instant now) {
        db.update(CHECK_REQUEST).set(CHECK_REQUEST.STATUS, answer).set(CHECK_REQUEST.NOTE, note)
                .set(CHECK_REQUEST.ANSWERED_BY, by).set(CHECK_REQUEST.ANSWERED_AT, now)
                .set(CHECK_REQUEST.TOKEN_HASH, (byte[]) null)
                .where(CHECK_REQUEST.TENANT_ID.eq(TenantScope.required().value()), CHECK_REQUEST.ID.eq(id.value())).execute();
    }

    /** The figures since a moment; "by the deadline" means before the end of that day in the UK. */
    CheckFigures figures(int days, Instant since, LocalDate today) {
        var row = db.resultQuery("""
                        SELECT count(*), count(answered_at), count(*) FILTER (WHERE status = 'ASKED'),
                               count(*) FILTER (WHERE status = 'ASKED' AND deadline < {2}),
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - asked_at)),
                               count(*) FILTER (WHERE answered_at < ((deadline + 1)::timestamp AT TIME ZONE 'Europe/London'))
                        FROM posting.check_request WHERE tenant_id = {0} AND asked_at >= {1}""",
                DSL.val(TenantScope.required().value()), DSL.val(since), DSL.val(today)).fetchOne();
        Double median = row.get(4, Double.class);
        return new CheckFigures(days, row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, Integer.class),
                row.get(3, Integer.class), median == null ? null : Duration.ofSeconds(Math.round(median)),
                row.get(5, Integer.class));
    }

    private Page<CheckRequest> page(Condition condition, PageRequest page) {
        var where = CHECK_REQUEST.TENANT_ID.eq(TenantScope.required().value()).and(condition);
        int total = db.fetchCount(CHECK_REQUEST, where);
        var items = db.selectFrom(CHECK_REQUEST).where(where).orderBy(CHECK_REQUEST.ASKED_AT.desc(), CHECK_REQUEST.ID)
                .offset(page.offset()).limit(page.limit()).fetch(row -> stored(row).request());
        return Page.of(items, total, page);
    }

    private static Stored stored(CheckRequestRecord row) {
        return new Stored(new CheckRequest(new CheckRequestId(row.getId()), new DocumentId(row.getDocumentId()), row.getVersion(),
                row.getPath(), row.getKind(), row.getDraft(), row.getPlatform(), row.getAccount(), row.getDeadline(),
                row.getRequesterName(), row.getContactName(), row.getAskedAt(), row.getStatus(), row.getNote(),
                row.getAnsweredBy(), row.getAnsweredAt()),
                new PersonId(row.getRequesterId()), row.getRequesterEmail(), row.getContactEmail());
    }
}
