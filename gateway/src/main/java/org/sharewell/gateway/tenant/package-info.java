/**
 * Works out which organisation's address a request was sent to, from the host name or a {@code /t/{slug}} path.
 * Tells the platform in {@code X-Sharewell-Tenant}; whether that organisation exists is for the platform to say.
 */
@NullMarked
package org.sharewell.gateway.tenant;

import org.jspecify.annotations.NullMarked;
