package org.guildhall.community;

import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What a community's home shows about it: the reader's standing, its owners and moderators, and its newest members.
 * People's names are shown only to logged-in readers, as the member list in the REST API is.
 */
@Component
public class CommunityOverview {

    /** How many newest members the home shows. */
    public static final int NEWEST_MEMBERS = 5;
    /** At most this many owners and this many moderators are named; the member list has the rest. */
    public static final int MODERATORS_SHOWN = 10;

    private final MembershipPolicy policy;
    private final MembershipDao membershipDao;
    private final People people;

    public CommunityOverview(MembershipPolicy policy, MembershipDao membershipDao, People people) {
        this.policy = policy;
        this.membershipDao = membershipDao;
        this.people = people;
    }

    /**
     * The overview of the community in that space. Anyone may call it; anonymous readers get no names.
     *
     * @throws NotFound when there is no community there, or the reader may not view its space
     */
    public Facts overview(String spaceKey) {
        MemberStanding standing = policy.standing(spaceKey);
        if (standing.userKey().isEmpty()) {
            return new Facts(standing, List.of(), List.of(), List.of());
        }
        long communityId = standing.community().id();
        return new Facts(standing, withRole(communityId, MembershipRole.OWNER), withRole(communityId, MembershipRole.MODERATOR),
                withPeople(membershipDao.findNewestMembers(communityId, NEWEST_MEMBERS)));
    }

    private List<Member> withRole(long communityId, MembershipRole role) {
        return withPeople(membershipDao.findByState(communityId, MembershipState.MEMBER, Optional.of(role),
                Optional.empty(), MODERATORS_SHOWN));
    }

    private List<Member> withPeople(List<Membership> memberships) {
        return Member.withPeople(memberships, people);
    }

    /**
     * The overview's content.
     *
     * @param owners        up to {@value #MODERATORS_SHOWN}, by user key; empty for anonymous readers
     * @param moderators    up to {@value #MODERATORS_SHOWN}, by user key; empty for anonymous readers
     * @param newestMembers up to {@value #NEWEST_MEMBERS}, newest first; empty for anonymous readers
     */
    public record Facts(MemberStanding standing, List<Member> owners, List<Member> moderators,
                        List<Member> newestMembers) {
    }
}
