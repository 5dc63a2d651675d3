/**
 * Social media policies: the templates Sharewell writes and the operator publishes to every
 * organisation, and (to come) acknowledgement, review and the "can I post this?" guide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policies")
@NullMarked
package org.sharewell.policies;

import org.jspecify.annotations.NullMarked;
