package org.sharewell.surgeries;

import java.util.Set;

/**
 * A booking made from the public page, without an account.
 *
 * @param requestKey   made by the form when it is shown: the same form sent twice makes one booking
 * @param voluntary    the booker's answer to "Is your group a voluntary or community group (not a business or a political campaign)?"
 * @param places       1, or 2: a group may bring two people
 */
public record NewBooking(String requestKey, String name, String email, String groupName, GroupKind groupKind,
                         boolean voluntary, Set<Need> needs, String needNote, HelpWanted help, int places) {

    public NewBooking {
        needs = needs == null ? Set.of() : Set.copyOf(needs);
    }
}
