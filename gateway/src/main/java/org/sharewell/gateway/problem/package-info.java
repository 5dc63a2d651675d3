/**
 * Answers the gateway gives itself, as RFC 9457 problem details in plain English.
 * Used when a request is refused before it reaches the platform.
 */
@NullMarked
package org.sharewell.gateway.problem;

import org.jspecify.annotations.NullMarked;
