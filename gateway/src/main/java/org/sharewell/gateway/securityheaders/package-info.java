/**
 * Security headers on every response, whether it came from the platform or from the gateway itself.
 * The platform keeps its own Content-Security-Policy, which Vaadin needs tailored.
 */
@NullMarked
package org.sharewell.gateway.securityheaders;

import org.jspecify.annotations.NullMarked;
