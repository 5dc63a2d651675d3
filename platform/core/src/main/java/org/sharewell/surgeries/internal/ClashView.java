package org.sharewell.surgeries.internal;

import org.sharewell.surgeries.Clash;

import java.time.Instant;

/** A clash as the REST API shows it, before the host saves a surgery. */
record ClashView(String title, String host, Instant startsAt, Instant endsAt, String why) {

    static ClashView of(Clash clash) {
        return new ClashView(clash.title(), clash.host(), clash.startsAt(), clash.endsAt(), clash.why());
    }
}
