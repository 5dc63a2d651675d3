package org.sharewell.surgeries.internal;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.XProperty;
import org.sharewell.surgeries.SurgeryId;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.surgeries.OccurrenceStatus;
import org.sharewell.surgeries.Surgery;

/**
 * Calendar entries (RFC 5545) for occurrences, written by ical4j: times in the Europe/London zone, with
 * its definition, so a calendar shows 10:00 on both sides of a change of the clocks; a cancelled date
 * stays in, marked cancelled, rather than vanishing.
 */
final class SurgeryCalendar {

    /**
     * Europe/London as ical4j defines it, made once: making a registry reads and parses the zone's
     * definition, which cost more than the rest of a booking's confirmation email put together.
     */
    private static final net.fortuna.ical4j.model.component.VTimeZone LONDON = TimeZoneRegistryFactory.getInstance()
            .createRegistry().getTimeZone(UkTime.ZONE.getId()).getVTimeZone();

    private SurgeryCalendar() {
    }

    /** One entry for an occurrence, as a booker's calendar file. */
    static String of(Surgery surgery, Occurrence occurrence) {
        var calendar = calendar();
        calendar.add(event(surgery, occurrence));
        return calendar.toString();
    }

    /**
     * A host's feed of its public dates, for calendar programs to subscribe to: each date keeps its UID,
     * so a change (a higher SEQUENCE) or a cancellation updates the entry already in the calendar.
     */
    static String feed(String host, List<Occurrence> occurrences, Function<SurgeryId, Surgery> surgeries) {
        var calendar = calendar();
        calendar.add(new XProperty("X-WR-CALNAME", "Social Media Surgeries: " + host));
        calendar.add(new XProperty("X-WR-TIMEZONE", UkTime.ZONE.getId()));
        occurrences.forEach(occurrence -> calendar.add(event(surgeries.apply(occurrence.surgery()), occurrence)));
        return calendar.toString();
    }

    private static Calendar calendar() {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Sharewell//Social Media Surgeries//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(LONDON);
        return calendar;
    }

    private static VEvent event(Surgery surgery, Occurrence occurrence) {
        var event = new VEvent(occurrence.startsAt().atZone(UkTime.ZONE), occurrence.endsAt().atZone(UkTime.ZONE),
                occurrence.title());
        event.add(new Uid(occurrence.id().value() + "@sharewell"));
        event.add(new Sequence(occurrence.sequence()));
        event.add(occurrence.status() == OccurrenceStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Location(surgery.venue() != null ? surgery.venue() + ", " + surgery.postcode() : surgery.onlineLink()));
        if (!surgery.offers().isBlank()) {
            event.add(new Description(surgery.offers()));
        }
        return event;
    }
}
