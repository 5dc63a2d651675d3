package org.sharewell.publishing;

import org.sharewell.tenancy.TenantId;

import java.util.Objects;

/** A document anywhere on Sharewell: its publisher and its id there. */
public record DocumentRef(TenantId publisher, DocumentId id) {

    public DocumentRef {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(id, "id");
    }
}
