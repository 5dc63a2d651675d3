/**
 * The Sharewell gateway: the single public entry point, forwarding HTTP and WebSocket traffic to the platform.
 * Holds the application class, the shared settings and the order in which the edge filters run.
 */
@NullMarked
package org.sharewell.gateway;

import org.jspecify.annotations.NullMarked;
