package org.sharewell.surgeries;

import java.util.List;

/**
 * A volunteer who helps at a host's surgeries, and the dates they come to.
 *
 * @param feedOn whether their calendar feed works: they can stop it, and renew it with a new address
 */
public record Surgeon(SurgeonId id, String name, String email, List<Occurrence> dates, boolean feedOn) {

    public Surgeon {
        dates = List.copyOf(dates);
    }
}
