package org.sharewell.demo.internal;

import org.sharewell.kernel.PageRequest;
import org.sharewell.policies.Acknowledgements;
import org.sharewell.publishing.Audience;
import org.sharewell.publishing.Change;
import org.sharewell.publishing.Document;
import org.sharewell.publishing.DocumentKind;
import org.sharewell.publishing.Documents;
import org.sharewell.publishing.Placeholder;
import org.sharewell.tenancy.TenantId;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The demo world's policies, made as their admins would make them: Brookfield adopts Sharewell's social
 * media policy template, fills in its details, rewrites two sections and publishes it; it also offers
 * the template to its member groups as its own, and Riverside adopts that; then Sharewell publishes a
 * new version of the template, which Brookfield has not looked at yet. Three of Brookfield's people
 * have read its policy; the rest are still asked to.
 */
@Component
class DemoPolicies {

    private final DemoActors actors;
    private final Documents documents;
    private final Acknowledgements acknowledgements;

    DemoPolicies(DemoActors actors, Documents documents, Acknowledgements acknowledgements) {
        this.actors = actors;
        this.documents = documents;
        this.acknowledgements = acknowledgements;
    }

    void adoptAndPublish(TenantId operator, TenantId cvs, TenantId memberGroup) {
        var template = new Document[1];
        var brookfields = new Document[1];
        actors.as(cvs, "admin@brookfield-cvs.example", () -> {
            template[0] = documents.offered(DocumentKind.POLICY, PageRequest.of(0, PageRequest.MOST)).items().stream()
                    .filter(offered -> offered.ref().publisher().equals(operator) && offered.title().equals("Social media policy"))
                    .findFirst().orElseThrow();
            documents.answer(Map.ofEntries(
                    Map.entry(Placeholder.COMMUNICATIONS_CONTACT, "Sam Okoye"),
                    Map.entry(Placeholder.COMMUNICATIONS_EMAIL, "champion@brookfield-cvs.example"),
                    Map.entry(Placeholder.DEPUTY_CONTACT, "Priya Shah"),
                    Map.entry(Placeholder.ESCALATION_CONTACT, "Priya Shah"),
                    Map.entry(Placeholder.ESCALATION_PHONE, "0121 496 0123"),
                    Map.entry(Placeholder.SAFEGUARDING_LEAD, "Daniel Hughes"),
                    Map.entry(Placeholder.SAFEGUARDING_PHONE, "0121 496 0456"),
                    Map.entry(Placeholder.CHAIR, "Daniel Hughes"),
                    Map.entry(Placeholder.RESPONSE_HOURS, "24"),
                    Map.entry(Placeholder.REVIEW_MONTHS, "12"),
                    Map.entry(Placeholder.WEBSITE, "https://www.brookfield-cvs.example")));
            var policy = documents.adopt(template[0].ref(), Audience.OWN_ORGANISATION);
            var draft = documents.draft(policy.id());
            String ours = draft.body()
                    .replace("We use social media and the web to tell people what we do,",
                            "Brookfield is the place where local groups find each other. We use social media and the web to "
                                    + "tell people what we and our member groups do,")
                    .replace("Write in plain words.", "Write in plain words, and in Polish or Urdu too where that helps.");
            documents.saveDraft(policy.id(), "Brookfield's social media policy", ours);
            documents.publish(policy.id(), Change.SUBSTANTIVE, "Our first social media policy");
            brookfields[0] = policy;

            var forMembers = documents.adopt(template[0].ref(), Audience.MEMBER_GROUPS);
            documents.saveDraft(forMembers.id(), "Social media policy for Brookfield's member groups",
                    documents.draft(forMembers.id()).body());
            documents.publish(forMembers.id(), Change.SUBSTANTIVE, "Offered to our member groups");
        });
        // Some have read it, some not yet: the admin sees who.
        for (String reader : new String[]{"admin@brookfield-cvs.example", "champion@brookfield-cvs.example",
                "coordinator@brookfield-cvs.example"}) {
            actors.as(cvs, reader, () -> acknowledgements.acknowledge(brookfields[0].id(), 1));
        }
        actors.as(memberGroup, "admin@riverside-allotments.example", () -> {
            var fromBrookfield = documents.offered(DocumentKind.POLICY, PageRequest.of(0, PageRequest.MOST)).items().stream()
                    .filter(offered -> offered.ref().publisher().equals(cvs)).findFirst().orElseThrow();
            documents.answer(Map.of(Placeholder.COMMUNICATIONS_CONTACT, "Tom Evans",
                    Placeholder.COMMUNICATIONS_EMAIL, "admin@riverside-allotments.example",
                    Placeholder.DEPUTY_CONTACT, "Harold Price", Placeholder.ESCALATION_CONTACT, "Tom Evans",
                    Placeholder.ESCALATION_PHONE, "01632 960 111", Placeholder.SAFEGUARDING_LEAD, "Harold Price",
                    Placeholder.SAFEGUARDING_PHONE, "01632 960 222", Placeholder.CHAIR, "Tom Evans",
                    Placeholder.RESPONSE_HOURS, "48", Placeholder.REVIEW_MONTHS, "12"));
            documents.answer(Map.of(Placeholder.WEBSITE, "https://riverside-allotments.example.org"));
            var policy = documents.adopt(fromBrookfield.ref(), Audience.OWN_ORGANISATION);
            documents.publish(policy.id(), Change.SUBSTANTIVE, "Adopted from Brookfield");
        });
        actors.as(operator, DemoWorld.OPERATOR_ADMIN_EMAIL, () -> {
            var draft = documents.draft(template[0].id());
            documents.saveDraft(template[0].id(), template[0].title(), draft.body().replace(
                    "Ask before you take or share a photo of anyone, and record that they agreed.",
                    "Ask before you take or share a photo of anyone, record that they agreed, and take a photo down "
                            + "as soon as anyone in it asks."));
            documents.publish(template[0].id(), Change.SUBSTANTIVE, "Photos come down when anyone in them asks");
        });
    }
}
