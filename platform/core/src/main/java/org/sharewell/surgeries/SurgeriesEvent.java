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

    /**
     * Published when a group booked places at an occurrence, or asked for them where the host approves
     * bookings ({@code request}). The booker is named only by their group.
     */
    record PlacesBooked(TenantId tenantId, OccurrenceId occurrence, String title, Instant startsAt, String groupName,
                        int places, boolean request, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, request ? "Places requested" : "Places booked",
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

    /** Published when a host changed one date of a surgery. */
    record DateChanged(TenantId tenantId, OccurrenceId occurrence, String title, Instant wasAt, Instant startsAt, int places,
                       int bookingsTold, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Surgery date changed", title, UkTime.dateAndTime(wasAt),
                    UkTime.dateAndTime(startsAt) + ", " + places + " places; " + bookingsTold
                    + (bookingsTold == 1 ? " booking" : " bookings") + " told");
        }
    }

    /** Published when a host approved or declined a booking request, or Sharewell let an undecided one expire. */
    record RequestDecided(TenantId tenantId, BookingId booking, String title, Instant startsAt, String groupName,
                          BookingStatus decision, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, switch (decision) {
                case CONFIRMED -> "Booking request approved";
                case DECLINED -> "Booking request declined";
                default -> "Booking request expired";
            }, title + ", " + UkTime.dateAndTime(startsAt), "Requested by " + groupName, decision == BookingStatus.CONFIRMED
                    ? "Confirmed" : "Places freed");
        }
    }

    /** Published when a booker changed the number of places from their link. */
    record PlacesChanged(TenantId tenantId, BookingId booking, String title, Instant startsAt, String groupName, int was,
                         int places, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Places changed", title + ", " + UkTime.dateAndTime(startsAt)
                    + " for " + groupName, was + (was == 1 ? " place" : " places"), places + (places == 1 ? " place" : " places"));
        }
    }

    /** Published when someone joined a date's waiting list. Named only by their group. */
    record JoinedWaitingList(TenantId tenantId, WaitingId entry, String title, Instant startsAt, String groupName,
                             int position, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Joined the waiting list", title + ", "
                    + UkTime.dateAndTime(startsAt), "", groupName + ", number " + position + " in line");
        }
    }

    /** Published when a freed place was offered to the first in line, or to everyone waiting in the last two hours. */
    record PlaceOffered(TenantId tenantId, OccurrenceId occurrence, String title, Instant startsAt, String offeredTo,
                        Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Freed place offered", title + ", " + UkTime.dateAndTime(startsAt),
                    "", "Offered to " + offeredTo);
        }
    }

    /** Published when someone on a waiting list took a place. */
    record OfferClaimed(TenantId tenantId, WaitingId entry, String title, Instant startsAt, String groupName, Actor actor)
            implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Offered place taken", title + ", " + UkTime.dateAndTime(startsAt),
                    "Waiting", "Booked for " + groupName);
        }
    }

    /** Published when someone left a waiting list, declining any offer, or let an offer pass unclaimed. */
    record LeftWaitingList(TenantId tenantId, WaitingId entry, String title, Instant startsAt, String groupName,
                           WaitingStatus how, Actor actor) implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, how == WaitingStatus.PASSED ? "Offer passed on unclaimed"
                    : "Left the waiting list", title + ", " + UkTime.dateAndTime(startsAt), groupName, "");
        }
    }

    /** Published when a host signed a surgeon up for a surgery's dates. Named, as the organisation's own volunteer. */
    record SurgeonAdded(TenantId tenantId, SurgeonId surgeon, String name, String title, int dates, Actor actor)
            implements SurgeriesEvent {

        @Override
        public AuditRecord audit() {
            return new AuditRecord(actor, AuditArea.SURGERIES, "Surgeon added", name, "", title + ", "
                    + dates + (dates == 1 ? " date" : " dates"));
        }
    }
}
