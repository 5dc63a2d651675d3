package org.sharewell.demo.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.BookingTerms;
import org.sharewell.surgeries.FormProof;
import org.sharewell.surgeries.GroupKind;
import org.sharewell.surgeries.HelpWanted;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.NewSurgery;
import org.sharewell.surgeries.Need;
import org.sharewell.surgeries.OccurrenceId;
import org.sharewell.surgeries.Surgeries;
import org.sharewell.tenancy.TenantId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;

/**
 * The demo world's surgeries: Brookfield runs a Social Media Surgery on the first Tuesday evening of each
 * month, 6 places. Sam, its champion, took the bookings of its next date by phone: Harold of Riverside
 * Allotments for 2 and four more groups, so it is full, with Kieran of Elm Street Youth and the Repair
 * Café on its waiting list. Two groups have booked the date after.
 */
@Component
class DemoSurgeries {

    private static final String CHAMPION = "champion@brookfield-cvs.example";

    private final DemoActors actors;
    private final Surgeries surgeries;
    private final Clock clock;

    DemoSurgeries(DemoActors actors, Surgeries surgeries, Clock clock) {
        this.actors = actors;
        this.surgeries = surgeries;
        this.clock = clock;
    }

    void runMonthly(TenantId cvs) {
        actors.as(cvs, CHAMPION, () -> {
            var surgery = surgeries.create(new NewSurgery("Brookfield Social Media Surgery",
                    "Facebook pages and groups, websites, email newsletters, and sharing photos safely",
                    "Brookfield Library, Community Room", "DY1 1HP", null,
                    "Step-free entrance from the car park, a hearing loop, and a quiet corner if you need one",
                    firstTuesdayFrom(UkTime.today(clock).plusDays(3)), LocalTime.of(18, 0), LocalTime.of(20, 0),
                    "FREQ=MONTHLY;BYDAY=1TU;COUNT=6", 6, true, BookingTerms.usual(), true));
            var dates = surgeries.occurrences(surgery.id());
            var next = dates.get(0).id();
            book(next, "Harold Price", "harold@riverside-allotments.example", "Riverside Allotment Society", 2, Need.WEBSITE);
            book(next, "Priya Shah", "priya@brookfield-bowls.example", "Brookfield Bowls Club", 1, Need.FACEBOOK_PAGE);
            book(next, "Tom Baker", "tom@st-marks-toddlers.example", "St Mark's Toddler Group", 1, Need.ONLINE_SAFETY);
            book(next, "Grace Lee", "grace@friends-of-brookfield-park.example", "Friends of Brookfield Park", 1,
                    Need.PHOTOS_AND_VIDEO);
            book(next, "Mo Hussain", "mo@brookfield-choir.example", "Brookfield Community Choir", 1, Need.NEWSLETTER);
            surgeries.addToWaitingList(next, form("Kieran Walsh", "kieran@elm-street-youth.example", "Elm Street Youth Club", 1,
                    Need.INSTAGRAM));
            surgeries.addToWaitingList(next, form("Ann Jones", "ann@brookfield-repair-cafe.example", "Brookfield Repair Café", 1,
                    Need.FUNDRAISING_ONLINE));
            var after = dates.get(1).id();
            book(after, "Priya Shah", "priya@brookfield-bowls.example", "Brookfield Bowls Club", 1, Need.WEBSITE);
            book(after, "Lucy Brown", "lucy@brookfield-u3a.example", "Brookfield U3A", 2, Need.ACCESSIBILITY);
        });
    }

    private void book(OccurrenceId date, String name, String email, String group, int places, Need need) {
        surgeries.bookFor(date, form(name, email, group, places, need));
    }

    private static NewBooking form(String name, String email, String group, int places, Need need) {
        return new NewBooking(UUID.randomUUID().toString(), name, email, group, GroupKind.VOLUNTARY_GROUP, true, Set.of(need), "",
                HelpWanted.SOME, places, new FormProof(null, null));
    }

    private static LocalDate firstTuesdayFrom(LocalDate day) {
        var thisMonth = day.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        return thisMonth.isBefore(day) ? day.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)) : thisMonth;
    }
}
