package org.sharewell.surgeries;

import java.util.Set;

/**
 * A booking made from the public page, without an account.
 *
 * @param requestKey   made by the form when it is shown: the same form sent twice makes one booking
 * @param voluntary    the booker's answer to "Is your group a voluntary or community group (not a business or a political campaign)?"
 * @param places       1, or 2: a group may bring two people
 * @param proof        that a person filled in the form: the token {@link SurgeryBookings#formToken} gave the form
 *                     when it was shown, and an empty {@code trap}, a field people never see
 */
public record NewBooking(String requestKey, String name, String email, String groupName, GroupKind groupKind,
                         boolean voluntary, Set<Need> needs, String needNote, HelpWanted help, int places, FormProof proof) {

    public NewBooking {
        needs = needs == null ? Set.of() : Set.copyOf(needs);
    }
}
