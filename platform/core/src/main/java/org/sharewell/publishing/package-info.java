/**
 * Versioned Markdown documents, published by one organisation to an audience and adopted by others,
 * with word-level comparisons and three-way merges of upstream changes: policy templates now, the
 * library's sheets and the platform catalogue later. What an audience reads is decided by PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
@NullMarked
package org.sharewell.publishing;

import org.jspecify.annotations.NullMarked;
