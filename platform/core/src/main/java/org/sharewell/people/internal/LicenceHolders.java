package org.sharewell.people.internal;

import org.sharewell.people.LicenceStatus;
import org.sharewell.people.PersonId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Set;

/** Asks the licensing module, when it is present, who holds a valid licence; without it, nobody does. */
@Component
class LicenceHolders {

    private final ObjectProvider<LicenceStatus> status;

    LicenceHolders(ObjectProvider<LicenceStatus> status) {
        this.status = status;
    }

    Set<PersonId> holdingValidLicence(Collection<PersonId> people) {
        LicenceStatus source = status.getIfAvailable();
        return source == null || people.isEmpty() ? Set.of() : source.holdingValidLicence(people);
    }

    boolean holdsValidLicence(PersonId person) {
        return holdingValidLicence(Set.of(person)).contains(person);
    }
}
