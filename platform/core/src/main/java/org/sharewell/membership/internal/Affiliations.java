package org.sharewell.membership.internal;

import org.jooq.DSLContext;
import org.sharewell.membership.LinkId;
import org.sharewell.membership.SharingKind;
import org.sharewell.membership.Umbrella;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static sharewell.db.membership.Tables.LINK;
import static sharewell.db.membership.Tables.SHARING;

/** The bound organisation's links as a member group, with its own sharing switches. Checks no role: callers do. */
@Component
class Affiliations {

    private final DSLContext db;
    private final Tenants tenants;

    Affiliations(DSLContext db, Tenants tenants) {
        this.db = db;
        this.tenants = tenants;
    }

    /** Newest invitation first. */
    List<Umbrella> list() {
        var rows = db.selectFrom(LINK).where(LINK.MEMBER_TENANT_ID.eq(TenantScope.required().value()))
                .orderBy(LINK.INVITED_AT.desc(), LINK.ID).fetch();
        var sharing = new HashMap<UUID, Set<SharingKind>>();
        db.selectFrom(SHARING).forEach(row -> sharing
                .computeIfAbsent(row.getLinkId(), link -> EnumSet.noneOf(SharingKind.class))
                .add(row.getKind()));
        return rows.stream().map(row -> new Umbrella(LinkRows.toLink(row),
                tenants.findById(new TenantId(row.getTenantId())).orElseThrow(), row.getGroupName(),
                LinkRows.ACTIVE.equals(row.getStatus()) ? sharing.getOrDefault(row.getId(), Set.of()) : Set.of())).toList();
    }

    Optional<Umbrella> find(LinkId link) {
        return list().stream().filter(umbrella -> umbrella.link().id().equals(link)).findFirst();
    }
}
