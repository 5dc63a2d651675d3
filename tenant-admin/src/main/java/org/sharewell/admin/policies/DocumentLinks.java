package org.sharewell.admin.policies;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.NotFoundException;
import org.sharewell.publishing.DocumentId;
import org.sharewell.publishing.DocumentRef;
import org.sharewell.tenancy.TenantId;

import java.util.Map;
import java.util.UUID;

/** The route parameters that name a document in the policy pages' addresses, both ways. */
final class DocumentLinks {

    private DocumentLinks() {
    }

    /** Any document the organisation may read: its publisher and its id. */
    static RouteParameters of(DocumentRef ref) {
        return new RouteParameters(Map.of("publisher", ref.publisher().toString(), "id", ref.id().toString()));
    }

    /** One of the organisation's own documents. */
    static RouteParameters own(DocumentId id) {
        return new RouteParameters("id", id.toString());
    }

    static DocumentRef refIn(BeforeEnterEvent event) {
        return new DocumentRef(new TenantId(uuid(event, "publisher")), new DocumentId(uuid(event, "id")));
    }

    static DocumentId idIn(BeforeEnterEvent event) {
        return new DocumentId(uuid(event, "id"));
    }

    /** A number in the address, such as a version's. */
    static int numberIn(BeforeEnterEvent event, String name) {
        try {
            return Integer.parseInt(event.getRouteParameters().get(name).orElse(""));
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("There is no such version.");
        }
    }

    private static UUID uuid(BeforeEnterEvent event, String name) {
        try {
            return UUID.fromString(event.getRouteParameters().get(name).orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("There is no such document.");
        }
    }
}
