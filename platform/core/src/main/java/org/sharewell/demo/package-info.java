/**
 * A small fictional world for newcomers and demonstrations: one CVS and two local groups, each with
 * its own admin. Loaded on first start when the demo switch is on; never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo world")
@NullMarked
package org.sharewell.demo;

import org.jspecify.annotations.NullMarked;
