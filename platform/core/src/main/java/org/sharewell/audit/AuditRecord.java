package org.sharewell.audit;

import java.util.Objects;

/**
 * One change as the audit log shows it.
 *
 * @param actor   who made the change
 * @param area    which part of Sharewell it concerns
 * @param action  what was done, in plain words, e.g. "Licence granted"
 * @param subject what it was done to, e.g. "Jo Bloggs"
 * @param before  the state before, in plain words; empty when something was created
 * @param after   the state after, in plain words; empty when something was removed
 */
public record AuditRecord(Actor actor, AuditArea area, String action, String subject, String before, String after) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
