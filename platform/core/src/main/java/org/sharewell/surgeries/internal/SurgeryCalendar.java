package org.sharewell.surgeries.internal;

import net.fortuna.ical4j.model.Calendar;
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

    private SurgeryCalendar() {
    }

    /** One entry for an occurrence, as a booker's calendar file. */
    static String of(Surgery surgery, Occurrence occurrence) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Sharewell//Social Media Surgeries//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(UkTime.ZONE.getId()).getVTimeZone());
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
        calendar.add(event);
        return calendar.toString();
    }
}
