package org.sharewell.licensing.internal;

import org.sharewell.people.LicenceStatus;
import org.sharewell.people.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.sharewell.kernel.UkTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Tells the people module who holds a valid licence: a current licence (granted, not revoked, not
 * replaced) whose last valid day is absent or not yet past, in the UK. Worked out from the date on
 * every call, so a licence stops counting at midnight after its last day, whether or not its expiry
 * has been announced yet.
 */
@Component
class LicenceValidity implements LicenceStatus {

    private final LicenceStore licences;
    private final Clock clock;

    LicenceValidity(LicenceStore licences, Clock clock) {
        this.licences = licences;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> holdingValidLicence(Collection<PersonId> people) {
        return licences.holdingValid(people, UkTime.today(clock));
    }

    @Transactional(readOnly = true)
    boolean holdsValidLicence(PersonId person, LocalDate today) {
        return licences.holdingValid(Set.of(person), today).contains(person);
    }
}
