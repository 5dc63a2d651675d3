package org.sharewell.membership.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sharewell.membership.Contact;
import org.sharewell.membership.OnboardingStep;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static sharewell.db.membership.Tables.CONTACT;
import static sharewell.db.membership.Tables.ONBOARDING_STEP;

/**
 * What a member group shows its umbrella bodies: its contacts and the onboarding steps it has done,
 * kept as rows the group owns. Row-level security decides whose rows a read returns: the bound
 * organisation's own, or those of the groups actively linked to the bound umbrella body.
 */
@Component
class MemberProfileStore {

    /** One contact as stored, by the person it copies. */
    record StoredContact(UUID personId, String name, String email) {
    }

    private final DSLContext db;

    MemberProfileStore(DSLContext db) {
        this.db = db;
    }

    /** The contacts of each group whose rows are visible, in name order. */
    Map<TenantId, List<Contact>> contactsOf(Collection<TenantId> groups) {
        var contacts = new HashMap<TenantId, List<Contact>>();
        if (!groups.isEmpty()) {
            db.selectFrom(CONTACT).where(CONTACT.TENANT_ID.in(ids(groups))).orderBy(DSL.lower(CONTACT.FULL_NAME))
                    .forEach(row -> contacts.computeIfAbsent(new TenantId(row.getTenantId()), group -> new ArrayList<>())
                            .add(new Contact(row.getFullName(), row.getEmail())));
        }
        return contacts;
    }

    /** The steps each group whose rows are visible has done, with when they were first seen done. */
    Map<TenantId, Map<OnboardingStep, Instant>> stepsDoneBy(Collection<TenantId> groups) {
        var done = new HashMap<TenantId, Map<OnboardingStep, Instant>>();
        if (!groups.isEmpty()) {
            db.selectFrom(ONBOARDING_STEP).where(ONBOARDING_STEP.TENANT_ID.in(ids(groups))).forEach(row -> done
                    .computeIfAbsent(new TenantId(row.getTenantId()), group -> new EnumMap<>(OnboardingStep.class))
                    .put(row.getStep(), row.getDoneAt()));
        }
        return done;
    }

    List<StoredContact> ownContacts() {
        return db.select(CONTACT.PERSON_ID, CONTACT.FULL_NAME, CONTACT.EMAIL).from(CONTACT)
                .where(CONTACT.TENANT_ID.eq(TenantScope.required().value()))
                .fetch(row -> new StoredContact(row.value1(), row.value2(), row.value3()));
    }

    void replaceOwnContacts(List<StoredContact> contacts) {
        UUID group = TenantScope.required().value();
        db.deleteFrom(CONTACT).where(CONTACT.TENANT_ID.eq(group)).execute();
        for (var contact : contacts) {
            db.insertInto(CONTACT)
                    .set(CONTACT.TENANT_ID, group)
                    .set(CONTACT.PERSON_ID, contact.personId())
                    .set(CONTACT.FULL_NAME, contact.name())
                    .set(CONTACT.EMAIL, contact.email())
                    .execute();
        }
    }

    Set<OnboardingStep> ownStepsDone() {
        return db.select(ONBOARDING_STEP.STEP).from(ONBOARDING_STEP)
                .where(ONBOARDING_STEP.TENANT_ID.eq(TenantScope.required().value())).fetchSet(ONBOARDING_STEP.STEP);
    }

    /** Records a step as done from now; a step already recorded keeps the time it was first seen done. */
    void recordOwnStep(OnboardingStep step) {
        db.insertInto(ONBOARDING_STEP)
                .set(ONBOARDING_STEP.TENANT_ID, TenantScope.required().value())
                .set(ONBOARDING_STEP.STEP, step)
                .onConflictDoNothing().execute();
    }

    private static List<UUID> ids(Collection<TenantId> groups) {
        return groups.stream().map(TenantId::value).distinct().toList();
    }
}
