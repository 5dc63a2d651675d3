/**
 * Gives every request an id, sent to the platform and back to the client in {@code X-Request-Id}.
 * Lets a person's report, the access log and the platform's logs be matched up.
 */
@NullMarked
package org.sharewell.gateway.requestid;

import org.jspecify.annotations.NullMarked;
