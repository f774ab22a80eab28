package org.guildhall.community;

import org.guildhall.platform.AccessMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.SpacePermissions;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Works out the current user's {@link MemberStanding} in a community. Confluence stays the source of truth for
 * visibility: a community whose space the user cannot view does not exist for them (404).
 */
@Component
public class MembershipPolicy {

    private final CommunityDao communityDao;
    private final MembershipDao membershipDao;
    private final SpacePermissions spacePermissions;
    private final CurrentUser currentUser;
    private final AccessMode accessMode;

    /** For tests and tools: Confluence is never read-only. */
    public MembershipPolicy(CommunityDao communityDao, MembershipDao membershipDao, SpacePermissions spacePermissions,
                            CurrentUser currentUser) {
        this(communityDao, membershipDao, spacePermissions, currentUser, () -> false);
    }

    @Autowired
    public MembershipPolicy(CommunityDao communityDao, MembershipDao membershipDao, SpacePermissions spacePermissions,
                            CurrentUser currentUser, AccessMode accessMode) {
        this.communityDao = communityDao;
        this.membershipDao = membershipDao;
        this.spacePermissions = spacePermissions;
        this.currentUser = currentUser;
        this.accessMode = accessMode;
    }

    /**
     * @return the enabled community in that space
     * @throws NotFound when there is none, or the current user may not view its space (unless invited to it while
     *                   it is private)
     */
    public Community visibleCommunity(String spaceKey) {
        return visible(spaceKey, Optional.ofNullable(spaceKey).flatMap(communityDao::findBySpaceKey));
    }

    /**
     * As {@link #visibleCommunity}, for reads that need only the community's id and settings (member lists): found in
     * the cluster-wide {@link CommunityDao#enabledSnapshot()} without a query (its member count may lag); a key the
     * snapshot does not hold is looked up in the database.
     */
    public Community visibleCommunityToRead(String spaceKey) {
        Optional<Community> cached = communityDao.enabledSnapshot().stream()
                .filter(community -> community.spaceKey().equals(spaceKey)).findFirst();
        return cached.isPresent() ? visible(spaceKey, cached) : visibleCommunity(spaceKey);
    }

    private Community visible(String spaceKey, Optional<Community> found) {
        return found
                .filter(Community::enabled)
                .filter(community -> spacePermissions.canView(community.spaceKey()) || isInvitedTo(community))
                .orElseThrow(() -> new NotFound("guildhall.error.community.not-found", String.valueOf(spaceKey)));
    }

    /**
     * People invited to a private community cannot view its space until they join (joining puts them into its members
     * group), so the invitation lets them see the community in order to accept or decline it.
     */
    private boolean isInvitedTo(Community community) {
        return community.visibility() == Visibility.PRIVATE && currentUser.userKey()
                .flatMap(userKey -> membershipDao.find(community.id(), userKey))
                .filter(membership -> membership.state() == MembershipState.INVITED).isPresent();
    }

    /** @return the current user's standing in a community they can see; reads the membership afresh */
    public MemberStanding standing(Community community) {
        Optional<String> userKey = currentUser.userKey();
        return new MemberStanding(community, userKey,
                userKey.flatMap(key -> membershipDao.find(community.id(), key)),
                userKey.isPresent() && spacePermissions.canAdminister(community.spaceKey()),
                userKey.isPresent() && currentUser.isAdministrator(), !accessMode.readOnly());
    }

    /**
     * @return the current user's standing in the community of that space
     * @throws NotFound as {@link #visibleCommunity}
     */
    public MemberStanding standing(String spaceKey) {
        return standing(visibleCommunity(spaceKey));
    }

    /**
     * @return the current user's key
     * @throws AccessDenied when nobody is logged in (401)
     */
    public String requireLogin() {
        return currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
    }
}
