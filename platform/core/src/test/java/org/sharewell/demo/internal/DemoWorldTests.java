package org.sharewell.demo.internal;

import org.sharewell.accounts.Accounts;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.accounts.SignUp;
import org.sharewell.people.Invitations;
import org.sharewell.people.People;
import org.sharewell.tenancy.Tenants;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.GET;

/** The demo world loads once, with people of every kind, and its documented logins work. */
@IntegrationTest
class DemoWorldTests {

    @Autowired
    SignUp signUp;
    @Autowired
    Tenants tenants;
    @Autowired
    People people;
    @Autowired
    Invitations invitations;
    @Autowired
    Clock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisations organisations;
    @Autowired
    DemoRelationships relationships;
    @Autowired
    DemoPolicies policies;
    @Autowired
    DemoPosting posting;
    @Autowired
    DemoSurgeries surgeries;

    @Test
    void loadsOnceWithPeopleOfEveryKindAndWorkingLogins() throws Exception {
        var world = new DemoWorld(signUp, tenants, new DemoPeople(people, invitations, accounts), relationships, policies,
                posting, surgeries, clock);
        world.run(null);
        world.run(null);

        var brookfield = organisations.at("brookfield");
        String admin = brookfield.token("admin@brookfield-cvs.example", DemoWorld.DEMO_PASSWORD);
        var everyone = json(brookfield.call(GET, "/api/v1/people?limit=50", admin, null));
        assertThat(everyone.get("total").asInt()).isEqualTo(7);
        assertThat(everyone.get("items").findValuesAsString("kind")).contains("STAFF", "TRUSTEE", "VOLUNTEER", "MEMBER");

        String coordinator = brookfield.token("coordinator@brookfield-cvs.example", DemoWorld.DEMO_PASSWORD);
        assertThat(json(brookfield.call(GET, "/api/v1/me", coordinator, null)).get("keyRoles").toString())
                .contains("ACCOUNT_COORDINATOR");
        String volunteer = brookfield.token("volunteer@brookfield-cvs.example", DemoWorld.DEMO_PASSWORD);
        assertThat(brookfield.call(GET, "/api/v1/people", volunteer, null).getStatus()).isEqualTo(403);

        var riverside = organisations.at("riverside-allotments");
        String riversideAdmin = riverside.token("admin@riverside-allotments.example", DemoWorld.DEMO_PASSWORD);
        assertThat(json(riverside.call(GET, "/api/v1/people", riversideAdmin, null)).get("total").asInt()).isEqualTo(3);

        var members = json(brookfield.call(GET, "/api/v1/member-groups", admin, null));
        assertThat(members.toString()).contains("Riverside Allotment Society", "ACTIVE", "Elm Street Youth Club", "INVITED");
        var ollie = json(brookfield.call(GET, "/api/v1/me", volunteer, null));
        assertThat(ollie.get("effectiveLevel").asString()).isEqualTo("LICENSED_POSTER");
        assertThat(json(brookfield.call(GET, "/api/v1/licences/mine", volunteer, null)).get("state").asString()).isEqualTo("VALID");

        var policies = json(brookfield.call(GET, "/api/v1/documents", admin, null)).get("items");
        assertThat(policies.toString()).contains("Brookfield's social media policy", "Social media policy for Brookfield's member groups");
        String policy = policies.get(0).get("id").asString();
        var upstream = json(brookfield.call(GET, "/api/v1/documents/" + policy + "/upstream", admin, null));
        assertThat(upstream.get("upToDate").asBoolean()).as("Sharewell's version 2 waits for Brookfield").isFalse();
        var read = json(brookfield.call(GET, "/api/v1/policies/" + policy + "/acknowledgements", admin, null));
        assertThat(read.get("acknowledged").asInt()).as("partly read").isEqualTo(3);
        assertThat(read.get("asked").asInt()).isGreaterThan(3);
        var riversidePolicies = json(riverside.call(GET, "/api/v1/documents", riversideAdmin, null)).get("items");
        assertThat(riversidePolicies.get(0).get("latestVersion").asInt()).isEqualTo(1);

        var asked = json(brookfield.call(GET, "/api/v1/me/check-requests", volunteer, null)).get("items");
        assertThat(asked).as("Ollie asked about two posts").hasSize(2);
        assertThat(asked.toString()).contains("APPROVED", "ASKED");
        var standing = json(brookfield.call(GET, "/api/v1/policies/" + policies.get(1).get("id").asString() + "/member-groups",
                admin, null));
        assertThat(standing.toString()).as("Riverside shares its policy with Brookfield").contains("Riverside Allotment Society");

        var dates = json(brookfield.call(GET, "/api/v1/public/surgery-dates", null, null));
        assertThat(dates).as("the first Tuesday of six months").hasSize(6);
        assertThat(dates.get(0).get("placesLeft").asInt()).as("the next is full").isZero();
        assertThat(dates.get(1).get("placesLeft").asInt()).isEqualTo(3);
        var line = json(brookfield.call(GET, "/api/v1/surgery-dates/" + dates.get(0).get("id").asString() + "/waiting-list",
                admin, null));
        assertThat(line).extracting(entry -> entry.get("groupName").asString())
                .containsExactly("Elm Street Youth Club", "Brookfield Repair Café");
    }
}
