package org.sharewell.people.internal;

import org.jooq.DSLContext;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static sharewell.db.people.Tables.INVITATION;
import static sharewell.db.people.Tables.PERSON;

/**
 * The invitation table, under row-level security for the bound tenant. An invitation is stored as
 * the SHA-256 hash of its link's token, never the token itself.
 */
@Component
class InvitationStore {

    /** An invitation whose link still works, with the person it is for. */
    record Open(UUID id, PersonId person, String fullName, String email, Instant expiresAt) {
    }

    /** When a person was invited, and when (if ever) they accepted. */
    record Sent(Instant invitedAt, Instant acceptedAt) {
    }

    private final DSLContext db;

    InvitationStore(DSLContext db) {
        this.db = db;
    }

    /** Stores a new invitation for the person; any earlier one that was not accepted stops working. */
    void replace(PersonId person, String token, Instant expiresAt) {
        db.deleteFrom(INVITATION).where(INVITATION.PERSON_ID.eq(person.value()), INVITATION.ACCEPTED_AT.isNull()).execute();
        db.insertInto(INVITATION)
                .set(INVITATION.TENANT_ID, TenantScope.required().value())
                .set(INVITATION.ID, UUID.randomUUID())
                .set(INVITATION.PERSON_ID, person.value())
                .set(INVITATION.TOKEN_HASH, SecretTokens.hash(token))
                .set(INVITATION.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** The invitation behind the token, if it is unused, unexpired and for an active person without a login. */
    Optional<Open> open(String token, Instant now) {
        byte[] hash = SecretTokens.hash(token);
        if (hash == null) {
            return Optional.empty();
        }
        return db.select(INVITATION.ID, PERSON.ID, PERSON.FULL_NAME, PERSON.EMAIL, INVITATION.EXPIRES_AT)
                .from(INVITATION).join(PERSON).on(PERSON.TENANT_ID.eq(INVITATION.TENANT_ID), PERSON.ID.eq(INVITATION.PERSON_ID))
                .where(INVITATION.TOKEN_HASH.eq(hash), INVITATION.ACCEPTED_AT.isNull(), INVITATION.EXPIRES_AT.gt(now),
                        PERSON.ACTIVE.isTrue(), PERSON.ACCOUNT_ID.isNull())
                .fetchOptional(row -> new Open(row.value1(), new PersonId(row.value2()), row.value3(), row.value4(),
                        row.value5()));
    }

    void markAccepted(UUID invitation, Instant at) {
        db.update(INVITATION).set(INVITATION.ACCEPTED_AT, at).where(INVITATION.ID.eq(invitation)).execute();
    }

    List<Sent> sentTo(PersonId person) {
        return db.select(INVITATION.INVITED_AT, INVITATION.ACCEPTED_AT).from(INVITATION)
                .where(INVITATION.PERSON_ID.eq(person.value())).orderBy(INVITATION.INVITED_AT)
                .fetch(row -> new Sent(row.value1(), row.value2()));
    }

    void deleteAllFor(PersonId person) {
        db.deleteFrom(INVITATION).where(INVITATION.PERSON_ID.eq(person.value())).execute();
    }
}
