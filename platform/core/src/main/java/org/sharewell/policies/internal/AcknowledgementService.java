package org.sharewell.policies.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.PageRequest;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.kernel.UkTime;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonKind;
import org.sharewell.policies.AcknowledgementStatus;
import org.sharewell.policies.Acknowledgements;
import org.sharewell.policies.LinkedPolicy;
import org.sharewell.policies.PoliciesEvent.AcknowledgementsAsked;
import org.sharewell.policies.PoliciesEvent.PolicyAcknowledged;
import org.sharewell.policies.ToRead;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.PublishedDocuments;
import org.sharewell.tenancy.Tenant;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Asking people to read a policy and recording that they have; see {@link Acknowledgements}. */
@Service
@Transactional
class AcknowledgementService implements Acknowledgements {

    static final String LINK_NO_LONGER_WORKS = "This link no longer works. It may have been used already, replaced by a "
            + "newer one or have expired. Ask your organisation for a new one, or sign in to read the policy.";

    private final AcknowledgementStore acknowledgements;
    private final Documents documents;
    private final PublishedDocuments published;
    private final People people;
    private final Tenants tenants;
    private final PolicyEmails emails;
    private final AcknowledgementReminderJob reminders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AcknowledgementService(AcknowledgementStore acknowledgements, Documents documents, PublishedDocuments published,
                           People people, Tenants tenants,
                           PolicyEmails emails, AcknowledgementReminderJob reminders, ApplicationEventPublisher events,
                           Clock clock) {
        this.acknowledgements = acknowledgements;
        this.documents = documents;
        this.published = published;
        this.people = people;
        this.tenants = tenants;
        this.emails = emails;
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<PersonKind> readersOf(DocumentId policy) {
        documents.ours(policy);
        return acknowledgements.readers(policy).orElse(AcknowledgementRules.DEFAULT_READERS);
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    public Set<PersonKind> changeReaders(DocumentId policy, Set<PersonKind> kinds) {
        documents.ours(policy);
        acknowledgements.changeReaders(policy, AcknowledgementRules.readers(kinds));
        return readersOf(policy);
    }

    /**
     * Asks everyone the policy applies to to read this version: in the transaction that published it,
     * by whoever published it (who may look people up).
     */
    void ask(DocumentId policy, String title, int version) {
        var kinds = acknowledgements.readers(policy).orElse(AcknowledgementRules.DEFAULT_READERS);
        var now = clock.instant();
        LocalDate dueOn = AcknowledgementRules.dueOn(UkTime.today(clock));
        acknowledgements.retireLinks(policy, version);
        int asked = 0;
        for (Person person : everyone()) {
            if (!person.active() || person.erased() || !kinds.contains(person.kind())) {
                continue;
            }
            UUID id = UUID.randomUUID();
            String token = person.email() == null ? null : SecretTokens.newToken();
            var expires = AcknowledgementRules.linkExpiresAt(dueOn);
            acknowledgements.insert(id, policy, title, version, person.id(), person.fullName(), person.kind(), person.email(),
                    token == null ? null : SecretTokens.hash(token), token == null ? null : expires, now, dueOn);
            if (token != null) {
                emails.pleaseRead(person.email(), person.fullName(), title, version, dueOn, token, expires);
                reminders.first(id, now, dueOn);
            }
            asked++;
        }
        events.publishEvent(new AcknowledgementsAsked(TenantScope.required(), policy, title, version, asked, Actor.current()));
    }

    @Override
    @Transactional(readOnly = true)
    public LinkedPolicy byLink(String token) {
        var asked = acknowledgements.byLink(SecretTokens.hash(token), clock.instant(), false)
                .orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
        var version = published.version(asked.policy(), asked.version()).orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
        var since = acknowledgements.lastAcknowledged(asked.policy(), asked.person(), asked.version());
        var changes = since.map(from -> published.changes(asked.policy(), from, asked.version())).orElse(List.of());
        return new LinkedPolicy(organisation().name(), asked.name(), version, asked.dueOn(), changes, since.orElse(0));
    }

    @Override
    public void acknowledgeByLink(String token) {
        var asked = acknowledgements.byLink(SecretTokens.hash(token), clock.instant(), true)
                .orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
        acknowledgements.acknowledge(asked.id(), "the emailed link", clock.instant());
        events.publishEvent(new PolicyAcknowledged(TenantScope.required(), asked.policy(), asked.title(), asked.version(),
                asked.name(), "by the emailed link", Actor.current()));
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ToRead> mine() {
        return people.me().map(me -> acknowledgements.outstandingFor(me.id()).stream()
                .map(asked -> new ToRead(new DocumentRef(TenantScope.required(), asked.policy()), asked.title(), asked.version(),
                        asked.dueOn())).toList()).orElse(List.of());
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    public void acknowledge(DocumentId policy, int version) {
        var me = people.me().orElseThrow(() -> new NotFound("Your login is not linked to a person in your organisation."));
        var asked = acknowledgements.of(policy, version, me.id()).filter(found -> found.acknowledgedAt() == null)
                .orElseThrow(() -> new NotFound("You have not been asked to read version " + version + " of this policy, "
                        + "or you have said you have read it already."));
        acknowledgements.acknowledge(asked.id(), me.fullName() + ", signed in", clock.instant());
        events.publishEvent(new PolicyAcknowledged(TenantScope.required(), policy, asked.title(), version, me.fullName(),
                "signed in", Actor.current()));
    }

    @Override
    @PreAuthorize(Roles.ADMINS)
    @Transactional(readOnly = true)
    public Optional<AcknowledgementStatus> status(DocumentId policy) {
        documents.ours(policy);
        return acknowledgements.newestAsked(policy).map(version -> {
            var asked = acknowledgements.askedToRead(policy, version);
            String title = asked.isEmpty() ? "" : asked.getFirst().title();
            LocalDate dueOn = asked.isEmpty() ? UkTime.today(clock) : asked.getFirst().dueOn();
            return new AcknowledgementStatus(policy, title, version, dueOn,
                    asked.stream().map(AcknowledgementStore.Asked::reader).toList());
        });
    }

    private List<Person> everyone() {
        var everyone = new ArrayList<Person>();
        for (int offset = 0; ; offset += PageRequest.MOST) {
            var page = people.list(null, PageRequest.of(offset, PageRequest.MOST)).items();
            everyone.addAll(page);
            if (page.size() < PageRequest.MOST) {
                return everyone;
            }
        }
    }

    private Tenant organisation() {
        return tenants.findById(TenantScope.required()).orElseThrow();
    }
}
