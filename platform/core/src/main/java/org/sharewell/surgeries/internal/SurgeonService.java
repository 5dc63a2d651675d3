package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.NotFound;
import org.sharewell.kernel.Roles;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.Surgeon;
import org.sharewell.surgeries.SurgeonId;
import org.sharewell.surgeries.Surgeons;
import org.sharewell.surgeries.SurgeriesEvent.SurgeonAdded;
import org.sharewell.surgeries.SurgeryId;
import org.sharewell.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import sharewell.db.surgeries.tables.records.SurgeonRecord;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/** Surgeons and their calendar feeds; see {@link Surgeons}. */
@Service
@Transactional
class SurgeonService implements Surgeons {

    static final String LINK_NO_LONGER_WORKS = "This link no longer works. Ask the host of the surgery for a new one.";

    private final SurgeonStore surgeons;
    private final SurgeryStore surgeries;
    private final SurgeonEmails emails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurgeonService(SurgeonStore surgeons, SurgeryStore surgeries, SurgeonEmails emails, ApplicationEventPublisher events,
                   Clock clock) {
        this.surgeons = surgeons;
        this.surgeries = surgeries;
        this.emails = emails;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    public Surgeon add(SurgeryId surgery, String name, String email) {
        var found = surgeries.find(surgery, false).orElseThrow(() -> new NotFound(SurgeryService.NO_SUCH_SURGERY));
        var problems = new LinkedHashMap<String, String>();
        if (name == null || name.strip().length() < 2 || name.strip().length() > 200) {
            problems.put("name", "Write the surgeon's name.");
        }
        EmailAddresses.problemWith(email).ifPresent(problem -> problems.put("email", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        var row = surgeons.findOrAdd(name, email, clock.instant());
        var id = new SurgeonId(row.getId());
        var dates = surgeries.occurrences(surgery, clock.instant()).stream()
                .filter(date -> date.status() == OccurrenceStatus.SCHEDULED).toList();
        dates.forEach(date -> surgeons.comesTo(id, date.id()));
        String feed = SecretTokens.newToken();
        String link = SecretTokens.newToken();
        surgeons.tokens(id, SecretTokens.hash(feed), SecretTokens.hash(link));
        emails.added(row, found.title(), dates, feed, link);
        events.publishEvent(new SurgeonAdded(TenantScope.required(), id, row.getName(), found.title(), dates.size(),
                Actor.current()));
        return surgeon(surgeons.byEmail(row.getEmail()).orElseThrow());
    }

    @Override
    @PreAuthorize(Roles.CHAMPIONS_AND_ADMINS)
    @Transactional(readOnly = true)
    public List<Surgeon> ours() {
        return surgeons.all().stream().map(this::surgeon).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public String feed(String feedToken) {
        var row = feedToken == null || feedToken.length() > 100 ? null
                : surgeons.byFeed(SecretTokens.hash(feedToken)).orElse(null);
        if (row == null) {
            throw new NotFound(LINK_NO_LONGER_WORKS);
        }
        var from = clock.instant().minus(Duration.ofDays(31));
        var dates = datesOf(row).stream().filter(date -> date.endsAt().isAfter(from)).toList();
        var their = new java.util.HashMap<SurgeryId, org.sharewell.surgeries.Surgery>();
        dates.forEach(date -> their.computeIfAbsent(date.surgery(), id -> surgeries.find(id, false).orElseThrow()));
        return SurgeryCalendar.feed("sessions for " + row.getName(), dates, their::get);
    }

    @Override
    @Transactional(readOnly = true)
    public Surgeon byLink(String token) {
        return surgeon(linked(token, false));
    }

    @Override
    public String renewFeed(String token) {
        var row = linked(token, true);
        String feed = SecretTokens.newToken();
        surgeons.tokens(new SurgeonId(row.getId()), SecretTokens.hash(feed), null);
        emails.renewed(row, feed);
        return emails.feedAddress(feed);
    }

    @Override
    public Surgeon stopFeed(String token) {
        var row = linked(token, true);
        surgeons.tokens(new SurgeonId(row.getId()), null, null);
        return surgeon(surgeons.byEmail(row.getEmail()).orElseThrow());
    }

    private SurgeonRecord linked(String token, boolean toChange) {
        return (token == null || token.length() > 100 ? java.util.Optional.<SurgeonRecord>empty()
                : surgeons.byLink(SecretTokens.hash(token), toChange)).orElseThrow(() -> new NotFound(LINK_NO_LONGER_WORKS));
    }

    private List<Occurrence> datesOf(SurgeonRecord row) {
        return surgeons.datesOf(new SurgeonId(row.getId())).stream()
                .map(id -> surgeries.occurrence(id, false).orElseThrow())
                .sorted(Comparator.comparing(Occurrence::startsAt)).toList();
    }

    private Surgeon surgeon(SurgeonRecord row) {
        var now = clock.instant();
        return new Surgeon(new SurgeonId(row.getId()), row.getName(), row.getEmail(),
                datesOf(row).stream().filter(date -> date.endsAt().isAfter(now)).toList(), row.getFeedTokenHash() != null);
    }
}
