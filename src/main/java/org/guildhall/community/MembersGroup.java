package org.guildhall.community;

import org.guildhall.platform.Groups;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The Confluence group Guildhall keeps for a community once it has been made private, e.g.
 * {@code guildhall-coffee-members}: its members are the community's members, and it is what lets them view the
 * space. Membership use cases keep it in step in the same transaction as the membership change, so a failure rolls
 * the change back instead of leaving the group behind.
 */
@Component
public class MembersGroup {

    private final Groups groups;

    public MembersGroup(Groups groups) {
        this.groups = groups;
    }

    /** @return the name of the community's members group */
    public static String nameFor(String spaceKey) {
        return "guildhall-" + spaceKey.toLowerCase(Locale.ROOT) + "-members";
    }

    /**
     * Puts the person into the community's members group while they are a member, and takes them out otherwise.
     * Does nothing while the community has no group (it has never been private).
     */
    void keepInStep(Community community, String userKey, MembershipState state) {
        String group = nameFor(community.spaceKey());
        if (!groups.exists(group)) {
            return;
        }
        if (state == MembershipState.MEMBER) {
            groups.addMember(group, userKey);
        } else {
            groups.removeMember(group, userKey);
        }
    }
}
