package org.sharewell.surgeries.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.surgeries.Occurrence;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;
import sharewell.db.surgeries.tables.records.SurgeonRecord;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The emails to surgeons: the dates they come to, their feed's address, and their own link to manage it. */
@Component
class SurgeonEmails {

    private final Letters letters;
    private final Tenants tenants;
    private final TenantAddresses addresses;

    SurgeonEmails(Letters letters, Tenants tenants, TenantAddresses addresses) {
        this.letters = letters;
        this.tenants = tenants;
        this.addresses = addresses;
    }

    void added(SurgeonRecord surgeon, String title, List<Occurrence> dates, String feed, String link) {
        letters.send(new Letter(surgeon.getEmail(), surgeon.getName(), "surgeries/surgeon-added", Map.of("title", title,
                "dates", String.join("\n", dates.stream().map(date -> "- " + UkTime.dateAndTime(date.startsAt())).toList()),
                "feed", feedAddress(feed), "link", home().resolve("surgeon/" + link).toString())));
    }

    void renewed(SurgeonRecord surgeon, String feed) {
        letters.send(new Letter(surgeon.getEmail(), surgeon.getName(), "surgeries/surgeon-feed-renewed",
                Map.of("feed", feedAddress(feed))));
    }

    String feedAddress(String feed) {
        return home().resolve("api/v1/public/surgeon-calendars/" + feed).toString();
    }

    private URI home() {
        return addresses.homeOf(tenants.findById(TenantScope.required()).orElseThrow().slug());
    }
}
