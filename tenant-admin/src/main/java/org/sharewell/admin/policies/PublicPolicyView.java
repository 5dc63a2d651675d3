package org.sharewell.admin.policies;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sharewell.kernel.UkTime;
import org.sharewell.policies.PublishedPolicies;
import org.sharewell.policies.PublishedPolicy;
import org.sharewell.publishing.Markdown;

/**
 * An organisation's published policy for anyone, at a stable address, printable as it is (the
 * browser's print leaves out the link to the PDF), with the PDF beside it.
 */
@Route(value = "policy/:id", autoLayout = false)
@AnonymousAllowed
public class PublicPolicyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedPolicies policies;
    private String title = "Policy";

    PublicPolicyView(PublishedPolicies policies) {
        this.policies = policies;
        addClassName("narrow-page");
        addClassName("public-policy");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = DocumentLinks.idIn(event);
        PublishedPolicy policy = policies.find(id).orElseThrow(() -> new NotFoundException("No such policy."));
        var version = policy.version();
        title = version.title() + " | " + policy.organisationName();
        removeAll();
        var text = new Div(new Html("<div>" + Markdown.toSafeHtml(version.filled()) + "</div>"));
        text.addClassName("document");
        var pdf = new Anchor("/api/v1/public/policies/" + id + "/pdf", "Download it as a PDF");
        pdf.addClassName("no-print");
        add(new Paragraph(policy.organisationName()), text,
                new Paragraph("Version " + version.number() + ", published on " + UkTime.date(version.publishedAt()) + "."),
                new Paragraph(pdf));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
