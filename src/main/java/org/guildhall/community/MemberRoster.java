package org.guildhall.community;

import org.guildhall.platform.GuildhallException.NotFound;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The first page of a community's member list as its members macro shows it: the reader's standing (which decides
 * the moderation controls), the members, and for moderators the pending requests. Names are for logged-in readers
 * only, as in the REST API.
 */
@Component
public class MemberRoster {

    private final MembershipPolicy policy;
    private final MemberListing listing;

    public MemberRoster(MembershipPolicy policy, MemberListing listing) {
        this.policy = policy;
        this.listing = listing;
    }

    /**
     * Anyone may call it; anonymous readers get the standing only.
     *
     * @param limit members (and requests) on the first page, 1 to {@link MemberListing#MAX_LIMIT}
     * @throws NotFound when there is no community there, or the reader may not view its space
     */
    public FirstPage firstPage(String spaceKey, int limit) {
        MemberStanding standing = policy.standing(spaceKey);
        if (standing.userKey().isEmpty()) {
            return new FirstPage(standing, Optional.empty(), Optional.empty());
        }
        String communitySpace = standing.community().spaceKey();
        return new FirstPage(standing, Optional.of(listing.members(communitySpace, null, null, null, limit)),
                standing.canModerate() ? Optional.of(listing.requests(communitySpace, null, limit)) : Optional.empty());
    }

    /**
     * @param members  empty for anonymous readers
     * @param requests present for moderators only
     */
    public record FirstPage(MemberStanding standing, Optional<MemberPage> members, Optional<MemberPage> requests) {
    }
}
