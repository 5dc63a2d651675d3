package org.sharewell.people.internal;

import org.sharewell.people.LicenceStatus;
import org.sharewell.people.PersonId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks the licensing module, when it is present, whether a person holds a valid licence; otherwise nobody does. */
@Component
class Licences {

    private final ObjectProvider<LicenceStatus> status;

    Licences(ObjectProvider<LicenceStatus> status) {
        this.status = status;
    }

    boolean holdsValidLicence(PersonId person) {
        LicenceStatus source = status.getIfAvailable();
        return source != null && source.holdsValidLicence(person);
    }
}
