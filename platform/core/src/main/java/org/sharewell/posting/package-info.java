/**
 * "Can I post this?": a short guide built from the questions in an organisation's published policy,
 * and the check requests it sends to the communications contact, with their answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Can I post this?")
@NullMarked
package org.sharewell.posting;

import org.jspecify.annotations.NullMarked;
