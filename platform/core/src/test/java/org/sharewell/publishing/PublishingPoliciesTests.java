package org.sharewell.publishing;

import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisation;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sharewell.ApiCalls.json;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who PostgreSQL itself lets read a published document and its versions, one policy for each
 * audience, talking to it as the application role through the platform's own transactions.
 */
@IntegrationTest
class PublishingPoliciesTests {

    @Autowired
    Organisations organisations;

    @Test
    void whatTheOperatorPublishesToEveryOrganisationEveryOrganisationReadsAndADraftNobodyElse() throws Exception {
        var operator = organisations.operator();
        var anyone = organisations.signUp("reader");
        UUID draftOnly = create(operator, "EVERY_ORGANISATION", "Not yet published");
        UUID published = create(operator, "EVERY_ORGANISATION", "Published to all");
        publish(operator, published);

        assertThat(documents(anyone.id(), operator.id(), published)).isEqualTo(1);
        assertThat(versions(anyone.id(), operator.id(), published)).isEqualTo(1);
        assertThat(documents(anyone.id(), operator.id(), draftOnly)).as("unpublished").isZero();
        assertThat(count(anyone.id(), "SELECT count(*) FROM publishing.draft WHERE tenant_id = ?", operator.id()))
                .as("nobody else reads a draft").isZero();
    }

    @Test
    void anUmbrellasTemplateIsReadByItsActiveMemberGroupsOnlyAndHiddenTheMomentTheLinkEnds() throws Exception {
        var linked = organisations.link(organisations.umbrella("tpl-cvs"), organisations.signUp("tpl-group"));
        var umbrella = linked.umbrella();
        var stranger = organisations.signUp("tpl-stranger");
        var otherUmbrella = organisations.umbrella("tpl-other-cvs");
        UUID template = create(umbrella, "MEMBER_GROUPS", "Our template for member groups");
        publish(umbrella, template);
        UUID own = create(umbrella, "OWN_ORGANISATION", "Our own policy");
        publish(umbrella, own);

        assertThat(documents(linked.group().id(), umbrella.id(), template)).as("the member group").isEqualTo(1);
        assertThat(versions(linked.group().id(), umbrella.id(), template)).isEqualTo(1);
        assertThat(documents(linked.group().id(), umbrella.id(), own)).as("the umbrella's own policy").isZero();
        assertThat(documents(stranger.id(), umbrella.id(), template)).as("outside the umbrella").isZero();
        assertThat(versions(stranger.id(), umbrella.id(), template)).isZero();
        assertThat(documents(otherUmbrella.id(), umbrella.id(), template)).as("another umbrella").isZero();

        var ended = linked.group().api().call(POST, "/api/v1/umbrellas/" + linked.link() + "/ending",
                linked.group().adminToken(), null);
        assertThat(ended.getStatus()).as(ended.getContentAsString()).isLessThan(300);
        assertThat(documents(linked.group().id(), umbrella.id(), template)).as("after the link ended").isZero();
        assertThat(versions(linked.group().id(), umbrella.id(), template)).isZero();
    }

    @Test
    void onlyTheOperatorMayPublishToEveryOrganisationEvenInSql() throws Exception {
        var umbrella = organisations.umbrella("tpl-sql-cvs");
        assertRefused(umbrella.id(), """
                INSERT INTO publishing.document (tenant_id, id, kind, audience, title)
                VALUES (tenancy.current_tenant(), gen_random_uuid(), 'POLICY', 'EVERY_ORGANISATION', 'To everyone')""");
        UUID own = create(umbrella, "OWN_ORGANISATION", "Ours");
        assertRefused(umbrella.id(), "UPDATE publishing.document SET audience = 'EVERY_ORGANISATION' WHERE id = ?", own);
    }

    @Test
    void aPublishedVersionCanBeNeitherChangedNorDeleted() throws Exception {
        var group = organisations.signUp("tpl-immutable");
        UUID own = create(group, "OWN_ORGANISATION", "Ours");
        publish(group, own);
        assertRefused(group.id(), "UPDATE publishing.version SET body = 'rewritten' WHERE document_id = ?", own);
        assertRefused(group.id(), "DELETE FROM publishing.version WHERE document_id = ?", own);
        assertThat(count(group.id(), "SELECT count(*) FROM publishing.version WHERE document_id = ?", own)).isEqualTo(1);
    }

    @Test
    void anUmbrellaReadsAMemberGroupsPoliciesOnlyWhileTheGroupSharesThem() throws Exception {
        var linked = organisations.link(organisations.umbrella("share-cvs"), organisations.signUp("share-group"));
        var group = linked.group();
        UUID policy = create(group, "OWN_ORGANISATION", "The group's policy");
        publish(group, policy);
        assertThat(documents(linked.umbrella().id(), group.id(), policy)).as("not shared yet").isZero();

        var shared = group.api().call(org.springframework.http.HttpMethod.PUT,
                "/api/v1/umbrellas/" + linked.link() + "/sharing/POLICY", group.adminToken(), null);
        assertThat(shared.getStatus()).as(shared.getContentAsString()).isLessThan(300);
        assertThat(documents(linked.umbrella().id(), group.id(), policy)).isEqualTo(1);
        assertThat(versions(linked.umbrella().id(), group.id(), policy)).isEqualTo(1);
        assertThat(count(linked.umbrella().id(), "SELECT count(*) FROM publishing.draft WHERE tenant_id = ?", group.id()))
                .as("never the draft").isZero();
    }

    private UUID create(Organisation publisher, String audience, String title) throws Exception {
        var created = publisher.callAsAdmin(POST, "/api/v1/documents", """
                {"kind": "POLICY", "audience": "%s", "title": "%s", "body": "# %s\\n\\nWe post with care."}"""
                .formatted(audience, title, title));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(created).get("id").asString());
    }

    private void publish(Organisation publisher, UUID document) throws Exception {
        var published = publisher.callAsAdmin(POST, "/api/v1/documents/" + document + "/versions", """
                {"change": "SUBSTANTIVE", "summary": "First version"}""");
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
    }

    private int documents(TenantId reader, TenantId publisher, UUID document) {
        return organisations.inTransaction(reader, sql -> sql.queryForObject(
                "SELECT count(*) FROM publishing.document WHERE tenant_id = ? AND id = ?", Integer.class, publisher.value(), document));
    }

    private int versions(TenantId reader, TenantId publisher, UUID document) {
        return organisations.inTransaction(reader, sql -> sql.queryForObject(
                "SELECT count(*) FROM publishing.version WHERE tenant_id = ? AND document_id = ?", Integer.class,
                publisher.value(), document));
    }

    private int count(TenantId reader, String query, Object argument) {
        Object value = argument instanceof TenantId tenant ? tenant.value() : argument;
        return organisations.inTransaction(reader, sql -> sql.queryForObject(query, Integer.class, value));
    }

    private void assertRefused(TenantId boundTo, String statement, Object... arguments) {
        assertThatThrownBy(() -> organisations.inTransaction(boundTo, sql -> sql.update(statement, arguments)))
                .isInstanceOf(DataAccessException.class);
    }
}
