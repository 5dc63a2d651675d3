package org.sharewell.people.internal;

import org.sharewell.kernel.CsvFile;
import org.sharewell.accounts.Accounts;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditLog;
import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Outbox;
import org.sharewell.people.KeyRole;
import org.sharewell.people.PeopleEvent.PersonChanged;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonalData;
import org.sharewell.people.PersonalDataSource;
import org.sharewell.tenancy.TenantScope;
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

/** Subject access and erasure, UK GDPR; see {@link PersonalData} for the contract. */
@Service
@Transactional
@PreAuthorize(PeopleService.MANAGES_PEOPLE)
class PersonalDataService implements PersonalData {

    private final PeopleService people;
    private final PersonStore persons;
    private final InvitationStore invitations;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final Outbox outbox;
    private final ObjectProvider<PersonalDataSource> sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataService(PeopleService people, PersonStore persons, InvitationStore invitations, Accounts accounts,
                        AuditLog auditLog, Outbox outbox, ObjectProvider<PersonalDataSource> sources,
                        ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.persons = persons;
        this.invitations = invitations;
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
        sections.put("Invitations", invitations.sentTo(id).stream()
                .map(sent -> Map.of("Invited", UkTime.dateAndTime(sent.invitedAt()),
                        "Accepted", sent.acceptedAt() == null ? "" : UkTime.dateAndTime(sent.acceptedAt())))
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
        // Everything is gathered, and so every check made, before the first character is written:
        // a refusal can then still be answered as one, instead of cutting a file off half-way.
        var sections = export(id);
        var csv = CsvFile.start(out, "Section", "Record", "Field", "Value");
        for (var section : sections.entrySet()) {
            int record = 1;
            for (var fields : section.getValue()) {
                for (var field : fields.entrySet()) {
                    csv.row(section.getKey(), record, field.getKey(), field.getValue());
                }
                record++;
            }
        }
        csv.finish();
    }

    @Override
    public void erase(PersonId id) {
        var person = people.require(id);
        if (person.holds(KeyRole.TENANT_ADMIN)) {
            PersonRules.checkAnotherAdminRemains(persons.activeAdminsOtherThan(id), "person");
        }
        sources.orderedStream().forEach(source -> source.erase(person));
        if (person.email() != null) {
            outbox.forgetEmailTo(person.email());
        }
        invitations.deleteAllFor(id);
        persons.erase(id, clock.instant());
        if (person.hasLogin()) {
            accounts.erase(person.accountId());
        }
        auditLog.forget(person.fullName(), person.email(), person.hasLogin() ? person.accountId().value() : null);
        // Recorded after forgetting, so the log keeps that an erasure happened without saying of whom.
        events.publishEvent(new PersonChanged(TenantScope.required(), id, PersonStore.ERASED_NAME, AuditArea.PEOPLE,
                "Personal data erased", "", "", Actor.current()));
    }
}
