/**
 * The audit log: every change made by an admin, coordinator or champion, with who, when, what and
 * before and after. Built from the events other modules publish (see {@link org.sharewell.audit.Auditable}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.sharewell.audit;
