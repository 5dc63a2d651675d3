package org.sharewell.admin.policies;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sharewell.kernel.NotFound;
import org.sharewell.publishing.Comparison;
import org.sharewell.publishing.Documents;

/**
 * Two versions side by side, line by line, the changed words marked: struck through and labelled
 * "removed", underlined and labelled "added", so the marks are not told by colour alone.
 */
@Route("policies/read/:publisher/:id/compare/:from/:to")
@PageTitle("Compare versions | Sharewell")
@PermitAll
public class CompareVersionsView extends Main implements BeforeEnterObserver {

    private final Documents documents;

    CompareVersionsView(Documents documents) {
        this.documents = documents;
        addClassName("page");
        addClassName("wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var ref = DocumentLinks.refIn(event);
        int from = DocumentLinks.numberIn(event, "from");
        int to = DocumentLinks.numberIn(event, "to");
        Comparison comparison;
        try {
            comparison = documents.compare(ref, from, to);
        } catch (NotFound notReadable) {
            throw new NotFoundException(notReadable.getMessage());
        }
        removeAll();
        add(new H1("What changed from version " + from + " to version " + to),
                new Paragraph(new RouterLink("Back to the document", ReadPolicyView.class, DocumentLinks.of(ref))),
                ComparisonTable.of("Version " + from + " and version " + to + ", line by line", from, to, comparison.rows()));
    }
}
