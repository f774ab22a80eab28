package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Groups;
import org.guildhall.platform.People;
import org.guildhall.platform.SpaceAccessControl;
import org.guildhall.platform.SpaceGrant;
import org.guildhall.platform.SpaceGrant.Access;
import org.guildhall.platform.SpaceGrant.Subject;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.Spaces;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a community private so that it really restricts its Confluence space: the community's members group gets view
 * (and, as the space admin chose, comment and add-page) permission, the members join the group, and every broader view
 * grant is removed. The space admin first sees exactly what will change ({@link #preview}) and then confirms that plan
 * ({@link #makePrivate}); nothing is changed silently.
 *
 * <p>Kept on purpose: view grants of subjects that administer the space (so space admins never lock themselves out),
 * members' own user grants, and every grant that is not a view grant (without view they give nothing). Switching the
 * community back to open or request re-grants nothing: broader access is given back in Confluence's space permissions,
 * by a person who decides to.
 */
@Component
public class PrivateCommunity {

    private static final int MEMBER_BATCH = 500;

    private final CommunityDao communityDao;
    private final MembershipDao membershipDao;
    private final Spaces spaces;
    private final SpacePermissions spacePermissions;
    private final SpaceAccessControl accessControl;
    private final Groups groups;
    private final People people;
    private final Transactions transactions;
    private final Clock clock;
    private final CommunityAdministration administration;

    public PrivateCommunity(CommunityDao communityDao, MembershipDao membershipDao, Spaces spaces,
                            SpacePermissions spacePermissions, SpaceAccessControl accessControl, Groups groups,
                            People people, Transactions transactions, Clock clock,
                            CommunityAdministration administration) {
        this.administration = administration;
        this.communityDao = communityDao;
        this.membershipDao = membershipDao;
        this.spaces = spaces;
        this.spacePermissions = spacePermissions;
        this.accessControl = accessControl;
        this.groups = groups;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Works out what making the community private would change, without changing anything. Space admins only.
     *
     * @param memberAccess {@code view}, {@code comment} (default when blank) or {@code contribute}
     * @throws NotFound     when the space does not exist, the caller may not view it, or it is not a community
     * @throws AccessDenied when the caller may view but not administer the space
     * @throws InvalidInput naming {@code memberAccess}
     */
    public PrivacyPlan preview(String spaceKey, String memberAccess) {
        MemberAccess access = parseAccess(memberAccess);
        Community community = administeredCommunity(spaceKey);
        return plan(community, access);
    }

    /**
     * Applies the plan the space admin confirmed, if it is still the current one, and marks the community private, in
     * one transaction with the community locked (no membership change can slip in between the check and the changes).
     * Space admins only.
     *
     * @param confirmPlan the {@link PrivacyPlan#token()} of the plan the admin was shown
     * @return the community, now private
     * @throws PrivacyPlanRefused when {@code confirmPlan} is missing (400) or not the current plan's (409), with the
     *                            current plan; nothing is changed
     * @throws NotFound           as {@link #preview}
     * @throws AccessDenied       as {@link #preview}
     * @throws InvalidInput       naming {@code memberAccess}
     */
    public Community makePrivate(String spaceKey, String confirmPlan, String memberAccess) {
        MemberAccess access = parseAccess(memberAccess);
        Community community = administeredCommunity(spaceKey);
        Community madePrivate = transactions.inTransaction(() -> {
            if (!membershipDao.lockCommunity(community.id())) {
                throw new NotFound("guildhall.error.community.not-found", spaceKey);
            }
            PrivacyPlan plan = plan(community, access);
            if (confirmPlan == null || confirmPlan.isBlank()) {
                throw new PrivacyPlanRefused(plan, false);
            }
            if (!plan.token().equals(confirmPlan.trim())) {
                throw new PrivacyPlanRefused(plan, true);
            }
            apply(plan);
            Community current = communityDao.findBySpaceKey(spaceKey).orElseThrow();
            return communityDao.save(spaceKey, new CommunitySettings(current.name(), current.description(),
                    Visibility.PRIVATE), clock.now());
        });
        communityDao.forgetSnapshot();
        return madePrivate;
    }

    /**
     * Saves the community's settings and makes it private: checks the settings first (nothing changes when they are
     * invalid), then applies the confirmed plan unless the community is private already, then saves the settings.
     * Space admins only.
     *
     * @throws InvalidInput       naming {@code name}, {@code description}, {@code topics} or {@code memberAccess}
     * @throws PrivacyPlanRefused as {@link #makePrivate}
     * @throws NotFound           when the space does not exist, the caller may not view it, or it is not a
     *                            community yet (a new community starts open or on request)
     * @throws AccessDenied       when the caller may view but not administer the space
     */
    public Community saveAsPrivate(String spaceKey, String name, String description, List<String> topics,
                                   String confirmPlan, String memberAccess) {
        administration.checkSettings(name, description, topics);
        Community community = administeredCommunity(spaceKey);
        if (community.visibility() != Visibility.PRIVATE) {
            makePrivate(spaceKey, confirmPlan, memberAccess);
        }
        return administration.saveSettings(spaceKey, name, description, topics, Visibility.PRIVATE.id());
    }

    private void apply(PrivacyPlan plan) {
        if (plan.createGroup()) {
            groups.create(plan.group());
        }
        plan.membersToAdd().forEach(userKey -> groups.addMember(plan.group(), userKey));
        // grant first, so that members never lose access halfway
        plan.grantsToAdd().forEach(grant -> accessControl.grant(plan.spaceKey(), grant));
        plan.grantsToRemove().forEach(grant -> accessControl.revoke(plan.spaceKey(), grant));
    }

    private PrivacyPlan plan(Community community, MemberAccess access) {
        String spaceKey = community.spaceKey();
        String group = MembersGroup.nameFor(spaceKey);
        boolean groupExists = groups.exists(group);
        List<String> members = memberKeys(community);
        Set<String> memberSet = new HashSet<>(members);
        List<String> membersToAdd = members.stream()
                .filter(userKey -> !groupExists || !groups.isMember(group, userKey)).toList();

        List<SpaceGrant> current = accessControl.grants(spaceKey);
        List<SpaceGrant> grantsToAdd = access.grants().stream().map(kind -> SpaceGrant.group(group, kind))
                .filter(grant -> !current.contains(grant)).toList();
        Set<SpaceGrant> administrators = new HashSet<>();
        current.stream().filter(grant -> grant.access() == Access.ADMINISTER)
                .forEach(grant -> administrators.add(new SpaceGrant(grant.subject(), grant.name(), Access.VIEW)));
        List<SpaceGrant> grantsToRemove = new ArrayList<>();
        List<SpaceGrant> grantsKept = new ArrayList<>();
        for (SpaceGrant grant : current) {
            if (grant.access() != Access.VIEW || isMembersOwn(grant, group, memberSet)) {
                continue;
            }
            (administrators.contains(grant) ? grantsKept : grantsToRemove).add(grant);
        }
        Map<String, String> names = new LinkedHashMap<>();
        membersToAdd.forEach(userKey -> names.put(userKey, displayName(userKey)));
        for (SpaceGrant grant : concat(grantsToRemove, grantsKept)) {
            if (grant.subject() == Subject.USER) {
                names.put(grant.name(), displayName(grant.name()));
            }
        }
        return new PrivacyPlan(spaceKey, group, !groupExists, access, membersToAdd, grantsToAdd, grantsToRemove,
                grantsKept, names);
    }

    private static boolean isMembersOwn(SpaceGrant grant, String group, Set<String> members) {
        return (grant.subject() == Subject.GROUP && grant.name().equals(group))
                || (grant.subject() == Subject.USER && members.contains(grant.name()));
    }

    private List<String> memberKeys(Community community) {
        List<String> keys = new ArrayList<>();
        Optional<String> after = Optional.empty();
        while (true) {
            List<Membership> batch = membershipDao.findByState(community.id(), MembershipState.MEMBER,
                    Optional.empty(), after, MEMBER_BATCH);
            batch.forEach(membership -> keys.add(membership.userKey()));
            if (batch.size() < MEMBER_BATCH) {
                return keys;
            }
            after = Optional.of(batch.get(batch.size() - 1).userKey());
        }
    }

    private String displayName(String userKey) {
        return people.find(userKey).map(People.Person::displayName).orElse(userKey);
    }

    private Community administeredCommunity(String spaceKey) {
        if (spaceKey == null || spaces.find(spaceKey).isEmpty() || !spacePermissions.canView(spaceKey)) {
            throw new NotFound("guildhall.error.space.not-found", String.valueOf(spaceKey));
        }
        if (!spacePermissions.canAdminister(spaceKey)) {
            throw new AccessDenied("guildhall.error.space.not-admin", spaceKey);
        }
        return communityDao.findBySpaceKey(spaceKey).filter(Community::enabled)
                .orElseThrow(() -> new NotFound("guildhall.error.community.not-found", spaceKey));
    }

    private static MemberAccess parseAccess(String memberAccess) {
        return MemberAccess.parse(memberAccess).orElseThrow(() ->
                new InvalidInput(Map.of("memberAccess", "guildhall.error.member-access.invalid")));
    }

    private static List<SpaceGrant> concat(List<SpaceGrant> first, List<SpaceGrant> second) {
        List<SpaceGrant> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
