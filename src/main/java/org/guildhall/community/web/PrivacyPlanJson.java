package org.guildhall.community.web;

import org.guildhall.community.PrivacyPlan;
import org.guildhall.platform.SpaceGrant;

import java.util.List;

/**
 * What making a community private will change, as {@code GET /communities/{spaceKey}/privacy-plan} returns it and as
 * a refused {@code PUT} repeats it. {@code token} goes back as {@code confirmPlan}.
 */
public record PrivacyPlanJson(String spaceKey, String group, boolean createGroup, String memberAccess,
                              List<PersonJson> membersToAdd, List<GrantJson> grantsToAdd,
                              List<GrantJson> grantsToRemove, List<GrantJson> grantsKept, boolean changesNothing,
                              String token) {

    static PrivacyPlanJson of(PrivacyPlan plan) {
        return new PrivacyPlanJson(plan.spaceKey(), plan.group(), plan.createGroup(), plan.memberAccess().id(),
                plan.membersToAdd().stream().map(userKey -> new PersonJson(userKey, name(plan, userKey))).toList(),
                grants(plan, plan.grantsToAdd()), grants(plan, plan.grantsToRemove()), grants(plan, plan.grantsKept()),
                plan.changesNothing(), plan.token());
    }

    private static List<GrantJson> grants(PrivacyPlan plan, List<SpaceGrant> grants) {
        return grants.stream().map(grant -> new GrantJson(grant.subject().id(), grant.name(),
                grant.subject() == SpaceGrant.Subject.USER ? name(plan, grant.name()) : grant.name(),
                grant.access().id())).toList();
    }

    private static String name(PrivacyPlan plan, String userKey) {
        return plan.displayNames().getOrDefault(userKey, userKey);
    }

    /** A person the plan names. */
    public record PersonJson(String userKey, String displayName) {
    }

    /**
     * A space permission the plan names.
     *
     * @param subject     {@code group}, {@code user} or {@code anonymous}
     * @param name        the group name or user key; empty for anonymous
     * @param displayName the group name, or the user's display name
     * @param access      {@code view}, {@code comment}, {@code add-pages} or {@code administer}
     */
    public record GrantJson(String subject, String name, String displayName, String access) {
    }
}
