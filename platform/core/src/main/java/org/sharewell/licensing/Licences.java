package org.sharewell.licensing;

import org.jspecify.annotations.Nullable;

import org.sharewell.kernel.PageRequest;

import org.sharewell.kernel.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Licences to post in the current organisation, from application to expiry.
 *
 * <p>Who may do what:
 * <ul>
 *   <li>Anyone signed in whose login belongs to a person applies for themselves and sees their own
 *       application and licence.</li>
 *   <li>Champions and tenant admins record training. A coordinator who is neither does not: the
 *       person who decides should not also be the one who vouches for the training.</li>
 *   <li>Only the account coordinator grants, declines and revokes; being a tenant admin is not enough.</li>
 *   <li>Champions, coordinators and tenant admins see every application and licence.</li>
 *   <li>Nobody records their own training or decides on their own application.</li>
 * </ul>
 * Other callers are refused with {@link org.springframework.security.access.AccessDeniedException}.
 * Broken rules are refused with {@link org.sharewell.kernel.InvalidInput} (what was entered) or
 * {@link org.sharewell.kernel.Conflict} (the state does not allow it), unknown ids with
 * {@link org.sharewell.kernel.NotFound}; nothing is changed then. Every change publishes an event in
 * this package that the audit log records, in the same transaction.
 *
 * <p>A person holds at most one current licence. Granting a new one (a renewal) replaces the current one.
 */
public interface Licences {

    /** Holders and coordinators are emailed this many days before a licence expires, once each. */
    List<Integer> NOTICE_DAYS = List.of(30, 7);

    /** A holder may apply to renew from this many days before their licence expires. */
    int RENEWAL_DAYS = 60;

    /** The longest expiry a coordinator may give, in years from today. */
    int LONGEST_YEARS = 5;

    int LONGEST_REASON = 500;

    /**
     * Applies for a licence for the signed-in person.
     *
     * @throws org.sharewell.kernel.Conflict if they already have an application waiting, or hold a valid
     *         licence that is not due to expire within {@value #RENEWAL_DAYS} days
     * @throws org.sharewell.kernel.NotFound if the login belongs to no person
     */
    Application apply();

    /** The signed-in person's latest application, if they ever applied. */
    Optional<Application> myApplication();

    /** The signed-in person's latest licence (valid, expired or revoked), if they were ever granted one. */
    Optional<Licence> myLicence();

    /** Records that the applicant has done a piece of required training (champions and tenant admins). */
    Application recordTraining(ApplicationId application, TrainingItemId item);

    /** Takes back a training record made by mistake (champions and tenant admins). */
    Application removeTraining(ApplicationId application, TrainingItemId item);

    /**
     * Grants the licence (account coordinator).
     *
     * @param expiresOn its last valid day, after today and at most {@value #LONGEST_YEARS} years ahead;
     *                  null for a licence that does not expire
     * @throws org.sharewell.kernel.InvalidInput if required training is not recorded yet (naming what is
     *         missing) or the expiry date is not allowed
     */
    Licence grant(ApplicationId application, LocalDate expiresOn);

    /** Declines the application with a reason the applicant is told (account coordinator). */
    Application decline(ApplicationId application, String reason);

    /** Revokes a valid licence with a reason the holder is told (account coordinator). */
    Licence revoke(LicenceId licence, String reason);

    Optional<Application> findApplication(ApplicationId id);

    /**
     * Applications, those waiting for a decision first, then the newest first.
     *
     * @param status only those with this status; null for all
     */
    Page<Application> applications(@Nullable ApplicationStatus status, PageRequest page);

    Optional<Licence> findLicence(LicenceId id);

    /**
     * Current licences (not replaced by a renewal), newest first.
     *
     * @param state only those in this state today; null for all
     */
    Page<Licence> licences(@Nullable LicenceState state, PageRequest page);
}
