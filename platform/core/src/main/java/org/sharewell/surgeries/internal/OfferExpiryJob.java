package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.SurgeriesEvent.LeftWaitingList;
import org.sharewell.surgeries.WaitingId;
import org.sharewell.surgeries.WaitingStatus;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.JobName;
import org.sharewell.timetable.TimedJob;
import org.sharewell.timetable.Timetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/**
 * Passes an unclaimed offer on when it ends, for the waiting-list entry it was made to: its places go
 * to the next in line at once, or, in the last two hours, to whoever on the list claims them first. An
 * offer claimed or declined meanwhile leaves nothing to do.
 */
@Component
class OfferExpiryJob implements TimedJob {

    static final JobName NAME = JobName.of("surgeries.offer-expiry");

    private final WaitingStore waiting;
    private final SurgeryStore surgeries;
    private final PlaceOffers offers;
    private final WaitingEmails emails;
    private final Timetable timetable;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferExpiryJob(WaitingStore waiting, SurgeryStore surgeries, PlaceOffers offers, WaitingEmails emails, Timetable timetable,
                   ApplicationEventPublisher events, Clock clock) {
        this.waiting = waiting;
        this.surgeries = surgeries;
        this.offers = offers;
        this.emails = emails;
        this.timetable = timetable;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public JobName name() {
        return NAME;
    }

    @Override
    public void run(UUID entryId) {
        var entry = waiting.find(new WaitingId(entryId)).orElse(null);
        if (entry == null || entry.getStatus() != WaitingStatus.OFFERED) {
            return;
        }
        var occurrenceId = new OccurrenceId(entry.getOccurrenceId());
        var occurrence = surgeries.lock(occurrenceId).orElseThrow();
        var until = entry.getOfferExpiresAt();
        if (until.isAfter(clock.instant())) {
            timetable.schedule(NAME, entryId, until);
            return;
        }
        waiting.end(new WaitingId(entryId), WaitingStatus.PASSED, null, clock.instant());
        surgeries.release(occurrenceId, entry.getPlaces());
        emails.offerPassed(entry, occurrence, until);
        events.publishEvent(new LeftWaitingList(TenantScope.required(), new WaitingId(entryId), occurrence.title(),
                occurrence.startsAt(), entry.getGroupName(), WaitingStatus.PASSED, Actor.sharewell()));
        offers.placesFreed(occurrenceId);
        offers.tellPositions(occurrenceId);
    }
}
