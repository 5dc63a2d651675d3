package org.sharewell.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log, as recorded.
 *
 * @param id         identifies the entry within its tenant
 * @param occurredAt when the change was recorded
 * @param actor      who made it, named as they were then
 * @param area       which part of Sharewell it concerns
 * @param action     what was done, in plain words
 * @param subject    what it was done to
 * @param before     the state before, in plain words; empty when something was created
 * @param after      the state after, in plain words; empty when something was removed
 */
public record AuditEntry(UUID id, Instant occurredAt, Actor actor, AuditArea area, String action, String subject,
                         String before, String after) {
}
