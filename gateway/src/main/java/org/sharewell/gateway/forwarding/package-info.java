/**
 * Who sent a request and how they addressed it, believing forwarding headers from trusted proxies only.
 * Also writes the X-Forwarded-* headers the platform receives, so it can build correct links.
 */
@NullMarked
package org.sharewell.gateway.forwarding;

import org.jspecify.annotations.NullMarked;
