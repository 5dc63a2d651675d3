package org.sharewell.surgeries.internal;

import org.junit.jupiter.api.Test;
import org.sharewell.kernel.InvalidInput;
import org.sharewell.surgeries.GroupKind;
import org.sharewell.surgeries.HelpWanted;
import org.sharewell.surgeries.NewBooking;
import org.sharewell.surgeries.Need;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A booking needs who is coming, for which group, what help and how many places; a business is told why not, kindly. */
class BookingRulesTests {

    @Test
    void aVoluntaryGroupBookingTwoPlacesIsAccepted() {
        BookingRules.check(booking(true, "Help with our page", 2));
    }

    @Test
    void aBusinessOrCampaignIsToldWhyKindly() {
        var refused = catchThrowableOfType(InvalidInput.class, () -> BookingRules.check(booking(false, "", 1)));
        assertThat(refused.problems().get("voluntary")).contains("free help for voluntary and community groups");
    }

    @Test
    void aLongNeedTooManyPlacesAndABadEmailAreEachNamed() {
        var refused = catchThrowableOfType(InvalidInput.class, () -> BookingRules.check(new NewBooking("key-12345678", "A",
                "not an email", "", null, true, Set.of(), "x".repeat(10_000), null, 3, null)));
        assertThat(refused.problems()).containsKeys("name", "email", "groupName", "groupKind", "needNote", "help", "places");
        assertThat(refused.problems().get("needNote")).contains("10,000");
    }

    static NewBooking booking(boolean voluntary, String note, int places) {
        return new NewBooking("key-12345678", "Rita Patel", "rita@riverside.example", "Riverside Allotment Society",
                GroupKind.VOLUNTARY_GROUP, voluntary, Set.of(Need.FACEBOOK_PAGE), note, HelpWanted.SOME, places, null);
    }
}
