package org.sharewell.surgeries.internal;

import org.sharewell.kernel.EmailAddresses;
import org.sharewell.kernel.UkTime;
import org.sharewell.people.People;
import org.sharewell.people.Person;
import org.sharewell.people.PersonId;
import org.sharewell.people.PersonalDataSource;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The surgery places a person of the organisation booked with their email address, for their personal
 * data export; on erasure, their name, address and note go from those bookings while the places stay.
 * (A booker who is not one of the organisation's people is found by address: {@code Surgeries.bookingsBy}.)
 */
@Component
class SurgeriesPersonalData implements PersonalDataSource {

    private final People people;
    private final BookingStore bookings;
    private final WaitingStore waiting;
    private final SurgeonStore surgeons;
    private final SurgeryStore surgeries;

    SurgeriesPersonalData(People people, BookingStore bookings, WaitingStore waiting, SurgeonStore surgeons,
                          SurgeryStore surgeries) {
        this.people = people;
        this.bookings = bookings;
        this.waiting = waiting;
        this.surgeons = surgeons;
        this.surgeries = surgeries;
    }

    @Override
    public String section() {
        return "Surgery bookings";
    }

    @Override
    public List<Map<String, String>> recordsAbout(PersonId person) {
        var email = people.find(person).map(Person::email).orElse(null);
        if (email == null) {
            return List.of();
        }
        var records = new java.util.ArrayList<Map<String, String>>();
        bookings.byEmail(EmailAddresses.normalise(email)).stream().map(stored -> {
            var booking = BookingStore.booking(stored, id -> surgeries.occurrence(id, false).orElseThrow());
            var record = new LinkedHashMap<String, String>();
            record.put("Surgery", booking.occurrence().title());
            record.put("On", UkTime.dateAndTime(booking.occurrence().startsAt()));
            record.put("Name", booking.name());
            record.put("Group", booking.groupName());
            record.put("Places", Integer.toString(booking.places()));
            record.put("Help with", String.join(", ", booking.needs().stream().map(need -> need.description()).sorted().toList()));
            record.put("Note", booking.needNote());
            record.put("Status", booking.status().name());
            return (Map<String, String>) record;
        }).forEach(records::add);
        for (var entry : waiting.byEmail(EmailAddresses.normalise(email))) {
            var occurrence = surgeries.occurrence(new org.sharewell.surgeries.OccurrenceId(entry.getOccurrenceId()), false)
                    .orElseThrow();
            var record = new LinkedHashMap<String, String>();
            record.put("Waiting list of", occurrence.title());
            record.put("On", UkTime.dateAndTime(occurrence.startsAt()));
            record.put("Name", entry.getName());
            record.put("Group", entry.getGroupName());
            record.put("Places", Integer.toString(entry.getPlaces()));
            record.put("Note", entry.getNeedNote());
            record.put("Status", entry.getStatus().name());
            records.add(record);
        }
        surgeons.byEmail(email).ifPresent(surgeon -> {
            var record = new LinkedHashMap<String, String>();
            record.put("Surgeon", surgeon.getName());
            record.put("Dates", Integer.toString(surgeons.datesOf(new org.sharewell.surgeries.SurgeonId(surgeon.getId())).size()));
            record.put("Calendar feed", surgeon.getFeedTokenHash() == null ? "Stopped" : "On");
            records.add(record);
        });
        return records;
    }

    @Override
    public void erase(Person person) {
        if (person.email() != null) {
            bookings.erase(EmailAddresses.normalise(person.email()));
            waiting.erase(EmailAddresses.normalise(person.email()));
            surgeons.erase(person.email());
        }
    }
}
