/**
 * Connects the platform to PostgreSQL: an embedded server by default, an external one by configuration.
 * Every transaction is bound to the current tenant, so row-level security decides what it may see and change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
@NullMarked
package org.sharewell.database;

import org.jspecify.annotations.NullMarked;
