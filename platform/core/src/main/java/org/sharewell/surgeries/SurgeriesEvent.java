package org.sharewell.surgeries;

import org.sharewell.audit.Actor;
import org.sharewell.audit.AuditArea;
import org.sharewell.audit.AuditRecord;
import org.sharewell.audit.Auditable;
import org.sharewell.kernel.UkTime;
import org.sharewell.tenancy.TenantId;

import java.time.Instant;

/** What the surgeries module publishes, each recorded by the audit log in the transaction of the change. */
public sealed interface SurgeriesEvent extends Auditable {

    /** Published when a host created a surgery. */
    record SurgeryCreated(TenantId tenantId, SurgeryId surgery, String title, int occurrences, Actor actor)
            implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Surgery created", title, "",
                    occurrences + (occurrences == 1 ? " date" : " dates"));
        }
    }

    /** Published when a group booked places at an occurrence. The booker is named only by their group. */
    record PlacesBooked(TenantId tenantId, OccurrenceId occurrence, String title, Instant startsAt, String groupName,
                        int places, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Places booked",
                    title + ", " + UkTime.dateAndTime(startsAt), "", places + (places == 1 ? " place" : " places")
                    + " for " + groupName);
        }
    }

    /** Published when a booker cancelled from their emailed link. */
    record BookingCancelled(TenantId tenantId, OccurrenceId occurrence, String title, Instant startsAt, String groupName,
                            int places, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Booking cancelled",
                    title + ", " + UkTime.dateAndTime(startsAt), places + (places == 1 ? " place" : " places")
                    + " for " + groupName, "");
        }
    }

    /** Published when an admin erased a booker's personal data. The record names neither them nor their address. */
    record BookerErased(TenantId tenantId, int bookings, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Booker's personal data erased", "A booker", "",
                    bookings + (bookings == 1 ? " booking" : " bookings") + " kept without their name, email or note");
        }
    }

    /** Published when a host cancelled one date of a surgery. */
    record OccurrenceCancelled(TenantId tenantId, OccurrenceId occurrence, String title, Instant startsAt, String reason,
                               int bookingsTold, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Surgery date cancelled", title + ", " + UkTime.dateAndTime(startsAt),
                    "", "\"" + reason + "\"; " + bookingsTold + (bookingsTold == 1 ? " booking" : " bookings") + " told");
        }
    }
}
