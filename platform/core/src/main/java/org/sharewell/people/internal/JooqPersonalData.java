package org.sharewell.people.internal;

import org.sharewell.people.Level;

import org.sharewell.audit.Actor;

import org.sharewell.kernel.UkTime;

import org.apache.commons.csv.CSVFormat;
import org.jooq.DSLContext;
import org.sharewell.accounts.Accounts;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditLog;
import org.sharewell.mail.Outbox;
import org.sharewell.people.KeyRole;
import org.sharewell.people.PeopleEvent.PersonChanged;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonalData;
import org.sharewell.people.PersonalDataSource;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.kernel.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static sharewell.db.people.Tables.INVITATION;
import static sharewell.db.people.Tables.KEY_ROLE;
import static sharewell.db.people.Tables.PERSON;

@Service
@Transactional
@PreAuthorize(JooqPeople.MANAGES_PEOPLE)
class JooqPersonalData implements PersonalData {

    private final DSLContext db;
    private final JooqPeople people;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final ObjectProvider<PersonalDataSource> sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JooqPersonalData(DSLContext db, JooqPeople people, Accounts accounts, AuditLog auditLog, Outbox outbox,
                     ObjectProvider<PersonalDataSource> sources, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.people = people;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, String>>> export(PersonId id) {
        var person = people.require(id);
        var sections = new LinkedHashMap<String, List<Map<String, String>>>();
        var details = new LinkedHashMap<String, String>();
        details.put("Name", person.fullName());
        details.put("Email", person.email() == null ? "" : person.email());
        details.put("Kind", person.kind().description());
        details.put("Volunteering", person.volunteerTerm() == null ? "" : person.volunteerTerm().description());
        details.put("Last day of volunteering", person.volunteeringEndsOn() == null ? "" : UkTime.date(person.volunteeringEndsOn()));
        details.put("Level", person.level().description());
        details.put("Active", person.active() ? "Yes" : "No");
        sections.put("Person", List.of(details));
        sections.put("Key roles", person.keyRoles().stream().sorted()
                .map(role -> Map.of("Role", role.description())).toList());
        sections.put("Login", person.hasLogin()
                ? List.of(Map.of("Email", person.email() == null ? "" : person.email(), "Can log in", person.active() ? "Yes" : "No"))
                : List.of());
        sections.put("Invitations", db.selectFrom(INVITATION).where(INVITATION.PERSON_ID.eq(id.value())).fetch().stream()
                .map(row -> Map.of("Invited", UkTime.dateAndTime(row.getInvitedAt()),
                        "Accepted", row.getAcceptedAt() == null ? "" : UkTime.dateAndTime(row.getAcceptedAt())))
                .toList());
        sections.put("Email sent to them", person.email() == null ? List.of() : outbox.emailTo(person.email()).stream()
                .map(email -> Map.of("Queued", UkTime.dateAndTime(email.queuedAt()),
                        "Sent", email.sent() ? UkTime.dateAndTime(email.sentAt()) : "Not yet",
                        "Subject", email.email().subject(), "Text", email.email().text()))
                .toList());
        sources.orderedStream().forEach(source -> sections.put(source.section(), source.recordsAbout(id)));
        return sections;
    }

    @Override
    @Transactional(readOnly = true)
    public void exportCsv(PersonId id, Writer out) throws IOException {
        try (var csv = CSVFormat.DEFAULT.builder().setHeader("Section", "Record", "Field", "Value").get().print(out)) {
            for (var section : export(id).entrySet()) {
                int record = 1;
                for (var fields : section.getValue()) {
                    for (var field : fields.entrySet()) {
                        csv.printRecord(section.getKey(), record, field.getKey(), field.getValue());
                    }
                    record++;
                }
            }
        }
    }

    @Override
    public void erase(PersonId id) {
        var person = people.require(id);
        if (person.holds(KeyRole.TENANT_ADMIN) && people.adminsOtherThan(id) == 0) {
            throw InvalidInput.of("person", "Every organisation needs at least one tenant admin. Make someone else an admin first.");
        }
        sources.orderedStream().forEach(source -> source.erase(person));
        if (person.email() != null) {
            outbox.forgetEmailTo(person.email());
        }
        db.deleteFrom(KEY_ROLE).where(KEY_ROLE.PERSON_ID.eq(id.value())).execute();
        db.deleteFrom(INVITATION).where(INVITATION.PERSON_ID.eq(id.value())).execute();
        db.update(PERSON)
                .set(PERSON.FULL_NAME, "Erased person")
                .setNull(PERSON.EMAIL)
                .set(PERSON.ACTIVE, false)
                .set(PERSON.LEVEL, Level.EVERYONE)
                .set(PERSON.ERASED_AT, clock.instant())
                .where(PERSON.ID.eq(id.value()))
                .execute();
        if (person.hasLogin()) {
            accounts.erase(person.accountId());
        }
        auditLog.forget(person.fullName(), person.email(), person.hasLogin() ? person.accountId().value() : null);
        // Recorded after forgetting, so the log keeps that an erasure happened without saying of whom.
        events.publishEvent(new PersonChanged(TenantScope.required(), id, "Erased person", AuditArea.PEOPLE,
                "Personal data erased", "", "", Actor.current()));
    }
}
