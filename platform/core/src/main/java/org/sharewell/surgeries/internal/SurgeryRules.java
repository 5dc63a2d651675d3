package org.sharewell.surgeries.internal;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.kernel.UkTime;
import org.sharewell.surgeries.BookingTerms;
import org.sharewell.surgeries.Clash;
import org.sharewell.surgeries.NewSurgery;
import org.sharewell.surgeries.Surgeries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a surgery must hold, and the dates it runs on. Pure: unit-tested on its own. */
final class SurgeryRules {

    /** A UK postcode, written as people write it: the outward code, a space, the inward code. */
    private static final String POSTCODE = "[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}";

    /** Surgeries repeat by the day, week, month or year; a rule by the hour or minute is not a surgery. */
    private static final EnumSet<Frequency> REPEATS = EnumSet.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
            Frequency.YEARLY);

    /** One occurrence: its start and end. */
    record Dates(Instant startsAt, Instant endsAt) {
    }

    private SurgeryRules() {
    }

    /** The postcode tidied (capitals, one space before the last three characters), or null for none. */
    static String postcode(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String squeezed = written.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        return squeezed.length() < 5 ? squeezed : squeezed.substring(0, squeezed.length() - 3) + " "
                + squeezed.substring(squeezed.length() - 3);
    }

    /**
     * The surgery's occurrences from its first day, for a year at most and at most
     * {@link Surgeries#MOST_OCCURRENCES}, at its UK times on each day whatever the clocks do.
     *
     * @throws InvalidInput field by field, for everything wrong with it
     */
    static List<Dates> check(NewSurgery surgery, LocalDate today, Instant now) {
        var problems = new LinkedHashMap<String, String>();
        text(problems, "title", surgery.title(), 2, 200, "a title, such as \"Social Media Surgery at the library\"");
        length(problems, "offers", surgery.offers(), 2000);
        length(problems, "accessibility", surgery.accessibility(), 2000);
        String postcode = postcode(surgery.postcode());
        boolean online = surgery.onlineLink() != null && !surgery.onlineLink().isBlank();
        if (!online && (surgery.venue() == null || surgery.venue().isBlank())) {
            problems.put("venue", "Say where it is, with the postcode, or give its online link.");
        } else if (surgery.venue() != null && !surgery.venue().isBlank()) {
            text(problems, "venue", surgery.venue(), 2, 200, "the venue");
            if (postcode == null || !postcode.matches(POSTCODE)) {
                problems.put("postcode", "Enter the venue's postcode, such as DY1 1HP.");
            }
        }
        if (online && !(surgery.onlineLink().strip().startsWith("https://") && surgery.onlineLink().strip().length() <= 500)) {
            problems.put("onlineLink", "Enter the online link starting with https://.");
        }
        if (surgery.starts() == null || surgery.ends() == null) {
            problems.put("starts", "Give the start and end times.");
        } else if (!surgery.ends().isAfter(surgery.starts())) {
            problems.put("ends", "The end must be after the start.");
        }
        if (surgery.places() < 1 || surgery.places() > 500) {
            problems.put("places", "Offer from 1 to 500 places.");
        }
        terms(problems, surgery.terms());
        if (surgery.firstDay() == null) {
            problems.put("firstDay", "Give the first day.");
        } else if (surgery.firstDay().isBefore(today)) {
            problems.put("firstDay", "The first day has passed: choose today or a later day.");
        }
        List<LocalDate> days = List.of();
        if (!problems.containsKey("firstDay")) {
            try {
                days = days(surgery.firstDay(), surgery.repeats());
                if (days.isEmpty()) {
                    problems.put("repeats", "This repeat rule gives no date within a year of the first day.");
                }
            } catch (IllegalArgumentException unreadable) {
                problems.put("repeats", unreadable.getMessage());
            }
        }
        var dates = new ArrayList<Dates>();
        if (problems.isEmpty()) {
            for (var day : days) {
                dates.add(new Dates(ZonedDateTime.of(day, surgery.starts(), UkTime.ZONE).toInstant(),
                        ZonedDateTime.of(day, surgery.ends(), UkTime.ZONE).toInstant()));
            }
            if (!dates.getFirst().startsAt().isAfter(now)) {
                problems.put("starts", "That time today has passed: choose a later time or day.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return dates;
    }

    /** The letters of the postcode's outward code, such as DY for Dudley; null without a postcode. */
    static String area(String written) {
        String postcode = postcode(written);
        if (postcode == null) {
            return null;
        }
        var letters = java.util.regex.Pattern.compile("^[A-Z]{1,2}").matcher(postcode);
        return letters.find() ? letters.group() : null;
    }

    /** The warning before saving: each clash named, with its host and time, and how to go ahead. */
    static String describe(List<Clash> clashes) {
        var named = clashes.stream().limit(3).map(clash -> "\"" + clash.title() + "\" by " + clash.host() + " on "
                + UkTime.dateAndTime(clash.startsAt()) + ", " + clash.why()).toList();
        String more = clashes.size() > 3 ? ", and " + (clashes.size() - 3) + " more" : "";
        return "Another public surgery is at the same time: " + String.join("; ", named) + more
                + ". Choose another time, or save again to create it anyway.";
    }

    private static void terms(Map<String, String> problems, BookingTerms terms) {
        if (terms == null) {
            problems.put("terms", "Say how booking works.");
            return;
        }
        if (terms.cutOffHours() < 0 || terms.cutOffHours() > 336) {
            problems.put("cutOffHours", "Give from 0 to 336 hours (two weeks).");
        }
        if (terms.holdHours() < 1 || terms.holdHours() > 336) {
            problems.put("holdHours", "Hold a request for 1 to 336 hours (two weeks).");
        }
        if (terms.offerHours() < 1 || terms.offerHours() > 336) {
            problems.put("offerHours", "Keep an offered place for 1 to 336 hours (two weeks).");
        }
        if (terms.reminderHours().size() > 4 || terms.reminderHours().stream().anyMatch(h -> h == null || h < 1 || h > 336)) {
            problems.put("reminderHours", "Send at most 4 reminders, each 1 to 336 hours before the start.");
        }
    }

    /** The days it runs: the first day alone, or the rule's days from it, within a year. */
    static List<LocalDate> days(LocalDate first, String repeats) {
        if (repeats == null || repeats.isBlank()) {
            return List.of(first);
        }
        Recur<LocalDate> rule;
        try {
            rule = new Recur<>(repeats.strip().replaceFirst("^RRULE:", ""));
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("Write the repeat rule as an iCalendar RRULE, such as "
                    + "FREQ=MONTHLY;BYDAY=1TU for the first Tuesday of each month.");
        }
        if (!REPEATS.contains(rule.getFrequency())) {
            throw new IllegalArgumentException("A surgery repeats by the day, week, month or year.");
        }
        // The first day is the first occurrence, as DTSTART is in iCalendar, whether or not the rule picks it.
        var days = new ArrayList<LocalDate>(List.of(first));
        List<LocalDate> ruled;
        try {
            ruled = rule.getDates(first, first, first.plusYears(1), Surgeries.MOST_OCCURRENCES + 1);
        } catch (RuntimeException unusable) {
            throw new IllegalArgumentException("This repeat rule cannot be followed for whole days. Write it as, for "
                    + "example, FREQ=WEEKLY;BYDAY=WE for every Wednesday.");
        }
        for (var day : ruled) {
            if (!days.contains(day) && days.size() < Surgeries.MOST_OCCURRENCES) {
                days.add(day);
            }
        }
        return days;
    }

    private static void text(Map<String, String> problems, String field, String value, int least, int most, String what) {
        if (value == null || value.strip().length() < least) {
            problems.put(field, "Write " + what + ".");
        } else if (value.strip().length() > most) {
            problems.put(field, "Use at most " + most + " characters.");
        }
    }

    private static void length(Map<String, String> problems, String field, String value, int most) {
        if (value != null && value.length() > most) {
            problems.put(field, "Use at most " + String.format(Locale.UK, "%,d", most) + " characters.");
        }
    }
}
