package org.sharewell.membership.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.sharewell.membership.Contact;
import org.sharewell.membership.MemberGroup;
import org.sharewell.membership.SharingKind;
import org.sharewell.tenancy.TenantId;
import org.sharewell.tenancy.TenantScope;
import org.sharewell.tenancy.Tenants;
import org.springframework.stereotype.Component;
import sharewell.db.membership.tables.records.LinkRecord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static sharewell.db.membership.Routines.sharesWithCurrentTenant;
import static sharewell.db.membership.Tables.CONTACT;
import static sharewell.db.membership.Tables.LINK;

/**
 * The bound umbrella body's member groups, with what it may see of each. The contacts, checklists
 * and sharing switches are the groups' own rows: PostgreSQL shows them only for active links, and
 * sharing only as {@code membership.shares_with_current_tenant} answers, so nothing here decides that.
 */
@Component
class Roster {

    private final DSLContext db;
    private final Tenants tenants;
    private final Checklist checklist;

    Roster(DSLContext db, Tenants tenants, Checklist checklist) {
        this.db = db;
        this.tenants = tenants;
        this.checklist = checklist;
    }

    /** The invitations that match, newest first. */
    List<MemberGroup> list(Condition condition) {
        var rows = db.selectFrom(LINK).where(LINK.TENANT_ID.eq(TenantScope.required().value()), condition)
                .orderBy(LINK.INVITED_AT.desc(), LINK.ID).fetch();
        var active = rows.stream().filter(row -> LinkRows.ACTIVE.equals(row.getStatus())).toList();
        var activeIds = active.stream().map(LinkRecord::getId).collect(Collectors.toSet());
        var members = active.stream().map(LinkRecord::getMemberTenantId).toList();
        var contacts = contactsOf(members);
        var onboarding = checklist.of(members);
        var sharing = sharingOf(active);
        return rows.stream().map(row -> {
            UUID member = row.getMemberTenantId();
            boolean linked = activeIds.contains(row.getId());
            return new MemberGroup(LinkRows.toLink(row), row.getGroupName(), row.getInvitedEmail(),
                    member == null ? Optional.empty() : tenants.findById(new TenantId(member)),
                    linked ? contacts.getOrDefault(member, List.of()) : List.of(),
                    linked ? onboarding.get(member) : List.of(),
                    linked ? sharing.getOrDefault(row.getId(), Set.of()) : Set.of());
        }).toList();
    }

    private Map<UUID, List<Contact>> contactsOf(List<UUID> members) {
        var contacts = new HashMap<UUID, List<Contact>>();
        if (!members.isEmpty()) {
            db.selectFrom(CONTACT).where(CONTACT.TENANT_ID.in(members)).orderBy(DSL.lower(CONTACT.FULL_NAME))
                    .forEach(row -> contacts.computeIfAbsent(row.getTenantId(), member -> new ArrayList<>())
                            .add(new Contact(row.getFullName(), row.getEmail())));
        }
        return contacts;
    }

    /** Asks the database, per active link and kind, whether the group shares that kind with us. */
    private Map<UUID, Set<SharingKind>> sharingOf(List<LinkRecord> active) {
        if (active.isEmpty()) {
            return Map.of();
        }
        var kinds = SharingKind.values();
        var fields = new ArrayList<Field<?>>(List.of(LINK.ID));
        for (SharingKind kind : kinds) {
            fields.add(sharesWithCurrentTenant(LINK.MEMBER_TENANT_ID, DSL.val(kind.name())));
        }
        var sharing = new HashMap<UUID, Set<SharingKind>>();
        db.select(fields).from(LINK).where(LINK.ID.in(active.stream().map(LinkRecord::getId).toList()))
                .forEach(row -> {
                    var shared = EnumSet.noneOf(SharingKind.class);
                    for (int i = 0; i < kinds.length; i++) {
                        if (Boolean.TRUE.equals(row.get(i + 1, Boolean.class))) {
                            shared.add(kinds[i]);
                        }
                    }
                    sharing.put(row.get(LINK.ID), shared);
                });
        return sharing;
    }
}
