package org.sharewell.membership.internal;

import org.jooq.DSLContext;
import org.sharewell.membership.OnboardingItem;
import org.sharewell.membership.OnboardingSource;
import org.sharewell.membership.OnboardingStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static sharewell.db.membership.Tables.ONBOARDING_STEP;

/**
 * Reads member groups' onboarding checklists from the steps recorded for them. Row-level security
 * decides whose: a group's own, or those of the groups actively linked to the bound umbrella body.
 */
@Component
class Checklist {

    private final DSLContext db;
    private final ObjectProvider<OnboardingSource> sources;

    Checklist(DSLContext db, ObjectProvider<OnboardingSource> sources) {
        this.db = db;
        this.sources = sources;
    }

    /** Every step of each given group, in order; a group whose rows are not visible gets an unticked list. */
    Map<UUID, List<OnboardingItem>> of(Collection<UUID> groups) {
        var done = new HashMap<UUID, Map<OnboardingStep, Instant>>();
        if (!groups.isEmpty()) {
            db.selectFrom(ONBOARDING_STEP).where(ONBOARDING_STEP.TENANT_ID.in(groups)).forEach(row -> done
                    .computeIfAbsent(row.getTenantId(), group -> new EnumMap<>(OnboardingStep.class))
                    .put(row.getStep(), row.getDoneAt()));
        }
        var tracked = sources.stream().map(OnboardingSource::step).toList();
        var lists = new HashMap<UUID, List<OnboardingItem>>();
        for (UUID group : groups) {
            var steps = done.getOrDefault(group, Map.of());
            lists.put(group, Arrays.stream(OnboardingStep.values())
                    .map(step -> new OnboardingItem(step, steps.get(step), tracked.contains(step))).toList());
        }
        return lists;
    }

    List<OnboardingItem> of(UUID group) {
        return of(List.of(group)).get(group);
    }
}
