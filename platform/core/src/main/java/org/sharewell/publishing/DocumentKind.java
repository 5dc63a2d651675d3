package org.sharewell.publishing;

import org.sharewell.audit.AuditArea;

/** What a document is for; each kind belongs to the module that gives it meaning. */
public enum DocumentKind {

    /** A social media policy, escalation procedure or set of guidelines, or a template of one. */
    POLICY("policy", AuditArea.POLICIES);

    private final String noun;
    private final AuditArea area;

    DocumentKind(String noun, AuditArea area) {
        this.noun = noun;
        this.area = area;
    }

    /** How a document of this kind is called in running text. */
    public String noun() {
        return noun;
    }

    /** Where its changes appear in the audit log. */
    public AuditArea area() {
        return area;
    }
}
