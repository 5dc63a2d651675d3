package org.sharewell.licensing.internal;

import org.sharewell.kernel.UkTime;

import org.sharewell.licensing.Application;
import org.sharewell.licensing.Licence;
import org.sharewell.licensing.LicenceState;
import org.sharewell.licensing.Licences;
import org.sharewell.licensing.TrainingItem;
import org.sharewell.kernel.Conflict;
import org.sharewell.kernel.InvalidInput;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules a coordinator's decision must keep, explained in plain words when one is broken. */
final class LicenceRules {

    private LicenceRules() {
    }

    /** An expiry date, if given, is after today and not absurdly far off (a mistyped year, say). */
    static void checkExpiry(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return;
        }
        if (!expiresOn.isAfter(today)) {
            throw InvalidInput.of("expiresOn", "Choose an expiry date after today, or none for a licence that does not expire.");
        }
        if (expiresOn.isAfter(today.plusYears(Licences.LONGEST_YEARS))) {
            throw InvalidInput.of("expiresOn", "Choose an expiry date at most " + Licences.LONGEST_YEARS + " years from today.");
        }
    }

    static void checkTrainingComplete(Application application) {
        if (application.training().isEmpty()) {
            throw InvalidInput.of("training", "Your organisation lists no training for a licence yet. "
                    + "An admin must add it before any licence can be granted.");
        }
        if (!application.trainingComplete()) {
            throw InvalidInput.of("training", "A licence can be granted only once all the required training is recorded. "
                    + "Still to do: " + application.trainingToDo().stream().map(TrainingItem::title)
                    .collect(Collectors.joining("; ")) + ".");
        }
    }

    /** Only a current, valid licence can be revoked. */
    static void checkRevocable(StoredLicence licence, LocalDate today) {
        if (licence.replacedAt() != null) {
            throw new Conflict("This licence was replaced by a renewal. Revoke the current one instead.");
        }
        var state = licence.stateOn(today);
        if (state != LicenceState.VALID) {
            throw new Conflict("This licence is already " + state.description().toLowerCase(Locale.UK) + ".");
        }
    }

    /** The reason, trimmed. */
    static String checkedReason(String reason, String whenMissing) {
        String checked = reason == null ? "" : reason.strip();
        if (checked.isEmpty()) {
            throw InvalidInput.of("reason", whenMissing);
        }
        if (checked.length() > Licences.LONGEST_REASON) {
            throw InvalidInput.of("reason", "Use at most " + Licences.LONGEST_REASON + " characters for the reason.");
        }
        return checked;
    }

    /**
     * A person may apply unless they hold a valid licence that is not due to expire within
     * {@value Licences#RENEWAL_DAYS} days.
     *
     * @param current the person's current licence, if they have one
     */
    static void checkMayApply(Optional<StoredLicence> current, LocalDate today) {
        var valid = current.filter(licence -> licence.stateOn(today) == LicenceState.VALID);
        if (valid.isPresent() && (valid.get().expiresOn() == null
                || valid.get().expiresOn().isAfter(today.plusDays(Licences.RENEWAL_DAYS)))) {
            throw new Conflict(tooEarlyToRenew(valid.get().expiresOn()));
        }
    }

    static String tooEarlyToRenew(LocalDate expiresOn) {
        if (expiresOn == null) {
            return "You already hold a licence to post, and it does not expire.";
        }
        return "You already hold a licence to post, " + Licence.validity(expiresOn) + ". You can apply to renew it from "
                + UkTime.date(expiresOn.minusDays(Licences.RENEWAL_DAYS)) + ".";
    }
}
