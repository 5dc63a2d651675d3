package org.sharewell.publishing.internal;

import org.jooq.DSLContext;
import org.sharewell.publishing.Placeholder;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static sharewell.db.publishing.Tables.ANSWER;

/** The bound organisation's answers to placeholders. */
@Component
class AnswerStore {

    private final DSLContext db;

    AnswerStore(DSLContext db) {
        this.db = db;
    }

    Map<Placeholder, String> all() {
        var answers = new EnumMap<Placeholder, String>(Placeholder.class);
        db.selectFrom(ANSWER).fetch().forEach(row ->
                Placeholder.byWord(row.getPlaceholder()).ifPresent(placeholder -> answers.put(placeholder, row.getValue())));
        return answers;
    }

    void put(Placeholder placeholder, String value, Instant now) {
        db.insertInto(ANSWER)
                .set(ANSWER.TENANT_ID, TenantScope.required().value())
                .set(ANSWER.PLACEHOLDER, placeholder.word())
                .set(ANSWER.VALUE, value)
                .set(ANSWER.UPDATED_AT, now)
                .onConflict(ANSWER.TENANT_ID, ANSWER.PLACEHOLDER).doUpdate()
                .set(ANSWER.VALUE, value)
                .set(ANSWER.UPDATED_AT, now)
                .execute();
    }

    void remove(Placeholder placeholder) {
        db.deleteFrom(ANSWER).where(ANSWER.TENANT_ID.eq(TenantScope.required().value()),
                ANSWER.PLACEHOLDER.eq(placeholder.word())).execute();
    }
}
