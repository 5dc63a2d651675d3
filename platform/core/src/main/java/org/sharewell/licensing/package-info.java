/**
 * Licences to post: a person applies, a champion records the training the organisation requires, and
 * the account coordinator grants the licence (perhaps until an expiry date) or declines it; a licence
 * can be revoked. Only a valid licence lets a person use the higher levels of trust (see
 * {@link org.sharewell.people.LicenceStatus}). Holders and coordinators are emailed before a licence
 * expires, and coordinators when an account manager's licence lapses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licensing")
@NullMarked
package org.sharewell.licensing;

import org.jspecify.annotations.NullMarked;
