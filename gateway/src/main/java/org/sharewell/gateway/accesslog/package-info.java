/**
 * One log line per request: request id, method, path, status and duration.
 * Written around the whole request handling, so errors and early refusals are logged with their real status.
 */
@NullMarked
package org.sharewell.gateway.accesslog;

import org.jspecify.annotations.NullMarked;
