/**
 * The shared kernel: what every module means the same way by the same words. Refusals
 * ({@link org.sharewell.kernel.InvalidInput}, {@link org.sharewell.kernel.Conflict},
 * {@link org.sharewell.kernel.NotFound}), roles, UK dates, pages of results, email addresses,
 * secret tokens and Sharewell's own automatic work.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.sharewell.kernel;

import org.jspecify.annotations.NullMarked;
