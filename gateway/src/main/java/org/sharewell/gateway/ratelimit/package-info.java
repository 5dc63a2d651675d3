/**
 * Per-client rate limits on chosen paths, with Bucket4j token buckets kept in memory or shared through Redis.
 * Over the limit a request gets 429 with {@code Retry-After}; it never reaches the platform.
 */
@NullMarked
package org.sharewell.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
