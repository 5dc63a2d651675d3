/**
 * The audit log: every change made by an admin, coordinator or champion, with who, when, what and
 * before and after. Built from the events other modules publish (see {@link org.sharewell.audit.Auditable}),
 * each recorded in the same transaction as its change; read through {@link org.sharewell.audit.AuditLog}.
 * The log is append-only: the application's database role may not update or delete it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
@NullMarked
package org.sharewell.audit;

import org.jspecify.annotations.NullMarked;
