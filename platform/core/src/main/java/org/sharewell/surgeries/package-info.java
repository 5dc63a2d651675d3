/**
 * Social Media Surgeries: free drop-ins a host runs, one-off or repeating, and the places local groups
 * book without an account, never more than there are.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surgeries")
@NullMarked
package org.sharewell.surgeries;

import org.jspecify.annotations.NullMarked;
