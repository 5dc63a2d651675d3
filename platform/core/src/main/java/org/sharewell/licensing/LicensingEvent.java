package org.sharewell.licensing;

import java.time.LocalDate;
import java.util.List;
import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.people.PersonId;
import org.sharewell.tenancy.TenantId;

/**
 * What the licensing module publishes: one event for each change to an application, a licence or
 * the required training, each recorded by the audit log in the same transaction as the change.
 */
public sealed interface LicensingEvent extends Auditable {

    /** Published when someone applied for a licence to post. */
    record LicenceAppliedFor(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                             Actor actor) implements LicensingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Applied for a licence to post", name, "",
                    "Application waiting for training and a decision");
        }
    }

    /** Published when the account coordinator declined an application, with the reason the applicant was given. */
    record LicenceDeclined(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                           String reason, Actor actor) implements LicensingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Licence application declined", name,
                    "Application waiting for a decision", "Declined: " + reason);
        }
    }

    /**
     * Published once, by Sharewell itself, after a licence's last valid day has passed. The licence
     * stopped counting at midnight whether or not this has been published yet.
     */
    record LicenceExpired(TenantId tenantId, LicenceId licenceId, PersonId personId, String name,
                          LocalDate expiresOn, Actor actor) implements LicensingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Licence expired", name,
                    "Licence " + Licence.validity(expiresOn), "Expired");
        }
    }

    /**
     * Published when the account coordinator granted a licence to post.
     *
     * @param expiresOn its last valid day; null if it does not expire
     */
    record LicenceGranted(TenantId tenantId, LicenceId licenceId, ApplicationId applicationId, PersonId personId,
                          String name, LocalDate expiresOn, Actor actor) implements LicensingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Licence granted", name,
                    "Application waiting for a decision", "Licence " + Licence.validity(expiresOn));
        }
    }

    /**
     * Published when the account coordinator revoked a licence to post.
     *
     * @param expiresOn the last valid day it had; null if it had none
     */
    record LicenceRevoked(TenantId tenantId, LicenceId licenceId, PersonId personId, String name,
                          LocalDate expiresOn, String reason, Actor actor) implements LicensingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Licence revoked", name,
                    "Licence " + Licence.validity(expiresOn), "Revoked: " + reason);
        }
    }

    /** Published when a training record made by mistake was taken back. */
    record TrainingRecordRemoved(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                                 TrainingItemId itemId, String itemTitle, Actor actor) implements LicensingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Training record removed", name,
                    itemTitle + ": done", itemTitle + ": not done");
        }
    }

    /**
     * Published when a champion recorded that an applicant has done a piece of required training.
     *
     * @param name      the applicant's name
     * @param itemTitle the training, by its title
     */
    record TrainingRecorded(TenantId tenantId, ApplicationId applicationId, PersonId personId, String name,
                            TrainingItemId itemId, String itemTitle, Actor actor) implements LicensingEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Training recorded", name,
                    itemTitle + ": not done", itemTitle + ": done");
        }
    }

    /**
     * Published when a tenant admin changed the training required for a licence.
     *
     * @param before each item in words ("Title: description"), in order, before the change
     * @param after  each item in words, in order, after it
     */
    record TrainingRequirementsChanged(TenantId tenantId, List<String> before, List<String> after, Actor actor) implements LicensingEvent {

        public TrainingRequirementsChanged {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.LICENCES, "Training for a licence changed", "Required training",
                    String.join("; ", before), String.join("; ", after));
        }
    }
}
