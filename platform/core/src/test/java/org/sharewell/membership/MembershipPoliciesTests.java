package org.sharewell.membership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sharewell.IntegrationTest;
import org.sharewell.Organisations;
import org.sharewell.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * What PostgreSQL itself lets each side of a link see and do, talking to it as the application
 * role through the platform's own transactions, whatever the Java code above it might do.
 */
@IntegrationTest
class MembershipPoliciesTests {

    @Autowired
    Organisations organisations;

    Organisations.Linked linked;
    TenantId umbrella;
    TenantId group;
    TenantId stranger;

    @BeforeEach
    void anUmbrellaItsGroupAndAnotherUmbrella() throws Exception {
        linked = organisations.link(organisations.umbrella("cvs"), organisations.signUp("group"));
        umbrella = linked.umbrella().id();
        group = linked.group().id();
        stranger = organisations.umbrella("stranger").id();
    }

    @Test
    void sharingHoldsOnlyForTheLinkedUmbrellaWhileTheKindIsOnAndTheLinkActive() throws Exception {
        assertThat(shares(umbrella, "POLICY")).as("off until the group switches it on").isFalse();

        switchSharing(PUT, "POLICY");
        assertThat(shares(umbrella, "POLICY")).isTrue();
        assertThat(shares(umbrella, "SKILLS")).isFalse();
        assertThat(shares(stranger, "POLICY")).as("another umbrella body").isFalse();
        assertThat(shares(group, "POLICY")).as("the group is not its own umbrella").isFalse();

        switchSharing(DELETE, "POLICY");
        assertThat(shares(umbrella, "POLICY")).as("switched off by the group").isFalse();

        switchSharing(PUT, "POLICY");
        endLink();
        assertThat(shares(umbrella, "POLICY")).as("after the link ended").isFalse();
    }

    @Test
    void theUmbrellaSeesWhatTheGroupPublishesWhileLinkedAndNothingElse() throws Exception {
        assertThat(count(umbrella, "SELECT count(*) FROM membership.contact WHERE tenant_id = ?", group)).isEqualTo(1);
        assertThat(count(umbrella, "SELECT count(*) FROM membership.onboarding_step WHERE tenant_id = ?", group)).isEqualTo(1);
        assertThat(count(umbrella, "SELECT count(*) FROM people.person WHERE tenant_id = ?", group))
                .as("no consent policy on people: isolation holds").isZero();
        assertThat(count(umbrella, "SELECT count(*) FROM accounts.account WHERE tenant_id = ?", group)).isZero();
        assertThat(count(group, "SELECT count(*) FROM membership.link WHERE tenant_id = ?", umbrella))
                .as("the group sees the link that names it").isEqualTo(1);

        assertThat(count(stranger, "SELECT count(*) FROM membership.contact WHERE tenant_id = ?", group)).isZero();
        assertThat(count(stranger, "SELECT count(*) FROM membership.onboarding_step WHERE tenant_id = ?", group)).isZero();
        assertThat(count(stranger, "SELECT count(*) FROM membership.link WHERE member_tenant_id = ?", group)).isZero();
        assertThat(count(stranger, "SELECT count(*) FROM membership.sharing WHERE tenant_id = ?", group)).isZero();

        endLink();
        assertThat(count(umbrella, "SELECT count(*) FROM membership.contact WHERE tenant_id = ?", group)).isZero();
        assertThat(count(umbrella, "SELECT count(*) FROM membership.onboarding_step WHERE tenant_id = ?", group)).isZero();
    }

    @Test
    void neitherSideNorAStrangerCanRewriteTheLink() {
        UUID link = linked.link();
        assertRefused(group, "UPDATE membership.link SET group_name = 'Renamed', status = 'ACTIVE' WHERE id = ?", link);
        assertRefused(umbrella, "UPDATE membership.link SET member_tenant_id = '" + stranger + "' WHERE id = ?", link);
        assertRefused(group, "DELETE FROM membership.link WHERE id = ?", link);
        assertRefused(umbrella, """
                INSERT INTO membership.link (tenant_id, id, group_name, invited_email, token_hash, expires_at, status,
                                             member_tenant_id, accepted_at)
                VALUES ('%s', gen_random_uuid(), 'Claimed', 'x@example.org', '\\x01', now() + interval '1 day', 'ACTIVE', '%s', now())
                """.formatted(umbrella, stranger));
        assertRefused(group, """
                INSERT INTO membership.link (tenant_id, id, group_name, invited_email, token_hash, expires_at)
                VALUES ('%s', gen_random_uuid(), 'A local group cannot invite', 'x@example.org', '\\x02', now() + interval '1 day')
                """.formatted(group));
        assertRefused(group, "SELECT membership.answerable_invitation(?, NULL)", link);

        assertThat(count(stranger, "SELECT count(*) FROM membership.end_link(?)", link)).as("not the stranger's to end").isZero();
        assertThat(count(stranger, "SELECT count(*) FROM membership.accept_invitation(?, NULL)", link)).isZero();
        assertThat(linkColumn(group, "status", link)).isEqualTo("ACTIVE");
        assertThat(linkColumn(group, "group_name", link)).isEqualTo("The Group");
    }

    private String linkColumn(TenantId boundTo, String column, UUID link) {
        return organisations.inTransaction(boundTo,
                sql -> sql.queryForObject("SELECT " + column + " FROM membership.link WHERE id = ?", String.class, link));
    }

    private boolean shares(TenantId boundTo, String kind) {
        return organisations.inTransaction(boundTo, sql -> sql.queryForObject(
                "SELECT membership.shares_with_current_tenant(?, ?)", Boolean.class, group.value(), kind));
    }

    private int count(TenantId boundTo, String query, Object argument) {
        Object value = argument instanceof TenantId tenant ? tenant.value() : argument;
        return organisations.inTransaction(boundTo, sql -> sql.queryForObject(query, Integer.class, value));
    }

    private void assertRefused(TenantId boundTo, String statement, Object... arguments) {
        assertThatThrownBy(() -> organisations.inTransaction(boundTo, sql -> sql.update(statement, arguments)))
                .isInstanceOf(DataAccessException.class)
                .rootCause().message().containsAnyOf("permission denied", "row-level security");
    }

    private void switchSharing(org.springframework.http.HttpMethod method, String kind) throws Exception {
        var group = linked.group();
        assertThat(group.api().call(method, "/api/v1/umbrellas/" + linked.link() + "/sharing/" + kind, group.adminToken(), null)
                .getStatus()).isEqualTo(200);
    }

    private void endLink() throws Exception {
        var group = linked.group();
        assertThat(group.api().call(POST, "/api/v1/umbrellas/" + linked.link() + "/ending", group.adminToken(), null)
                .getStatus()).isEqualTo(200);
    }
}
