/**
 * The HTTP conventions every module shares: errors as RFC 9457 problem details in plain English,
 * and a request id in every log line. A shared module: any other module may use its API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web conventions")
@NullMarked
package org.sharewell.web;

import org.jspecify.annotations.NullMarked;
