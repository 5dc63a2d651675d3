package org.sharewell.membership;

import org.junit.jupiter.api.Test;
import org.sharewell.ApiCalls;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * An umbrella body's invitation cannot be taken over by signing up with the invited address: typing
 * an address proves nothing, so until it is confirmed from its own mailbox the invitation is neither
 * shown to the stranger's organisation nor acceptable there by its id.
 */
@IntegrationTest
class InvitationTakeoverTests {

    @Autowired
    Organisations organisations;

    @Test
    void aStrangerSigningUpWithTheInvitedAddressNeitherSeesNorAcceptsTheInvitation() throws Exception {
        var umbrella = organisations.umbrella("takeover-cvs");
        String invited = "secretary@riverside-takeover.example";
        String link = umbrella.inviteGroup("Riverside", invited);

        var stranger = organisations.platform().call(POST, "/api/v1/signup", null, """
                {"organisationName": "Not Riverside", "slug": "not-riverside", "kind": "LOCAL_GROUP",
                 "adminName": "Mallory", "email": "%s", "password": "%s"}""".formatted(invited, ApiCalls.PASSWORD));
        assertThat(stranger.getStatus()).isEqualTo(201);
        var strangers = organisations.at("not-riverside");
        String token = strangers.token(invited, ApiCalls.PASSWORD);

        assertThat(json(strangers.call(GET, "/api/v1/umbrellas/invitations", token, null))).isEmpty();
        var refused = strangers.call(POST, "/api/v1/umbrellas/invitations/" + link + "/acceptance", token, null);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(json(strangers.call(GET, "/api/v1/umbrellas", token, null))).isEmpty();
        var invitations = json(umbrella.callAsAdmin(GET, "/api/v1/member-groups", null));
        assertThat(invitations.toString()).contains("\"INVITED\"").doesNotContain("\"ACTIVE\"");
    }
}
