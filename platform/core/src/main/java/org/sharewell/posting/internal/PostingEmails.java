package org.sharewell.posting.internal;

import org.sharewell.kernel.UkTime;
import org.sharewell.mail.Letter;
import org.sharewell.mail.Letters;
import org.sharewell.posting.CheckRequest;
import org.sharewell.tenancy.TenantAddresses;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** Every email the posting module sends, each with its link built from configuration. */
@Component
class PostingEmails {

    private final Letters letters;
    private final Tenants tenants;
    private final TenantAddresses addresses;

    PostingEmails(Letters letters, Tenants tenants, TenantAddresses addresses) {
        this.letters = letters;
        this.tenants = tenants;
        this.addresses = addresses;
    }

    /** To the communications contact, with their single-use link to answer. */
    void checkPlease(String email, CheckRequest request, String token, Instant expires) {
        letters.send(new Letter(email, request.contactName(), "posting/check-please", Map.of(
                "requester", request.requesterName(), "platform", request.platform(), "account", request.account(),
                "kind", request.kind(), "deadline", UkTime.date(request.deadline()), "draft", request.draft(),
                "link", home().resolve("check/" + token).toString(), "expires", UkTime.date(expires.minusSeconds(1)))));
    }

    /** To the person who asked, with the answer and the contact's note. */
    void answered(String email, CheckRequest request) {
        letters.send(new Letter(email, request.requesterName(), "posting/answered", Map.of(
                "contact", request.contactName(), "answer", request.status().description(), "platform", request.platform(),
                "note", request.note(), "draft", request.draft(),
                "link", home().resolve("can-i-post/requests").toString())));
    }

    private URI home() {
        return addresses.homeOf(tenants.findById(TenantScope.required()).orElseThrow().slug());
    }
}
