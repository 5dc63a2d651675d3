package org.sharewell.surgeries.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;
import sharewell.db.surgeries.tables.records.WaitingRecord;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Every email to someone on a waiting list. Each that lets them act carries their newest link. */
@Component
class WaitingEmails {

    private final Letters letters;
    private final Tenants tenants;
    private final TenantAddresses addresses;

    WaitingEmails(Letters letters, Tenants tenants, TenantAddresses addresses) {
        this.letters = letters;
        this.tenants = tenants;
        this.addresses = addresses;
    }

    void joined(WaitingRecord entry, Occurrence occurrence, int position, String token) {
        send(entry, occurrence, "surgeries/joined-waiting", Map.of("position", position, "link", link(token)));
    }

    void movedUp(WaitingRecord entry, Occurrence occurrence, int position) {
        send(entry, occurrence, "surgeries/moved-up", Map.of("position", position));
    }

    void offered(WaitingRecord entry, Occurrence occurrence, Instant until, String token) {
        boolean one = entry.getPlaces() == 1;
        send(entry, occurrence, "surgeries/offered", Map.of("until", UkTime.dateAndTime(until), "link", link(token),
                "isOrAre", one ? "is" : "are", "themOrIt", one ? "it" : "them"));
    }

    void placeFree(WaitingRecord entry, Occurrence occurrence, String token) {
        send(entry, occurrence, "surgeries/place-free", Map.of("link", link(token)));
    }

    void offerPassed(WaitingRecord entry, Occurrence occurrence, Instant until) {
        send(entry, occurrence, "surgeries/offer-passed", Map.of("until", UkTime.dateAndTime(until)));
    }

    void left(WaitingRecord entry, Occurrence occurrence) {
        send(entry, occurrence, "surgeries/left-waiting", Map.of());
    }

    void dateCancelled(WaitingRecord entry, Occurrence occurrence, String reason) {
        send(entry, occurrence, "surgeries/waiting-date-cancelled", Map.of("reason", reason));
    }

    private void send(WaitingRecord entry, Occurrence occurrence, String template, Map<String, Object> more) {
        var values = new HashMap<String, Object>(more);
        values.put("title", occurrence.title());
        values.put("when", UkTime.dateAndTime(occurrence.startsAt()));
        values.put("places", SurgeryEmails.places(entry.getPlaces()));
        values.put("group", entry.getGroupName());
        letters.send(new Letter(entry.getEmail(), entry.getName(), template, values));
    }

    private String link(String token) {
        return addresses.homeOf(tenants.findById(TenantScope.required()).orElseThrow().slug()).resolve("waiting/" + token)
                .toString();
    }
}
