package org.sharewell.surgeries;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * A member group's people book at their umbrella body's surgery without an account; the group's
 * onboarding step "first surgery booked" ticks, and the umbrella body sees the group's use of surgeries,
 * as counts, only while the group shares it.
 */
@IntegrationTest
class MemberGroupSurgeryUseTests {

    @Autowired
    Organisations organisations;

    @Test
    void theUmbrellaSeesAMemberGroupsUseOfSurgeriesOnlyWhileItIsSharedAndTheOnboardingStepTicks() throws Exception {
        var linked = organisations.link(organisations.umbrella("use-cvs"), organisations.signUp("use-group"));
        var cvs = linked.umbrella();
        var group = linked.group();
        SurgeryFixtures.surgery(cvs, null, 6);
        var member = group.join("Gwen Group");
        String date = json(cvs.api().call(GET, "/api/v1/public/surgery-dates", null, null)).get(0).get("id").asString();
        assertThat(cvs.api().call(POST, "/api/v1/public/surgery-dates/" + date + "/bookings", null,
                SurgeryFixtures.booking(member.email(), 2)).getStatus()).isEqualTo(201);
        String use = "/api/v1/member-groups/surgery-use";
        assertThat(json(cvs.callAsAdmin(GET, use, null))).as("not shared yet").isEmpty();

        String sharing = "/api/v1/umbrellas/" + linked.link() + "/sharing/SURGERIES";
        assertThat(group.api().call(PUT, sharing, group.adminToken(), null).getStatus()).isEqualTo(200);
        var shared = json(cvs.callAsAdmin(GET, use, null));
        assertThat(shared).hasSize(1);
        assertThat(shared.get(0).get("placesBooked").asInt()).isEqualTo(2);
        assertThat(shared.get(0).get("surgeriesHosted").asInt()).isZero();
        assertThat(shared.toString()).doesNotContain(member.email());

        var groups = json(cvs.callAsAdmin(GET, "/api/v1/member-groups", null));
        var step = groups.get(0).get("onboarding").get(3);
        assertThat(step.get("step").asString()).isEqualTo("FIRST_SURGERY_BOOKED");
        assertThat(step.get("done").asBoolean()).as("seen when the group switched sharing on").isTrue();

        assertThat(group.api().call(DELETE, sharing, group.adminToken(), null).getStatus()).isEqualTo(200);
        assertThat(json(cvs.callAsAdmin(GET, use, null))).as("hidden at once when switched off").isEmpty();
        var stranger = organisations.umbrella("use-stranger");
        assertThat(json(stranger.callAsAdmin(GET, use, null))).isEmpty();
    }
}
