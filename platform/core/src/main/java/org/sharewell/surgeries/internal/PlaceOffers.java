package org.sharewell.surgeries.internal;

import org.sharewell.audit.Actor;
import org.sharewell.kernel.SecretTokens;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.SurgeriesEvent.PlaceOffered;
import org.sharewell.surgeries.WaitingId;
import org.sharewell.surgeries.WaitingStatus;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.timetable.Timetable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Gives freed places to the waiting list, in the transaction that freed them, so a place is offered the
 * moment it is free and nobody outside the line can take it first. Decisions about one date are made one
 * at a time: its row is locked first. An offer holds its places by the same guarded change that books
 * them, so offers can never oversell either.
 */
@Component
class PlaceOffers {

    /** In the last two hours an offer could not be answered in time: a freed place goes to whoever claims it first. */
    static final Duration LAST_CALL = Duration.ofHours(2);

    private final SurgeryStore surgeries;
    private final WaitingStore waiting;
    private final WaitingEmails emails;
    private final Timetable timetable;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlaceOffers(SurgeryStore surgeries, WaitingStore waiting, WaitingEmails emails, Timetable timetable,
                ApplicationEventPublisher events, Clock clock) {
        this.surgeries = surgeries;
        this.waiting = waiting;
        this.emails = emails;
        this.timetable = timetable;
        this.events = events;
        this.clock = clock;
    }

    /** When an offer made now ends: after the host's offer window, but never later than the last call. */
    static Instant offerEnds(Instant now, Instant startsAt, int offerHours) {
        Instant window = now.plus(Duration.ofHours(offerHours));
        Instant lastCall = startsAt.minus(LAST_CALL);
        return window.isBefore(lastCall) ? window : lastCall;
    }

    /**
     * Offers the free places of the date to those in line, first first. The first waiting keeps their
     * place until as many places are free as they asked for: nobody behind them is offered one sooner.
     */
    void placesFreed(OccurrenceId id) {
        var occurrence = surgeries.lock(id).orElseThrow();
        Instant now = clock.instant();
        if (occurrence.status() == OccurrenceStatus.CANCELLED || !occurrence.startsAt().isAfter(now)) {
            return;
        }
        if (!now.isBefore(occurrence.startsAt().minus(LAST_CALL))) {
            tellEveryoneWaiting(occurrence);
            return;
        }
        int offerHours = surgeries.find(occurrence.surgery(), false).orElseThrow().terms().offerHours();
        for (var entry : waiting.line(id)) {
            if (entry.getStatus() == WaitingStatus.OFFERED) {
                continue;
            }
            if (!surgeries.take(id, entry.getPlaces(), now)) {
                break;
            }
            Instant until = offerEnds(now, occurrence.startsAt(), offerHours);
            String token = SecretTokens.newToken();
            var entryId = new WaitingId(entry.getId());
            waiting.offer(entryId, until);
            waiting.relink(entryId, SecretTokens.hash(token));
            timetable.schedule(OfferExpiryJob.NAME, entry.getId(), until);
            emails.offered(entry, occurrence, until, token);
            events.publishEvent(new PlaceOffered(TenantScope.required(), id, occurrence.title(), occurrence.startsAt(),
                    entry.getGroupName(), Actor.sharewell()));
        }
    }

    /** Tells each still waiting behind someone who left the line that they have moved up, once per move. */
    void tellPositions(OccurrenceId id) {
        var occurrence = surgeries.occurrence(id, false).orElseThrow();
        int position = 0;
        for (var entry : waiting.line(id)) {
            position++;
            if (entry.getStatus() == WaitingStatus.WAITING && entry.getPositionTold() != null
                    && position < entry.getPositionTold()) {
                emails.movedUp(entry, occurrence, position);
                waiting.positionTold(new WaitingId(entry.getId()), position);
            }
        }
    }

    private void tellEveryoneWaiting(Occurrence occurrence) {
        if (occurrence.placesLeft() == 0) {
            return;
        }
        boolean told = false;
        for (var entry : waiting.line(occurrence.id())) {
            if (entry.getStatus() == WaitingStatus.WAITING && entry.getPlaces() <= occurrence.placesLeft()) {
                String token = SecretTokens.newToken();
                waiting.relink(new WaitingId(entry.getId()), SecretTokens.hash(token));
                waiting.toldFree(new WaitingId(entry.getId()), clock.instant());
                emails.placeFree(entry, occurrence, token);
                told = true;
            }
        }
        if (told) {
            events.publishEvent(new PlaceOffered(TenantScope.required(), occurrence.id(), occurrence.title(),
                    occurrence.startsAt(), "everyone on the waiting list", Actor.sharewell()));
        }
    }
}
